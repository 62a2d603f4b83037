// Issue 10, item 3: named pipes and a link to the zero device, named like articles, appearing in
// an open library. Node has four threads for all file work; a pipe opened for reading holds one
// until somebody writes to it, so four of them used to stop every open and save, and reading the
// zero device grew the main process by hundreds of megabytes. The library must keep answering,
// list them as files it cannot open, and not read them.
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BylineError } from '../../../core/ipc/errors';
import { article } from '../library/fixtures/library';
import { answered, watchedLibrary, type WatchedLibrary } from './fixtures/watched-library';

const PIPES = 4;

let watched: WatchedLibrary;
beforeEach(async () => {
  watched = await watchedLibrary({
    'city-budget.byline.json': article(),
    'harbour.byline.json': article({ id: 'article-0002', slug: 'harbour', headline: 'Harbour closes' }),
  });
}, 60_000);
afterEach(() => watched.close());

describe('pipes and devices named like articles in an open library', () => {
  it('are reported as changes without being read, and open, save, a scan of the folder and the list still answer', async () => {
    const { folder, library } = watched;
    const rssBefore = process.memoryUsage().rss;
    const odd = Array.from({ length: PIPES }, (_, n) => `pipe-${n}.byline.json`);
    for (const name of odd) execFileSync('mkfifo', [join(folder, name)]);
    await symlink('/dev/zero', join(folder, 'zero.byline.json'));
    odd.push('zero.byline.json');

    // The watcher looked at each of them and found no article id in it.
    for (const name of odd) expect(await watched.reported(name)).toMatchObject({ id: null });

    const opened = await answered(library.store.open('article-0001'), 'open');
    const saved = await answered(
      library.store.save({ ...opened.article, deck: 'Seven votes to two.' }, opened.revision),
      'save',
    );
    expect(saved.article.deck).toBe('Seven votes to two.');
    // An id nobody has makes the store read every article file in the folder, the odd ones too.
    const missing = await answered(
      library.store.open('article-9999').catch((error: unknown) => error),
      'open of an unknown id',
    );
    expect(missing).toBeInstanceOf(BylineError);
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });

    const listed = await answered(library.index.list(), 'the list');
    const unreadable = listed.filter((entry) => entry.kind === 'unreadable').map((entry) => entry.file);
    expect(unreadable.sort()).toEqual([...odd].sort());
    expect(
      listed
        .filter((entry) => entry.kind === 'article')
        .map((entry) => entry.file)
        .sort(),
    ).toEqual(['city-budget.byline.json', 'harbour.byline.json']);

    // Nothing read the zero device: the process grew by far less than a read of it would take.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });
});
