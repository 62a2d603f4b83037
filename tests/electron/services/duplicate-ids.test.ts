// Issue 10, item 10: two files carrying one article id, as a file manager's duplicate or a sync
// client's conflicted copy leaves them. Each must be listed under an id of its own, the copy told
// apart and said to be one, and open, save and Move to trash must each reach exactly the file
// the reporter chose.
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import type { LibraryEntry } from '../../../core/ipc/contract';
import type { BylineError } from '../../../core/ipc/errors';
import { ArticleFileStore } from '../../../electron/library/article-store';
import { openLibrary } from '../../../electron/services/open-library';
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
    // Each article's history (a hidden file beside it) goes to the trash with it.
    expect((await readdir(watched.folder)).sort()).toEqual(
      [ORIGINAL, kept.file, `.${ORIGINAL}.history`, `.${kept.file}.history`].sort(),
    );
    await store.remove('article-0001');
    expect((await readdir(watched.folder)).sort()).toEqual([kept.file, `.${kept.file}.history`].sort());
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

// The reviewer's reproductions of issue 10, item 10 (D1): the list named one file the article while
// the store kept acting on whichever file it had opened last. Each user-visible act is checked
// against what the list says: the row clicked, the file the save lands in, the file trashed.
describe('the file that keeps the id is the one the list shows, for the editor too', () => {
  const STORM = 'storm.byline.json';
  const FLOOD = 'flood.byline.json';
  const trashed: string[] = [];
  const recordingTrash = { trash: async (path: string) => (trashed.push(basename(path)), rm(path)) };
  afterEach(() => {
    trashed.length = 0;
  });

  const bytesOf = (file: string) => readFile(join(watched!.folder, file));

  it('an article open in the editor, and a file with its id saved later appears: open, save and trash follow the list', async () => {
    const mine = article({ slug: 'storm', headline: 'Storm', deck: 'Mine', savedAt: '2025-03-14T09:00:00.000Z' });
    watched = await watchedLibrary({ [STORM]: mine }, recordingTrash);
    const { store } = watched.library;
    const editor = await store.open('article-0001');
    expect(editor.file).toBe(STORM);
    // A colleague retitled it on another laptop, later; the sync client kept both files.
    await writeFile(
      join(watched.folder, FLOOD),
      serializeArticle({
        ...mine,
        slug: 'flood',
        headline: 'Flood',
        deck: 'Theirs',
        savedAt: '2025-03-14T09:05:00.000Z',
      }),
    );
    await watched.reported(FLOOD);

    const entries = await listed();
    expect(entries.get(FLOOD)).toMatchObject({ id: 'article-0001', readOnly: null });
    expect(entries.get(STORM)?.readOnly?.message).toContain(
      `same article id as "${FLOOD}", which was saved more recently`,
    );

    // Clicking flood's row opens flood, editable.
    const clicked = await store.open('article-0001');
    expect({ file: clicked.file, deck: clicked.article.deck, readOnly: clicked.readOnly }).toEqual({
      file: FLOOD,
      deck: 'Theirs',
      readOnly: null,
    });

    // The editor still showing storm saves: refused, with both files named, and nothing written anywhere.
    const [stormBefore, floodBefore] = [await bytesOf(STORM), await bytesOf(FLOOD)];
    const refused = await store.save({ ...editor.article, internalNote: 'saved edit' }, editor.revision).then(
      () => null,
      (error: unknown) => error as BylineError,
    );
    expect(refused?.code).toBe('CONFLICT');
    expect(refused?.message).toContain(`"${STORM}" is now a copy: "${FLOOD}"`);
    expect((await bytesOf(STORM)).equals(stormBefore)).toBe(true);
    expect((await bytesOf(FLOOD)).equals(floodBefore)).toBe(true);

    // Move to trash on flood's row trashes flood; storm's row (the copy) trashes storm.
    await store.remove('article-0001');
    expect(trashed).toEqual([FLOOD]);
  });

  it('a file with its id saved earlier appears (a stale conflicted copy): the open article stays the article and its saves land in its own file', async () => {
    const mine = article({ slug: 'storm', headline: 'Storm', deck: 'Mine', savedAt: '2025-03-14T09:05:00.000Z' });
    watched = await watchedLibrary({ [STORM]: mine }, recordingTrash);
    const { store } = watched.library;
    const editor = await store.open('article-0001');
    await writeFile(
      join(watched.folder, FLOOD),
      serializeArticle({ ...mine, slug: 'flood', headline: 'Flood', deck: 'Old', savedAt: '2025-03-14T09:00:00.000Z' }),
    );
    await watched.reported(FLOOD);
    const floodBefore = await bytesOf(FLOOD);

    const saved = await store.save({ ...editor.article, internalNote: 'saved edit' }, editor.revision);
    expect(saved.file).toBe(STORM);
    const entries = await listed();
    expect(entries.get(STORM)).toMatchObject({ id: 'article-0001', readOnly: null });
    const copy = entries.get(FLOOD)!;
    expect(copy.readOnly?.message).toContain(`same article id as "${STORM}", which was saved more recently`);
    expect((await bytesOf(FLOOD)).equals(floodBefore)).toBe(true);

    expect((await store.open(copy.id)).file).toBe(FLOOD);
    await store.remove(copy.id);
    expect(trashed).toEqual([FLOOD]);
    expect((await store.open('article-0001')).article.internalNote).toBe('saved edit');
  });

  it('a file renamed by hand and a file manager’s copy of it: the copy is the copy, though its name sorts first', async () => {
    const FINAL = 'storm-final.byline.json';
    const FINAL_COPY = 'storm-final copy.byline.json';
    const mine = article({ slug: 'storm', headline: 'Storm' });
    watched = await watchedLibrary({ [FINAL]: mine }, recordingTrash);
    const { store } = watched.library;
    const editor = await store.open('article-0001');
    await copyFile(join(watched.folder, FINAL), join(watched.folder, FINAL_COPY));
    await watched.reported(FINAL_COPY);

    const entries = await listed();
    expect(entries.get(FINAL)).toMatchObject({ id: 'article-0001', readOnly: null });
    expect(entries.get(FINAL_COPY)?.readOnly?.message).toContain(`same article id as "${FINAL}"`);
    const copyBefore = await bytesOf(FINAL_COPY);

    expect((await store.open('article-0001')).file).toBe(FINAL);
    const saved = await store.save({ ...editor.article, deck: 'Saved edit.' }, editor.revision);
    expect(saved.file).toBe(FINAL);
    expect((await bytesOf(FINAL_COPY)).equals(copyBefore)).toBe(true);
    await store.remove('article-0001');
    expect(trashed).toEqual([FINAL, `.${FINAL}.history`]);
  });

  it('two files saved at the same moment (the reviewer’s case): whichever the list calls the article is the one opened, saved into and trashed', async () => {
    const base = article({ slug: 'storm', headline: 'Storm' });
    watched = await watchedLibrary({ [STORM]: { ...base, deck: 'Mine' } }, recordingTrash);
    const { store } = watched.library;
    const editor = await store.open('article-0001');
    await writeFile(join(watched.folder, FLOOD), serializeArticle({ ...base, slug: 'flood', deck: 'Theirs' }));
    await watched.reported(FLOOD);

    const entries = await listed();
    const [kept, copy] = [...entries.values()].sort(
      (a, b) => Number(a.readOnly !== null) - Number(b.readOnly !== null),
    );
    expect(kept!.id).toBe('article-0001');
    expect(copy!.readOnly?.message).toContain(`same article id as "${kept!.file}"`);
    expect((await store.open('article-0001')).file).toBe(kept!.file);
    const copyBefore = await bytesOf(copy!.file);
    // The editor showed storm: if storm is the copy now its save is refused, else it lands in storm.
    const outcome = await store.save({ ...editor.article, internalNote: 'edit' }, editor.revision).then(
      (saved) => saved.file,
      (error: unknown) => (error as BylineError).code,
    );
    expect(outcome).toBe(kept!.file === STORM ? STORM : 'CONFLICT');
    expect((await bytesOf(copy!.file)).equals(copyBefore)).toBe(true);
    await store.remove('article-0001');
    expect(trashed).toEqual([kept!.file]);
  });
});

