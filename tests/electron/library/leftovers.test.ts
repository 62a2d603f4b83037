// Issue 10, item 12: a writer killed mid-save leaves its hidden temp file (as large as the article)
// in the library, where a sync client sends it to every colleague. An article's temp files go at
// its next save; at library open every leftover old enough to belong to no save in flight goes.
import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { tempPathFor } from '../../../electron/library/atomic-write';
import { openLibrary } from '../../../electron/services/open-library';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

/** A hidden file holding most of an article, last written `minutesAgo`; returns its name. */
async function leftover(name: string, minutesAgo = 0): Promise<string> {
  const path = join(library.folder, name);
  await writeFile(path, serializeArticle(article()).slice(0, 200));
  const then = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(path, then, then);
  return name;
}

/** What a write of `file` killed before its rename leaves: its temp file, named as the atomic write names it. */
const killedWrite = (file: string, minutesAgo = 0) =>
  leftover(basename(tempPathFor(join(library.folder, file))), minutesAgo);

describe('temp files left by killed writes', () => {
  it('are removed at the article’s next save; another article’s stay until its own', async () => {
    const store = library.store();
    const budget = await store.create({ headline: 'City budget passes' });
    const harbour = await store.create({ headline: 'Harbour closes' });
    await killedWrite(budget.file);
    await killedWrite(budget.file);
    const harbourTemp = await killedWrite(harbour.file);

    await store.save({ ...budget.article, deck: 'Seven votes to two.' }, budget.revision);

    // Each article's history (history/history-store.ts) stays beside it.
    const histories = [`.${budget.file}.history`, `.${harbour.file}.history`];
    expect((await readdir(library.folder)).sort()).toEqual(
      [harbourTemp, budget.file, harbour.file, ...histories].sort(),
    );
    await store.save({ ...harbour.article, deck: 'Until Monday.' }, harbour.revision);
    expect((await readdir(library.folder)).sort()).toEqual([budget.file, harbour.file, ...histories].sort());
  });

  it('older than five minutes are removed when the library opens; a younger one (a save in flight) and other hidden files stay', async () => {
    await library.write('city-budget.byline.json', serializeArticle(article()));
    await killedWrite('city-budget.byline.json', 10);
    await killedWrite('gone-article.byline.json', 60 * 24);
    await leftover('.city-budget.byline.json.lock', 10);
    await leftover('.city-budget.byline.json.lock.0123456789ab.stale', 10);
    const inFlight = await killedWrite('city-budget.byline.json', 0);
    await leftover('.sync-state.0123456789ab.tmp', 10);
    await leftover('.DS_Store', 10);

    const opened = await openLibrary({
      folder: library.folder,
      userData: join(library.root, 'user-data'),
      clock: { now: () => new Date().toISOString() },
      trash: (path) => rm(path),
    });
    await opened.close();

    expect((await readdir(library.folder)).sort()).toEqual(
      ['.DS_Store', inFlight, '.sync-state.0123456789ab.tmp', 'city-budget.byline.json'].sort(),
    );
  });
});
