// Issue 10, item 15: a file appears in the open library carrying an id that is not an article id
// (a path, ten thousand characters, too short). The watcher passes every change on to main, which
// sends the page an event whose payload is checked against the contract and throws when it does
// not fit; that throw used to end as an unhandled rejection in main. The change must still be
// reported (the list refreshes), only without an id, and nothing may be left unhandled.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import { sendEvent } from '../../../electron/main/ipc';
import type { DiskChange } from '../../../electron/services/open-library';
import { article } from '../library/fixtures/library';
import { watchedLibrary, type WatchedLibrary } from './fixtures/watched-library';

const FOREIGN_IDS = ['../../etc/passwd', 'x'.repeat(10_000), 'short', 'spaces in it', ''];

let watched: WatchedLibrary | null = null;
const unhandled: unknown[] = [];
const record = (reason: unknown) => void unhandled.push(reason);
afterEach(async () => {
  process.off('unhandledRejection', record);
  await watched?.close();
  watched = null;
});

/** What main does with a change (electron/main/shell.ts): events to the page, payloads checked. */
function mainsListener(sent: { channel: string; payload: unknown }[]) {
  const page = {
    send: (channel: string, payload: unknown) => void sent.push({ channel, payload }),
    isDestroyed: () => false,
  };
  return (change: DiskChange) => {
    sendEvent(page, 'libraryChanged', {});
    if (change.id) sendEvent(page, 'articleChangedOnDisk', { id: change.id, deleted: change.kind === 'removed' });
  };
}

const foreignFile = (n: number) => `foreign-${n}.byline.json`;

describe('a file with a foreign id in the open library', () => {
  it('is reported without an id, the page is told the list changed, and no rejection is left unhandled', async () => {
    process.on('unhandledRejection', record);
    const sent: { channel: string; payload: unknown }[] = [];
    watched = await watchedLibrary({ 'city-budget.byline.json': article() }, { onDiskChange: mainsListener(sent) });
    sent.length = 0;
    for (const [n, id] of FOREIGN_IDS.entries())
      await writeFile(join(watched.folder, foreignFile(n)), serializeArticle({ ...article(), id }));
    await writeFile(
      join(watched.folder, 'city-budget.byline.json'),
      serializeArticle(article({ deck: 'Changed by a colleague.' })),
    );

    for (const n of FOREIGN_IDS.keys())
      expect(await watched.reported(foreignFile(n))).toMatchObject({ kind: 'changed', id: null });
    expect(await watched.reported('city-budget.byline.json')).toMatchObject({ id: 'article-0001' });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(unhandled).toEqual([]);
    expect(
      sent.filter((event) => event.channel.endsWith('articleChangedOnDisk')).map((event) => event.payload),
    ).toEqual([{ id: 'article-0001', deleted: false }]);
    // Every change reached the page as a list refresh.
    expect(sent.filter((event) => event.channel.endsWith('libraryChanged'))).toHaveLength(watched.changes.length);
  });

  it('leaves no rejection unhandled even when main’s listener throws', async () => {
    process.on('unhandledRejection', record);
    watched = await watchedLibrary(
      {},
      {
        onDiskChange: () => {
          throw new Error('the window is gone');
        },
      },
    );
    await writeFile(join(watched.folder, 'city-budget.byline.json'), serializeArticle(article()));
    await watched.reported('city-budget.byline.json');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).toEqual([]);
  });
});
