// Issue 10, item 12: a writer killed mid-save leaves its hidden temp file (as large as the article)
// in the library, where a sync client sends it to every colleague. An article's temp files go at
// its next save; at library open every leftover old enough to belong to no save in flight goes.
import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { openLibrary } from '../../../electron/services/open-library';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

/** A file named as the atomic write names its temp files, holding most of an article. */
async function killedWrite(name: string, minutesAgo = 0): Promise<void> {
  const path = join(library.folder, name);
  await writeFile(path, serializeArticle(article()).slice(0, 200));
  const then = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(path, then, then);
}

describe('temp files left by killed writes', () => {
  it('are removed at the article’s next save; another article’s stay until its own', async () => {
    const store = library.store();
    const budget = await store.create({ headline: 'City budget passes' });
    const harbour = await store.create({ headline: 'Harbour closes' });
    await killedWrite(`.${budget.file}.0123456789ab.tmp`);
    await killedWrite(`.${budget.file}.ba9876543210.tmp`);
    await killedWrite(`.${harbour.file}.0123456789ab.tmp`);

    await store.save({ ...budget.article, deck: 'Seven votes to two.' }, budget.revision);

    expect((await readdir(library.folder)).sort()).toEqual([`.${harbour.file}.0123456789ab.tmp`, budget.file, harbour.file].sort());
    await store.save({ ...harbour.article, deck: 'Until Monday.' }, harbour.revision);
    expect((await readdir(library.folder)).sort()).toEqual([budget.file, harbour.file].sort());
  });

  it('older than five minutes are removed when the library opens; a younger one (a save in flight) and other hidden files stay', async () => {
    await library.write('city-budget.byline.json', serializeArticle(article()));
    await killedWrite('.city-budget.byline.json.0123456789ab.tmp', 10);
    await killedWrite('.city-budget.byline.json.lock', 10);
    await killedWrite('.city-budget.byline.json.lock.0123456789ab.stale', 10);
    await killedWrite('.gone-article.byline.json.ba9876543210.tmp', 60 * 24);
    await killedWrite('.city-budget.byline.json.ba9876543210.tmp', 0);
    await killedWrite('.sync-state.0123456789ab.tmp', 10);
    await killedWrite('.DS_Store', 10);

    const opened = await openLibrary({ folder: library.folder, userData: join(library.root, 'user-data'), clock: { now: () => new Date().toISOString() }, trash: (path) => rm(path) });
    await opened.close();

    expect((await readdir(library.folder)).sort()).toEqual(['.DS_Store', '.city-budget.byline.json.ba9876543210.tmp', '.sync-state.0123456789ab.tmp', 'city-budget.byline.json'].sort());
  });
});
