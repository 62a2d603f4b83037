// The init script that gives the app page a `window.byline` answering from inside the page: a
// library already set up holding one article with the generated body, and every save accepted.
// It is shaped like the preload's API (names from core), so the real UI opens the document.
import { newArticle, type Article } from '../../core/article/article';
import type { BodyJSON } from '../../core/body/schema';
import type { ArticleSummary, LibraryState } from '../../core/ipc/contract';
import { EVENT_NAMES, OPERATION_NAMES, subscriberOf } from '../../core/ipc/names';
import { defaultSettings } from '../../core/settings/settings';

export const BENCH_HEADLINE = 'Live: floods, talks and the budget, as it happened';

export function benchArticle(body: BodyJSON, words: number): { article: Article; summary: ArticleSummary } {
  const now = '2024-03-05T09:30:00Z';
  const article = {
    ...newArticle({ id: `live-blog-${words}`, slug: 'live-floods-talks-budget', headline: BENCH_HEADLINE, now }),
    body,
  };
  const summary: ArticleSummary = {
    kind: 'article',
    file: 'live-floods-talks-budget.json',
    id: article.id,
    headline: article.headline,
    section: article.section,
    status: article.status,
    savedAt: now,
    words,
    readOnly: null,
    stage: 'draft',
    assignee: null,
    due: null,
  };
  return { article, summary };
}

export function fakeBylineScript(body: BodyJSON, words: number): string {
  const { article, summary } = benchArticle(body, words);
  const library: LibraryState = {
    folder: '/home/reporter/Byline',
    proposedFolder: '/home/reporter/Byline',
    settingsNotice: null,
  };
  const subscribers = EVENT_NAMES.map((name) => subscriberOf(name));
  return `(() => {
  const article = ${JSON.stringify(article)};
  const summary = ${JSON.stringify(summary)};
  const library = ${JSON.stringify(library)};
  const settings = ${JSON.stringify(defaultSettings('Europe/London'))};
  let saves = 0;
  const revision = () => ({ hash: saves.toString(16).padStart(64, '0'), size: 1000 + saves, mtimeMs: 1709631000000 + saves });
  const opened = (value) => ({ article: value, file: summary.file, revision: revision(), readOnly: null });
  const answers = {
    getLibraryState: () => library,
    setupLibrary: () => library,
    listLibrary: () => ({ entries: [summary], searchReady: true }),
    searchLibrary: () => ({ hits: [], ready: true }),
    openArticle: () => opened(article),
    saveArticle: (args) => { saves++; return opened(args.article); },
    listBackups: () => ({ backups: [] }),
    getSettings: () => settings,
    updateSettings: (args) => Object.assign(settings, args.patch),
  };
  const api = {};
  // Operations this page has no answer for are accepted and answer with an empty object.
  for (const name of ${JSON.stringify(OPERATION_NAMES)}) {
    api[name] = async (args) => ({ ok: true, value: answers[name] ? answers[name](args || {}) : {} });
  }
  for (const subscriber of ${JSON.stringify(subscribers)}) api[subscriber] = () => () => {};
  Object.defineProperty(window, 'byline', { value: Object.freeze(api), enumerable: true });
})();`;
}
