// The editor's desk as a person drives it (issue 13): Settings › Your name to change who is at the
// keyboard, the Review and History sections, Suggest mode, and words chosen in the body.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newArticle, type Article } from '../../../core/article/article';
import { ARTICLE_EXTENSION } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { doc, p } from '../../builders/body';
import { editorUi, ui } from './ui';

export const DESK_HEADLINE = 'Harbour council approves sea wall repairs';
export const DESK_SENTENCES = [
  'The harbour council voted on Monday to repair the old sea wall before the spring tides.',
  'Work will start quietly next month and take most of the summer.',
  'The wall failed in two places during the January storm.',
] as const;

/** The draft's body as the reporter wrote it: three sentences, one paragraph each. */
export const deskBody = () => doc(...DESK_SENTENCES.map((sentence) => p(sentence)));

/** A draft with everything publication needs but the desk's approval: byline, dateline, no quotation. */
export async function writeDeskArticle(library: string): Promise<Article> {
  const article: Article = {
    ...newArticle({
      id: 'desk-sea-wall-0001',
      slug: 'harbour-council-sea-wall',
      headline: DESK_HEADLINE,
      now: '2025-03-27T06:40:00.000Z',
    }),
    section: 'News',
    bylines: [{ name: 'Amina Rahimi', role: 'Staff reporter' }],
    dateline: { place: 'PORTHAVEN', timeZone: null },
    body: deskBody(),
  };
  await writeFile(join(library, `${article.slug}${ARTICLE_EXTENSION}`), serializeArticle(article));
  return article;
}

/** Settings › Your name: who is at the keyboard now. */
export async function switchYourName(page: Page, name: string): Promise<void> {
  const editor = editorUi(page);
  await editor.settingsButton.click();
  await editor.settings.getByLabel('Your name', { exact: true }).fill(name);
  await ui(page).button('Save settings', editor.settings).click();
  await editor.settings.waitFor({ state: 'hidden' });
}

/** Brings a side-panel section into view and returns it. */
export async function showSection(page: Page, name: 'Review' | 'History' | 'Dates' | 'Checks'): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const section = page.getByRole('region', { name, exact: true });
  await section.waitFor();
  return section;
}

/** Selects `words` in the body as a drag of the mouse would, through the page's own selection. */
export async function selectInBody(page: Page, words: string): Promise<void> {
  const body = ui(page).body;
  await body.focus();
  const found = await body.evaluate((editor, wanted) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, words);
  if (!found) throw new Error(`“${words}” is not in the body as one run of text.`);
  // ProseMirror takes the page's selection on its next selectionchange.
  await page.waitForTimeout(100);
}

export const reviewUi = (page: Page) => {
  const review = page.getByRole('region', { name: 'Review', exact: true });
  return {
    review,
    stageNow: review.locator('.review-stage-name'),
    move: (label: string): Locator =>
      review.getByRole('group', { name: 'Move the article' }).getByRole('button', { name: label, exact: true }),
    newComment: review.getByRole('button', { name: 'New comment', exact: true }),
    composer: review.getByRole('form', { name: 'New comment' }),
    threads: review.getByRole('list', { name: 'Comment threads' }),
    suggestions: review.getByRole('list', { name: 'Suggestions' }),
    suggestToggle: page.getByRole('button', { name: 'Suggest edits', exact: true }),
  };
};

export const historyUi = (page: Page) => {
  const history = page.getByRole('region', { name: 'History', exact: true });
  return {
    history,
    revisions: history.getByRole('list', { name: 'Revisions, newest first' }).getByRole('listitem'),
    pick: (rev: number): Locator => history.getByRole('checkbox', { name: `Revision ${rev}`, exact: true }),
    restore: (rev: number): Locator => history.getByRole('button', { name: `Restore revision ${rev}…`, exact: true }),
    since: history.getByRole('button', { name: 'Changes since I last looked', exact: true }),
    comparison: history.getByRole('region', { name: /compared with|since you last looked/ }),
    outcome: history.getByRole('status'),
  };
};

/** What each revision says of itself, newest first: "Revision 3", its reason, and its author. */
export async function revisionRows(page: Page): Promise<{ rev: number; why: string; meta: string }[]> {
  const rows = historyUi(page).revisions;
  const count = await rows.count();
  const out: { rev: number; why: string; meta: string }[] = [];
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index);
    const title = (await row.locator('.revision-title').textContent()) ?? '';
    out.push({
      rev: Number(title.replace(/\D/g, '')),
      why: (await row.locator('.revision-why').textContent()) ?? '',
      meta: (await row.locator('.revision-meta').textContent()) ?? '',
    });
  }
  return out;
}
