// The contract's export and import additions: a dropped file is checked for kind and size at the
// boundary, export runs name what they export, and nothing takes a path from the page.
import { describe, expect, it } from 'vitest';
import { events, IMPORT_MAX_BYTES, MENU_COMMANDS, operations } from '../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { EVENT_NAMES, OPERATION_NAMES } from '../../../core/ipc/names';

const dropped = operations.importDroppedFile.args;
const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');

describe('importDroppedFile arguments', () => {
  it.each(['story.txt', 'Saved Page.HTML', 'page.htm', 'From Word.docx'])('takes %s', (name) => {
    expect(dropped.safeParse({ name, base64: base64Of(12) }).success).toBe(true);
  });

  it.each([
    ['story.pdf', 'Byline imports .txt, .html, .htm and .docx files'],
    ['story.doc', 'Byline imports .txt, .html, .htm and .docx files'],
    ['../../etc/passwd.txt', 'a file name, not a path'],
    ['C:\\Users\\x\\story.txt', 'a file name, not a path'],
  ])('refuses the name %j', (name, message) => {
    const parsed = dropped.safeParse({ name, base64: base64Of(12) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('refuses a nameless file', () => {
    expect(dropped.safeParse({ name: '', base64: base64Of(12) }).success).toBe(false);
  });

  it('takes exactly 16 MB and refuses one byte more', () => {
    expect(dropped.safeParse({ name: 'big.txt', base64: base64Of(IMPORT_MAX_BYTES) }).success).toBe(true);
    const over = dropped.safeParse({ name: 'big.txt', base64: base64Of(IMPORT_MAX_BYTES + 1) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe('the file is larger than 16 MB');
  });

  it('refuses bytes that are not base64, an empty file and extra fields', () => {
    expect(dropped.safeParse({ name: 'a.txt', base64: 'not base64!' }).success).toBe(false);
    expect(dropped.safeParse({ name: 'a.txt', base64: 'abc' }).success).toBe(false);
    expect(dropped.safeParse({ name: 'a.txt', base64: '' }).success).toBe(false);
    expect(dropped.safeParse({ name: 'a.txt', base64: base64Of(3), path: '/etc/passwd' }).success).toBe(false);
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
      'articleAsHtml',
      'copyFromMenu',
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

  it('a file too large never reaches the handler', async () => {
    let ran = false;
    const handlers = Object.fromEntries(
      OPERATION_NAMES.map((name) => [name, async () => ((ran = true), {})]),
    ) as unknown as Handlers;
    const result = await dispatch(handlers, 'importDroppedFile', {
      name: 'big.txt',
      base64: base64Of(IMPORT_MAX_BYTES + 3),
    });
    expect(ran).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS', message: expect.stringContaining('larger than 16 MB') },
    });
  });
});
