// Names from the renderer or the index never reach outside the library folder.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { BylineError } from '../../../core/ipc/errors';
import { nodeFileSystem } from '../../../electron/library/file-system';
import {
  fileNameForSlug,
  libraryPath,
  resolveInLibrary,
  slugOfFileName,
} from '../../../electron/library/library-paths';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

const escapes = [
  '../x.byline.json',
  '..',
  '.',
  '',
  '/etc/passwd',
  'a/b.byline.json',
  'a\\b.byline.json',
  'nul\0.byline.json',
  '../../Byline/x.byline.json',
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof BylineError ? error.code : 'NOT_A_BYLINE_ERROR';
  }
}

describe('library paths', () => {
  it('names a file after its slug and reads the slug back', () => {
    expect(fileNameForSlug('city-budget')).toBe('city-budget.byline.json');
    expect(slugOfFileName('city-budget.byline.json')).toBe('city-budget');
    expect(slugOfFileName('notes.txt')).toBeNull();
  });

  it('joins a plain file name to the library folder', () => {
    expect(libraryPath(library.folder, 'city-budget.byline.json')).toBe(
      join(library.folder, 'city-budget.byline.json'),
    );
    expect(libraryPath(library.folder, 'a..b.byline.json')).toBe(join(library.folder, 'a..b.byline.json'));
  });

  for (const name of escapes) {
    it(`refuses ${JSON.stringify(name)} with OUTSIDE_LIBRARY`, () => {
      expect(codeOf(() => libraryPath(library.folder, name))).toBe('OUTSIDE_LIBRARY');
      expect(codeOf(() => library.store().pathOf(name))).toBe('OUTSIDE_LIBRARY');
    });
  }

  it('follows a symlink that stays inside the library', async () => {
    await library.write('real.byline.json', 'x');
    await symlink(join(library.folder, 'real.byline.json'), join(library.folder, 'alias.byline.json'));
    expect(await resolveInLibrary(nodeFileSystem, library.folder, 'alias.byline.json')).toBe(
      join(library.folder, 'alias.byline.json'),
    );
  });

  it('refuses a symlink out of the library and a dangling one', async () => {
    await writeFile(join(library.root, 'secret.txt'), 'outside');
    await symlink(join(library.root, 'secret.txt'), join(library.folder, 'out.byline.json'));
    await symlink(join(library.root, 'missing.txt'), join(library.folder, 'dangling.byline.json'));
    for (const name of ['out.byline.json', 'dangling.byline.json']) {
      await expect(resolveInLibrary(nodeFileSystem, library.folder, name)).rejects.toMatchObject({
        code: 'OUTSIDE_LIBRARY',
      });
    }
  });

  it('never reads, writes or trashes a file outside when the index hands the store a path', async () => {
    const outside = join(library.root, 'outside');
    await mkdir(outside);
    const victim = join(outside, 'victim.byline.json');
    const content = serializeArticle(article());
    await writeFile(victim, content);
    const store = library.store({
      candidates: async () => ({ listed: ['../outside/victim.byline.json'], changed: [] }),
    });
    await expect(store.open('article-0001')).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' });
    await expect(store.remove('article-0001')).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' });
    expect(library.trashed).toEqual([]);
    expect(await readFile(victim, 'utf8')).toBe(content);
  });
});
