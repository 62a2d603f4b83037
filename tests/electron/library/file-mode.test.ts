// A save keeps the article file's permissions: an article a desk shares as 0664 stays writable by
// the group after a save, and after the rename a new slug makes; a new article takes the defaults.
import { chmod, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/library/atomic-write';
import { applyOwnership, type Ownership } from '../../../electron/library/file-ownership';
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';
import { testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

const permissions = async (path: string) => (await stat(path)).mode & 0o777;
const bytes = (text: string) => new TextEncoder().encode(text);

/** The mode this process gives a file it creates (0o666 less its umask). */
async function defaultMode(): Promise<number> {
  const probe = join(library.root, 'probe');
  await writeFile(probe, '');
  return permissions(probe);
}

describe('a save keeps the permissions of the file it replaces', () => {
  it.each([
    ['shared with the group', '0664', 0o664],
    ['private to its owner', '0600', 0o600],
    ['read-only for everyone', '0444', 0o444],
  ])('keeps a file %s (%s) as it was', async (_, __, mode) => {
    const target = join(library.folder, 'city-budget.byline.json');
    await writeFile(target, 'the version on disk');
    await chmod(target, mode);

    await writeFileAtomic(target, bytes('the new version'));

    expect(await permissions(target)).toBe(mode);
  });

  it('keeps an article 0664 through a save in the store and through the rename of a new slug', async () => {
    const store = library.store();
    const created = await store.create({ headline: 'Council budget' });
    const path = join(library.folder, created.file);
    await chmod(path, 0o664);

    const saved = await store.save({ ...created.article, headline: 'Council budget passes' }, created.revision);
    expect(saved.file).toBe(created.file);
    expect(await permissions(path)).toBe(0o664);

    const renamed = await store.save({ ...saved.article, slug: 'budget-passes' }, saved.revision);
    expect(renamed.file).toBe('budget-passes.byline.json');
    expect(await permissions(join(library.folder, renamed.file))).toBe(0o664);
  });

  it('gives a new article and a saved copy the defaults, not the mode of the article copied', async () => {
    const store = library.store();
    const created = await store.create({ headline: 'Harbour reopens' });
    expect(await permissions(join(library.folder, created.file))).toBe(await defaultMode());
    await chmod(join(library.folder, created.file), 0o600);

    const copy = await store.saveCopy(created.article);

    expect(await permissions(join(library.folder, copy.file))).toBe(await defaultMode());
  });
});

describe('the owner is kept where the process may give it', () => {
  const kept: Ownership = { mode: 0o664, uid: 1001, gid: 2002 };

  /** The real disk, with chown and chmod recorded instead of made. */
  function recording(refused = false): FileSystem & { calls: string[] } {
    const calls: string[] = [];
    return {
      ...nodeFileSystem,
      calls,
      chown: async (_, uid, gid) => {
        calls.push(`chown ${uid}:${gid}`);
        if (refused) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
      chmod: async (_, mode) => {
        calls.push(`chmod ${mode.toString(8)}`);
        if (refused) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
    };
  }

  it.each([
    ['root', 0, ['chown 1001:2002', 'chmod 664']],
    ['the file’s owner', 1001, ['chown 1001:2002', 'chmod 664']],
    ['another user', 1500, ['chmod 664']],
    ['a system without user ids (Windows)', null, ['chmod 664']],
  ])('as %s', async (_, user, calls) => {
    const fs = recording();
    await applyOwnership(fs, 'temp', kept, user);
    expect(fs.calls).toEqual(calls);
  });

  it('saves with the defaults on a disk that keeps no owner or mode (FAT, some network shares)', async () => {
    const fs = recording(true);
    await expect(applyOwnership(fs, 'temp', kept, 1001)).resolves.toBeUndefined();
    expect(fs.calls).toEqual(['chown 1001:2002', 'chmod 664']);
  });
});
