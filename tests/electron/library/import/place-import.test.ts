// An import's file, made in the worker, placed by the main thread: under the first free name, never
// over another file, its slug changed in its bytes (not serialized again) when the name it came
// with is taken, whether before the import or between the store's look at the folder and its write.
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticle } from '../../../../core/article/read';
import { serializeArticle } from '../../../../core/article/serialize';
import { articleBytes } from '../../../../core/import/article-file';
import { nodeFileSystem, type FileSystem } from '../../../../electron/library/file-system';
import type { ImportedFile } from '../../../../electron/library/import/import-file';
import { placeImported } from '../../../../electron/library/import/place-import';
import { fsError } from '../fixtures/failing-fs';
import { article, testLibrary, type TestLibrary } from '../fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

const imported = (id: string) => article({ id, slug: 'storm-warning', headline: 'Storm warning' });
const made = (id: string): ImportedFile => ({
  id,
  slug: 'storm-warning',
  headline: 'Storm warning',
  bytes: articleBytes(imported(id)),
});
const theirs = serializeArticle(article({ id: 'their-article', slug: 'storm-warning', headline: 'Theirs' }));

/** A folder listing that misses `name`, as a look taken just before another program wrote it. */
const lookMissing = (name: string, base: FileSystem = nodeFileSystem): FileSystem => ({
  ...base,
  readdir: async (path) => (await base.readdir(path)).filter((entry) => entry !== name),
});
const withoutHardLinks: FileSystem = {
  ...nodeFileSystem,
  link: async (_from, to) => {
    throw fsError('EPERM', 'link', to);
  },
};

describe('placing an import’s file', () => {
  it('writes the worker’s bytes as they are under the name they came with when it is free', async () => {
    const placed = await placeImported(library.store(), made('import-0001'));

    expect(placed.file).toBe('storm-warning.byline.json');
    expect((await library.bytes(placed.file)).toString()).toBe(serializeArticle(imported('import-0001')));
  });

  it.each([
    ['taken before the import', nodeFileSystem],
    ['taken between the look at the folder and the write', lookMissing('storm-warning.byline.json')],
    ['taken so, where the disk has no hard links', lookMissing('storm-warning.byline.json', withoutHardLinks)],
  ])('goes to the next free name when its own is %s, the other file left alone', async (_, fs) => {
    await library.write('storm-warning.byline.json', theirs);

    const placed = await placeImported(library.store({ fs }), made('import-0001'));

    expect(placed.file).toBe('storm-warning-2.byline.json');
    expect((await library.bytes('storm-warning.byline.json')).toString()).toBe(theirs);
    const bytes = await library.bytes(placed.file);
    expect(bytes.toString()).toBe(serializeArticle({ ...imported('import-0001'), slug: 'storm-warning-2' }));
    expect(readArticle(bytes)).toMatchObject({ ok: true, article: { id: 'import-0001', slug: 'storm-warning-2' } });
  });

  it('two imports of one story placed at once, from two processes’ stores, make two files', async () => {
    const [one, two] = [library.store(), library.store()];

    const placed = await Promise.all([
      placeImported(one, made('import-0001')),
      placeImported(two, made('import-0002')),
    ]);

    expect(placed.map(({ file }) => file).sort()).toEqual(['storm-warning-2.byline.json', 'storm-warning.byline.json']);
    for (const { file } of placed)
      expect(await library.json(file)).toMatchObject({ slug: file.replace('.byline.json', '') });
    // Each with its history beside it, and nothing else.
    const expected = placed.flatMap(({ file }) => [file, `.${file}.history`]);
    expect((await readdir(library.folder)).sort()).toEqual(expected.sort());
  });
});