describe('retitling the article (D1 b)', () => {
  const FLOOD = 'flood.byline.json';
  const STORM = 'storm.byline.json';
  const TORNADO = 'tornado.byline.json';

  for (const stale of [
    { name: 'saved earlier', savedAt: '2025-03-14T08:00:00.000Z' },
    { name: 'saved at the same moment', savedAt: '2025-03-14T09:00:00.000Z' },
  ]) {
    it(`keeps the current text the article, before and after a restart, with a stale file ${stale.name}`, async () => {
      const current = article({
        slug: 'flood',
        headline: 'Flood',
        deck: 'Current',
        savedAt: '2025-03-14T09:00:00.000Z',
      });
      watched = await watchedLibrary({
        [FLOOD]: current,
        [STORM]: { ...current, slug: 'storm', headline: 'Storm', deck: 'Stale', savedAt: stale.savedAt },
      });
      expect((await listed()).get(FLOOD)).toMatchObject({ id: 'article-0001', readOnly: null });
      const { store } = watched.library;
      const opened = await store.open('article-0001');
      expect(opened.article.deck).toBe('Current');

      const saved = await store.save(
        { ...opened.article, slug: 'tornado', headline: 'Tornado', deck: 'Current, retitled' },
        opened.revision,
      );
      expect(saved.file).toBe(TORNADO);
      await watched.reported(TORNADO);
      const entries = await listed();
      expect(entries.get(TORNADO)).toMatchObject({ id: 'article-0001', readOnly: null });
      expect(entries.get(STORM)?.readOnly?.message).toContain(`same article id as "${TORNADO}"`);

      // The app starts again over the same folder and user data.
      await watched.library.close();
      const restarted = await openLibrary({
        folder: watched.folder,
        userData: join(watched.root, 'user-data'),
        clock: { now: () => new Date().toISOString() },
        trash: (path) => rm(path),
      });
      try {
        const relisted = await restarted.index.list();
        expect(relisted.find((entry) => entry.file === TORNADO)).toMatchObject({ id: 'article-0001', readOnly: null });
        const again = await restarted.store.open('article-0001');
        expect({ file: again.file, deck: again.article.deck, readOnly: again.readOnly }).toEqual({
          file: TORNADO,
          deck: 'Current, retitled',
          readOnly: null,
        });
      } finally {
        await restarted.close();
      }
    });
  }
});
