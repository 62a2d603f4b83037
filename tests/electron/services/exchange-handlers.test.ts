// The export and import handlers over a real library folder with faked dialogs: the folder the
// reporter chose, a batch with throttled progress and Cancel, one article's page, Copy as HTML's
// fragment without private fields, and imports that create an article or, for a bad file, nothing.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../core/article/article';
import { serializeArticle } from '../../../core/article/serialize';
import { newSource } from '../../../core/article/source';
import type { ExportSummary, OpenedArticle } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import type { Result } from '../../../core/ipc/errors';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { BackupFolder } from '../../../electron/library/backups';
import { throttled } from '../../../electron/services/export-handlers';
import { createHandlers } from '../../../electron/services/handlers';
import type { Host } from '../../../electron/services/services';
import { openLibrary, type OpenLibrary } from '../../../electron/services/open-library';
import type { ExchangeServices, SettingsService } from '../../../electron/services/services';

const MARKER = 'PRIVATE-MARKER-7f3a';
const SEED = new URL('../../fixtures/seed/000_6da7febdb4ae2164.txt', import.meta.url);

let root: string;
let library: string;
let exportsFolder: string;
let opened: OpenLibrary;
let handlers: Handlers;
let progress: { done: number; total: number }[];
let shown: string[];
let clipboard: { html: string; text: string }[];
let folderAnswer: string | null;
let importAnswer: string | null;
let onProgress: (done: number) => void;
let exchange: ExchangeServices;

