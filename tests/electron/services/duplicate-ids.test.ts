// Issue 10, item 10: two files carrying one article id, as a file manager's duplicate or a sync
// client's conflicted copy leaves them. Each must be listed under an id of its own, the copy told
// apart and said to be one, and open, save and Move to trash must each reach exactly the file
// the reporter chose.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import type { LibraryEntry } from '../../../core/ipc/contract';
import { ArticleFileStore } from '../../../electron/library/article-store';
import { article } from '../library/fixtures/library';
import { watchedLibrary, type WatchedLibrary } from './fixtures/watched-library';

const ORIGINAL = 'city-budget.byline.json';
// Sorts before the original (a space comes before a dot), so only its name tells it is the copy.
const CONFLICTED = "city-budget (Amina's conflicted copy 2025-03-14).byline.json";
const DUPLICATE = 'city-budget copy.byline.json';

let watched: WatchedLibrary | null = null;
afterEach(async () => {
  await watched?.close();
  watched = null;
});

type Listed = Extract<LibraryEntry, { kind: 'article' }>;

async function listed(): Promise<Map<string, Listed>> {
  const entries = await watched!.library.index.list();
  return new Map(entries.flatMap((entry) => (entry.kind === 'article' ? [[entry.file, entry] as const] : [])));
}

describe('two files carrying one article id', () => {
  it('are listed under two ids; the copy is the one not named for its slug, read-only, and names the original', async () => {
    const original = article();
    watched = await watchedLibrary({
      [ORIGINAL]: original,
      [CONFLICTED]: { ...original, deck: 'Written on the other laptop.' },
    });
    const entries = await listed();
    expect(entries.get(ORIGINAL)).toMatchObject({ id: 'article-0001', readOnly: null });
    const copy = entries.get(CONFLICTED)!;
    expect(copy.id).toMatch(/^copy-[0-9a-f]{32}$/);
    expect(copy.readOnly?.message).toContain(`same article id as "${ORIGINAL}"`);
    // The same id every time it is looked at: the list again, and a store that scans the folder itself.
    expect((await listed()).get(CONFLICTED)?.id).toBe(copy.id);
    const alone = new ArticleFileStore({
      folder: watched.folder,
      clock: { now: () => '2025-03-14T10:00:00Z' },
      trash: () => Promise.resolve(),
    });
    expect((await alone.open(copy.id)).file).toBe(CONFLICTED);
  });

  it('open, save and Move to trash each act on the file chosen, never the other one', async () => {
    const original = article();
    watched = await watchedLibrary({ [ORIGINAL]: original, [DUPLICATE]: original });
    const { store } = watched.library;
    const copyId = (await listed()).get(DUPLICATE)!.id;

    const openedCopy = await store.open(copyId);
    expect({ file: openedCopy.file, id: openedCopy.article.id }).toEqual({ file: DUPLICATE, id: copyId });
    expect(openedCopy.readOnly?.message).toMatch(/opens read-only/);
    const openedOriginal = await store.open('article-0001');
    expect({ file: openedOriginal.file, readOnly: openedOriginal.readOnly }).toEqual({
      file: ORIGINAL,
      readOnly: null,
    });

    const copyBytes = await readFile(join(watched.folder, DUPLICATE));
    await store.save({ ...openedOriginal.article, deck: 'Seven votes to two.' }, openedOriginal.revision);
    expect(JSON.parse(await readFile(join(watched.folder, ORIGINAL), 'utf8'))).toMatchObject({
      deck: 'Seven votes to two.',
    });
    await expect(
      store.save({ ...openedCopy.article, deck: 'Into the wrong file?' }, openedCopy.revision),
    ).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect((await readFile(join(watched.folder, DUPLICATE))).equals(copyBytes)).toBe(true);

    // Save as Copy gives the copy an id of its own; then it can go to the trash.
    const kept = await store.saveCopy(openedCopy.article);
    expect(kept.article.id).not.toMatch(/^copy-|^article-0001$/);
    await store.remove(copyId);
    expect((await readdir(watched.folder)).sort()).toEqual([ORIGINAL, kept.file].sort());
    await store.remove('article-0001');
    expect(await readdir(watched.folder)).toEqual([kept.file]);
  });

  it('a change to the copy is reported under the copy’s id, so the original’s editor is not told its file changed', async () => {
    const original = article();
    watched = await watchedLibrary({ [ORIGINAL]: original, [DUPLICATE]: original });
    const copyId = (await listed()).get(DUPLICATE)!.id;
    expect(copyId).toMatch(/^copy-/);
    await writeFile(
      join(watched.folder, DUPLICATE),
      serializeArticle({ ...original, deck: 'Edited in a text editor.' }),
    );
    expect(await watched.reported(DUPLICATE)).toMatchObject({ id: copyId });
  });

  it('finds the copy by search under its own id too', async () => {
    const original = article();
    watched = await watchedLibrary({ [ORIGINAL]: original, [DUPLICATE]: original });
    const copyId = (await listed()).get(DUPLICATE)!.id;
    const { hits } = await watched.library.index.search('budget');
    expect(hits.map((hit) => [hit.file, hit.id]).sort()).toEqual(
      [
        [DUPLICATE, copyId],
        [ORIGINAL, 'article-0001'],
      ].sort(),
    );
  });
});
