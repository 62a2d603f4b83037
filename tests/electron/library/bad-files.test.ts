// RELIABILITY.md item 7: every unfit file opens with a clear reason (or read-only) and is never
// written over by a save, so the reporter's only copy of something is never "repaired" away.
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { BylineError } from '../../../core/ipc/errors';
import { revisionOf } from '../../../electron/library/revision';
import { doc, p, unfitDoc } from '../../builders/body';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

const FILE = 'city-budget.byline.json';
const good = serializeArticle(article());
const SMALL_LIMIT = 4096;

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

async function refusal(promise: Promise<unknown>): Promise<BylineError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BylineError);
  return error as BylineError;
}

const badFiles: { name: string; content: () => string | Uint8Array; reason: RegExp }[] = [
  { name: 'an empty file', content: () => '', reason: /is empty/ },
  { name: 'truncated JSON', content: () => good.slice(0, good.length >> 1), reason: /not complete JSON/ },
  { name: 'binary bytes', content: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff]), reason: /binary/ },
  { name: 'a file that is not UTF-8', content: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), reason: /not UTF-8/ },
  { name: 'a stray JSON file', content: () => '{"title":"not ours"}', reason: /not a Byline article/ },
  {
    name: 'a schema-violating article',
    content: () => good.replace('"draft"', '"published-yesterday"'),
    reason: /does not fit the article format \(status/,
  },
  {
    name: 'a body the editor cannot hold',
    content: () =>
      serializeArticle(article({ body: unfitDoc(p('Poll:'), { type: 'poll', attrs: { question: 'Yes?' } }) })),
    reason: /body holds content this version cannot edit/,
  },
  {
    name: 'a file over the size limit',
    content: () => serializeArticle(article({ body: doc(p('word '.repeat(SMALL_LIMIT))) })),
    reason: /articles larger than 4 KB are not opened/,
  },
];

describe('an unfit article file', () => {
  for (const { name, content, reason } of badFiles) {
    it(`${name}: opens with its reason, and a save leaves it byte-identical`, async () => {
      await library.write(FILE, content());
      const before = await library.bytes(FILE);
      // The index knows which file it listed; an unreadable file has no id of its own to find it by.
      const store = library.store({ candidates: async () => ({ listed: [FILE], changed: [] }), maxBytes: SMALL_LIMIT });
      const opened = await refusal(store.open('article-0001'));
      expect(opened.code).toBe('UNREADABLE');
      expect(opened.message).toMatch(reason);
      expect(opened.message).toContain(FILE);

      const info = await stat(join(library.folder, FILE));
      const saved = await refusal(store.save(article({ headline: 'Autosave' }), revisionOf(before, info.mtimeMs)));
      expect(saved.code).toBe('READ_ONLY');
      expect(saved.message).toMatch(reason);
      expect(await library.bytes(FILE)).toEqual(before);
    });
  }

  it("refuses a file over core's own limit without the store being told a smaller one", async () => {
    const huge = new Uint8Array(16 * 1024 * 1024 + 1).fill(0x20);
    await library.write(FILE, huge);
    const error = await refusal(
      library.store({ candidates: async () => ({ listed: [FILE], changed: [] }) }).open('article-0001'),
    );
    expect(error.message).toMatch(/16\.0 MB are not opened/);
  });

  it('from a newer major version opens read-only with a reason, and is not saved over', async () => {
    await library.write(FILE, serializeArticle(article({ version: 2, sidebar: { kind: 'factbox' } })));
    const before = await library.bytes(FILE);
    const store = library.store();
    const opened = await store.open('article-0001');
    expect(opened.readOnly?.code).toBe('NEWER_VERSION');
    expect(opened.readOnly?.message).toMatch(/newer version of Byline.*read-only/);
    expect((await refusal(store.save(opened.article, opened.revision))).code).toBe('READ_ONLY');
    expect((await refusal(store.save({ ...opened.article, version: 1 }, opened.revision))).code).toBe('READ_ONLY');
    expect(await library.bytes(FILE)).toEqual(before);
  });

  it('that went bad after it was opened (cut off by a sync client) is not saved over', async () => {
    await library.write(FILE, good);
    const store = library.store();
    const opened = await store.open('article-0001');
    await library.write(FILE, good.slice(0, 100));
    const error = await refusal(store.save({ ...opened.article, headline: 'Mine' }, opened.revision));
    expect(error.code).toBe('READ_ONLY');
    expect((await library.bytes(FILE)).toString()).toBe(good.slice(0, 100));
  });

  it('a symlink to an article outside the library is neither opened nor written through', async () => {
    const outside = join(library.root, 'elsewhere');
    await mkdir(outside);
    await writeFile(join(outside, FILE), good);
    await symlink(join(outside, FILE), join(library.folder, FILE));
    const store = library.store({ candidates: async () => ({ listed: [FILE], changed: [] }) });
    const opened = await refusal(store.open('article-0001'));
    expect(opened.code).toBe('OUTSIDE_LIBRARY');
    expect(opened.message).toMatch(/link to a file outside the library/);
    const revision = revisionOf(Buffer.from(good), 0);
    expect((await refusal(store.save(article({ headline: 'Overwrite?' }), revision))).code).toBe('OUTSIDE_LIBRARY');
    expect(await readFile(join(outside, FILE), 'utf8')).toBe(good);
  });
});
