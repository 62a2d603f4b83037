// Issue 10, item 7: a new file never replaces an existing one. The store looks at the folder, picks
// the first free name and writes; another program may take that name in between. Then the write
// must fail for that name and the next free one be used, for a new article, an import, a copy
// and a rename on a slug change alike, and on file systems without hard links too.
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';
import { fsError } from './fixtures/failing-fs';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

/** A folder listing that misses `name`, as a look taken just before another program wrote it. */
function lookMissing(name: string, base: FileSystem = nodeFileSystem): FileSystem {
  return { ...base, readdir: async (path) => (await base.readdir(path)).filter((entry) => entry !== name) };
}

/** A file system without hard links, as FAT and exFAT drives and some network shares are. */
const withoutHardLinks: FileSystem = {
  ...nodeFileSystem,
  link: async (from, to) => {
    throw fsError('EPERM', 'link', to);
  },
};

const theirs = serializeArticle(article({ id: 'their-article', slug: 'storm-warning', headline: 'Storm warning' }));

describe('a name taken between the look and the write', () => {
  type Store = ReturnType<TestLibrary['store']>;
  it.each([
    ['a new article', 'storm-warning.byline.json', (store: Store) => store.create({ headline: 'Storm warning' })],
    [
      'an import',
      'storm-warning.byline.json',
      (store: Store) => store.createFrom(article({ slug: 'storm-warning', headline: 'Storm warning' })),
    ],
    ['a copy', 'storm-warning-copy.byline.json', (store: Store) => store.saveCopy(article({ slug: 'storm-warning' }))],
  ])('%s goes to the next free name past %s, which is left alone', async (_, taken, create) => {
    await library.write(taken, theirs);
    for (const fs of [lookMissing(taken), lookMissing(taken, withoutHardLinks)]) {
      const created = await create(library.store({ fs }));
      expect(created.file).not.toBe(taken);
      expect((await library.bytes(taken)).toString()).toBe(theirs);
      expect(await library.json(created.file)).toMatchObject({
        id: created.article.id,
        slug: created.file.replace('.byline.json', ''),
      });
    }
  });

  it('a rename on a slug change goes to the next free name, the other file is left alone and the old name goes', async () => {
    await library.write('storm-warning.byline.json', theirs);
    const store = library.store({ fs: lookMissing('storm-warning.byline.json') });
    const created = await store.create({ headline: 'Gale warning' });
    const saved = await store.save({ ...created.article, slug: 'storm-warning' }, created.revision);
    expect(saved.file).toBe('storm-warning-2.byline.json');
    expect((await library.bytes('storm-warning.byline.json')).toString()).toBe(theirs);
    // The article's history followed it to its new name.
    expect((await readdir(library.folder)).sort()).toEqual([
      '.storm-warning-2.byline.json.history',
      'storm-warning-2.byline.json',
      'storm-warning.byline.json',
    ]);
    expect(await library.json('storm-warning-2.byline.json')).toMatchObject({
      id: created.article.id,
      slug: 'storm-warning-2',
    });
  });
});

describe('creates racing on a file system without hard links', () => {
  it('two stores creating one headline twenty times at once end with forty files', async () => {
    const [one, two] = [library.store({ fs: withoutHardLinks }), library.store({ fs: withoutHardLinks })];
    const created = await Promise.all(
      Array.from({ length: 20 }, () => [
        one.create({ headline: 'Storm warning' }),
        two.create({ headline: 'Storm warning' }),
      ]).flat(),
    );
    const files = new Set(created.map((opened) => opened.file));
    expect(files.size).toBe(40);
    expect((await readdir(library.folder)).filter((name) => !name.startsWith('.')).sort()).toEqual([...files].sort());
    // Nothing else but each article's history beside it.
    expect(await readdir(library.folder)).toHaveLength(80);
    expect((await readdir(library.folder)).filter((name) => name.endsWith('.history'))).toHaveLength(40);
  });
});
