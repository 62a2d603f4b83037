// The contract's export and import additions: a dropped file arrives as the absolute path of a file
// of a kind Byline imports, export runs name what they export and take no folder from the page.
import { describe, expect, it } from 'vitest';
import { events, MENU_COMMANDS, operations } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { EVENT_NAMES, OPERATION_NAMES } from '../../../core/ipc/names';

const dropped = operations.importDroppedFile.args;

describe('importDroppedFile arguments', () => {
  it.each([
    '/home/amina/Downloads/story.txt',
    '/tmp/Saved Page.HTML',
    'C:\\Users\\amina\\From Word.docx',
    '\\\\desk\\share\\page.htm',
  ])('takes the absolute path %s', (path) => {
    expect(dropped.safeParse({ path }).success).toBe(true);
  });

  it.each([
    ['/home/amina/story.pdf', 'Byline imports .txt, .html, .htm and .docx files'],
    ['/home/amina/story.doc', 'Byline imports .txt, .html, .htm and .docx files'],
    ['story.txt', 'an absolute path'],
    ['../../etc/passwd.txt', 'an absolute path'],
    ['/tmp/a\0.txt', 'a path without NUL characters'],
    ['', 'the dropped file is not on this computer’s disk'],
  ])('refuses the path %j', (path, message) => {
    const parsed = dropped.safeParse({ path });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('takes a path and nothing else: no name, no bytes', () => {
    expect(dropped.safeParse({ path: '/tmp/a.txt', base64: 'YQ==' }).success).toBe(false);
    expect(dropped.safeParse({ name: 'a.txt', base64: 'YQ==' }).success).toBe(false);
    expect(dropped.safeParse({ path: '/tmp/' + 'a'.repeat(4100) + '.txt' }).success).toBe(false);
  });
});

describe('export arguments', () => {
  it('take the whole library or chosen article ids, never a folder', () => {
    const batch = operations.exportArticles.args;
    expect(batch.safeParse({ articles: 'all', ninjs: false }).success).toBe(true);
    expect(batch.safeParse({ articles: ['article-0001'], ninjs: true }).success).toBe(true);
    expect(batch.safeParse({ articles: [], ninjs: false }).success).toBe(false);
    expect(batch.safeParse({ articles: ['../../etc'], ninjs: false }).success).toBe(false);
    expect(batch.safeParse({ articles: 'all', ninjs: false, outDir: '/tmp' }).success).toBe(false);
    expect(operations.exportArticle.args.safeParse({ id: 'article-0001', ninjs: false, folder: '/tmp' }).success).toBe(
      false,
    );
    expect(operations.chooseExportFolder.args.safeParse({ folder: '/tmp' }).success).toBe(false);
  });

  it('reports progress as counts', () => {
    expect(events.exportProgress.safeParse({ done: 12, total: 1000 }).success).toBe(true);
    expect(events.exportProgress.safeParse({ done: -1, total: 1000 }).success).toBe(false);
  });
});

describe('names', () => {
  it('lists every new operation and event with a schema, and the menu commands that reach them', () => {
    for (const name of [
      'chooseExportFolder',
      'exportArticle',
      'exportArticles',
      'cancelExport',
      'showExportedFiles',
      'copyArticleAsHtml',
      'importArticle',
      'importDroppedFile',
    ] as const) {
      expect(OPERATION_NAMES).toContain(name);
      expect(operations[name]).toBeDefined();
    }
    expect(EVENT_NAMES).toContain('exportProgress');
    expect(MENU_COMMANDS).toEqual(
      expect.arrayContaining(['importArticle', 'exportArticle', 'exportLibrary', 'copyAsHtml']),
    );
  });

  it('a path that is not one never reaches the handler', async () => {
    let ran = false;
    const handlers = Object.fromEntries(
      OPERATION_NAMES.map((name) => [name, async () => ((ran = true), {})]),
    ) as unknown as Handlers;
    const result = await dispatch(handlers, 'importDroppedFile', { path: 'relative/story.txt' });
    expect(ran).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS', message: expect.stringContaining('an absolute path') },
    });
  });
});