function article(n: number, extra: Partial<Article> = {}): Article {
  const id = `article-${String(n).padStart(4, '0')}`;
  return {
    ...newArticle({ id, slug: `story-${n}`, headline: `Story ${n}`, now: '2025-03-01T09:00:00.000Z' }),
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Paragraph of story ${n}.` }] }],
    },
    ...extra,
  };
}

async function call<T>(name: string, args: unknown): Promise<Result<T>> {
  return (await dispatch(handlers, name, args)) as Result<T>;
}

const libraryFiles = async () => (await readdir(library)).filter((name) => name.endsWith('.byline.json')).sort();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-exchange-'));
  library = join(root, 'library');
  exportsFolder = join(root, 'exports');
  await mkdir(library, { recursive: true });
  for (let n = 1; n <= 12; n++) await writeFile(join(library, `story-${n}.byline.json`), serializeArticle(article(n)));
  await writeFile(join(library, 'broken.byline.json'), '{ "format": "byline.article", ');
  const clock = { now: () => new Date().toISOString() };
  opened = await openLibrary({
    folder: library,
    userData: join(root, 'user-data'),
    clock,
    trash: async (path) => rm(path),
  });
  progress = [];
  shown = [];
  clipboard = [];
  folderAnswer = exportsFolder;
  importAnswer = null;
  onProgress = () => undefined;
  let settings: Settings = defaultSettings('Europe/Brussels');
  const settingsStore: SettingsService = {
    get: () => settings,
    update: (patch) => (settings = { ...settings, ...patch }),
  };
  const host: Host = {
    libraryState: () => ({ folder: library, proposedFolder: library, settingsNotice: null }),
    setupLibrary: async () => ({ folder: library, proposedFolder: library, settingsNotice: null }),
    showInFolder: (path) => void shown.push(path),
    readyToClose: () => undefined,
  };
  exchange = {
    host: {
      chooseExportFolder: async () => folderAnswer,
      chooseImportFile: async () => importAnswer,
      writeClipboard: (flavours) => void clipboard.push(flavours),
    },
    exportProgress: (step) => {
      progress.push(step);
      onProgress(step.done);
    },
  };
  handlers = createHandlers({
    host,
    clock,
    settings: settingsStore,
    backups: new BackupFolder({ folder: join(root, 'backups') }),
    library: () => opened,
    exchange,
  });
});

afterEach(async () => {
  await opened.close();
  await rm(root, { recursive: true, force: true });
});

describe('export', () => {
  it('refuses to export before a folder is chosen, and a cancelled folder dialog keeps none', async () => {
    folderAnswer = null;
    expect(await call('chooseExportFolder', {})).toEqual({ ok: true, value: { folder: null } });
    expect(await call('exportArticles', { articles: 'all', ninjs: false })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS', message: 'Choose the folder to export to first.' },
    });
    expect(await call('showExportedFiles', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('exports the whole library with index.html, lists the unreadable file, and reports progress from 0 to the end', async () => {
    expect(await call('chooseExportFolder', {})).toEqual({ ok: true, value: { folder: exportsFolder } });
    const result = await call<ExportSummary>('exportArticles', { articles: 'all', ninjs: true });
    expect(result).toEqual({
      ok: true,
      value: {
        folder: exportsFolder,
        exported: 12,
        failed: [{ file: 'broken.byline.json', error: expect.any(String) }],
        cancelled: false,
      },
    });
    const written = await readdir(exportsFolder);
    expect(written.filter((name) => name.endsWith('.html')).sort()).toEqual(
      ['index.html', ...Array.from({ length: 12 }, (_, i) => `story-${i + 1}.html`)].sort(),
    );
    expect(written.filter((name) => name.endsWith('.ninjs.json'))).toHaveLength(12);
    expect(progress[0]).toEqual({ done: 0, total: 13 });
    expect(progress.at(-1)).toEqual({ done: 13, total: 13 });
    // Thirteen articles in well under 100 ms each: the page hears of the start, the end and little between.
    expect(progress.length).toBeLessThan(13);
    expect(await call('showExportedFiles', {})).toEqual({ ok: true, value: {} });
    expect(shown).toEqual([join(exportsFolder, 'index.html')]);
  });

  it('passes progress on at most once per interval, but always the first and the last', () => {
    const sent: number[] = [];
    let now = 0;
    const report = throttled(
      (step) => sent.push(step.done),
      100,
      () => now,
    );
    for (let done = 0; done <= 1000; done++) {
      report({ done, total: 1000 });
      now += 1;
    }
    expect(sent[0]).toBe(0);
    expect(sent.at(-1)).toBe(1000);
    expect(sent).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it('exports chosen articles and names an id no longer in the library', async () => {
    await call('chooseExportFolder', {});
    const result = await call<ExportSummary>('exportArticles', {
      articles: ['article-0003', 'article-0009', 'gone-article-1'],
      ninjs: false,
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        exported: 2,
        failed: [{ file: 'gone-article-1', error: 'That article is no longer in the library.' }],
        cancelled: false,
      },
    });
    expect((await readdir(exportsFolder)).sort()).toEqual(['index.html', 'story-3.html', 'story-9.html']);
  });

  it('Cancel stops the batch: only complete pages, no index, no temporary files', async () => {
    await call('chooseExportFolder', {});
    // Every step reaches the test, so Cancel lands after the third article, whatever the machine's speed.
    exchange.progressIntervalMs = 0;
    let cancelled = false;
    onProgress = (done) => {
      if (done >= 3 && !cancelled) {
        cancelled = true;
        void call('cancelExport', {});
      }
    };
    const result = await call<ExportSummary>('exportArticles', { articles: 'all', ninjs: false });
    expect(result).toMatchObject({ ok: true, value: { cancelled: true } });
    const summary = (result as { value: ExportSummary }).value;
    expect(summary.exported).toBeGreaterThan(0);
    expect(summary.exported).toBeLessThan(12);
    const written = await readdir(exportsFolder);
    expect(written).toHaveLength(summary.exported);
    for (const name of written) {
      expect(name).toMatch(/^story-\d+\.html$/);
      expect((await readFile(join(exportsFolder, name), 'utf8')).trimEnd().endsWith('</html>')).toBe(true);
    }
    await call('showExportedFiles', {});
    expect(shown).toEqual([exportsFolder]);
  });

  it('exports one article as its page only, and refuses a second export while one runs', async () => {
    await call('chooseExportFolder', {});
    const running = call('exportArticles', { articles: 'all', ninjs: false });
    expect(await call('exportArticle', { id: 'article-0002', ninjs: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await running;
    await rm(exportsFolder, { recursive: true });
    expect(await call('exportArticle', { id: 'article-0002', ninjs: true })).toEqual({
      ok: true,
      value: { folder: exportsFolder, exported: 1, failed: [], cancelled: false },
    });
    expect((await readdir(exportsFolder)).sort()).toEqual(['story-2.html', 'story-2.ninjs.json']);
    expect(await call('exportArticle', { id: 'missing-article', ninjs: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('Copy as HTML puts the body (and the header when asked) on the clipboard as HTML and text at once, without the internal note or contact notes', async () => {
    const source = newSource('source-1', 'Jens Stoltenberg', { contactNotes: `Mobile ${MARKER}` });
    const story = article(40, { internalNote: `Desk only ${MARKER}`, sources: [source], headline: 'Allies meet' });
    for (const header of [false, true]) {
      expect(await call('copyArticleAsHtml', { article: story, header })).toEqual({ ok: true, value: {} });
      const { html, text } = clipboard.at(-1)!;
      expect(html).toContain('<p>Paragraph of story 40.</p>');
      expect(text).toContain('Paragraph of story 40.');
      expect(text).not.toContain('<p>');
      expect(html.includes('Allies meet')).toBe(header);
      expect(html + text).not.toContain(MARKER);
    }
    expect(clipboard).toHaveLength(2);
    // A body the schema cannot hold is refused and leaves the clipboard as it was.
    const unfit = { ...story, body: { type: 'doc', content: [{ type: 'video' }] } };
    expect(await call('copyArticleAsHtml', { article: unfit, header: false })).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/^(BAD_ARGUMENTS|INVALID_ARTICLE)$/) },
    });
    expect(clipboard).toHaveLength(2);
  });
});

describe('import', () => {
  it('a dropped seed page becomes a new article with its headline, a unique slug and its suggested speakers left to confirm', async () => {
    const before = await libraryFiles();
    const dropped = join(root, '000_6da7febdb4ae2164.txt');
    await writeFile(dropped, await readFile(SEED));
    const first = await call<OpenedArticle>('importDroppedFile', { path: dropped });
    const second = await call<OpenedArticle>('importDroppedFile', { path: dropped });
    if (!first.ok || !second.ok) throw new Error(`import failed: ${JSON.stringify(first.ok ? second : first)}`);
    expect(first.value.article.headline).toBe('We will only leave when the time is right: Stoltenberg');
    // The measured calibration offers no speaker with one click, so the import settles none (core/quotes/calibration.ts).
    expect(first.value.article.sources).toEqual([]);
    expect(first.value.article.internalNote).toContain('5 quotations have suggested speakers to confirm');
    expect(second.value.article.slug).not.toBe(first.value.article.slug);
    expect(await libraryFiles()).toEqual([...before, first.value.file, second.value.file].sort());
    const reopened = await call<OpenedArticle>('openArticle', { id: first.value.article.id });
    expect(reopened).toMatchObject({
      ok: true,
      value: { article: { headline: first.value.article.headline, section: 'Latest News' } },
    });
  });

  it('a bad file is refused with a clear message and creates nothing', async () => {
    const before = await libraryFiles();
    const binary = join(root, 'notes.txt');
    await writeFile(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const result = await call('importDroppedFile', { path: binary });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNREADABLE', message: expect.stringContaining('"notes.txt" cannot be imported') },
    });
    expect(await libraryFiles()).toEqual(before);
  });

  it('File › Import… imports the chosen file, and a cancelled dialog imports nothing', async () => {
    expect(await call('importArticle', {})).toEqual({ ok: true, value: { opened: null } });
    importAnswer = join(root, 'page.html');
    await writeFile(
      importAnswer,
      '<!doctype html><html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall to be rebuilt</h1><p>The council voted on Monday to rebuild the old harbour wall before winter storms.</p><p>Work starts in May.</p></article></body></html>',
    );
    const result = await call<{ opened: OpenedArticle }>('importArticle', {});
    expect(result).toMatchObject({
      ok: true,
      value: { opened: { article: { headline: 'Harbour wall to be rebuilt' } } },
    });
  });
});

describe('without dialogs (a host that offers no export or import)', () => {
  it('answers UNAVAILABLE rather than crashing', async () => {
    const bare = createHandlers({
      host: {
        libraryState: () => ({ folder: null, proposedFolder: '', settingsNotice: null }),
        setupLibrary: async () => ({ folder: null, proposedFolder: '', settingsNotice: null }),
        showInFolder: () => undefined,
        readyToClose: () => undefined,
      },
      clock: { now: () => new Date().toISOString() },
      settings: { get: () => defaultSettings('UTC'), update: () => defaultSettings('UTC') },
      backups: new BackupFolder({ folder: join(root, 'backups') }),
      library: () => opened,
    });
    expect(await dispatch(bare, 'chooseExportFolder', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await dispatch(bare, 'importArticle', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});

describe('duplicate', () => {
  it('a duplicate of a published, corrected, embargoed story is a draft with no stamps of its own', async () => {
    const published = article(1, {
      status: 'published',
      publishedAt: '2025-03-01T10:00:00+01:00',
      updatedAt: '2025-03-01T12:00:00+01:00',
      embargoUntil: '2025-03-01T09:30:00+01:00',
      updates: [
        {
          id: 'u1',
          kind: 'correction',
          at: '2025-03-01T12:00:00+01:00',
          note: 'Corrects the mayor’s name.',
          by: 'Ana Ruiz',
        },
      ],
      publishStamps: [
        {
          id: 's1',
          kind: 'published',
          publishedAt: '2025-03-01T10:00:00+01:00',
          previous: null,
          stampedAt: '2025-03-01T10:00:05+01:00',
          by: 'Ana Ruiz',
          reason: null,
          override: null,
        },
      ],
    });
    await writeFile(join(library, 'story-1.byline.json'), serializeArticle(published));
    const copy = await call<OpenedArticle>('duplicateArticle', { id: published.id });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.value.article).toMatchObject({
      headline: 'Story 1',
      status: 'draft',
      publishedAt: null,
      updatedAt: null,
      embargoUntil: null,
      updates: [],
      publishStamps: [],
    });
    expect(copy.value.article.id).not.toBe(published.id);
  });
});
