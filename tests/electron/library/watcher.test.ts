import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchLibrary, type LibraryChange } from '../../../electron/library/watcher';
import { articleJson, tempFolder, writeArticle } from './index/library-files';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function watching(folder: string): Promise<[string, LibraryChange][]> {
  const seen: [string, LibraryChange][] = [];
  await new Promise<void>((ready) =>
    stops.push(watchLibrary(folder, (file, change) => seen.push([file, change]), { onReady: ready })),
  );
  return seen;
}

describe('the library watcher', () => {
  it('reports an article changed and then removed by another program', async () => {
    const folder = tempFolder();
    const file = writeArticle(folder, { id: 'watched-story', headline: 'First version' });
    const seen = await watching(folder);

    writeArticle(folder, { id: 'watched-story', headline: 'Changed by a colleague' });
    await expect.poll(() => seen, { timeout: 10_000, interval: 50 }).toContainEqual([file, 'changed']);
    rmSync(join(folder, file));

    await expect.poll(() => seen, { timeout: 10_000, interval: 50 }).toContainEqual([file, 'removed']);
  });

  it('reports a new article but not temp files, dotfiles or other files', async () => {
    const folder = tempFolder();
    const seen = await watching(folder);

    writeFileSync(join(folder, '.new-story.byline.json.a1b2c3.tmp'), 'half-written');
    writeFileSync(join(folder, '.DS_Store'), 'x');
    writeFileSync(join(folder, 'notes.txt'), 'x');
    writeFileSync(join(folder, 'new-story.byline.json'), articleJson({ id: 'new-story', headline: 'New' }));

    await expect
      .poll(() => seen, { timeout: 10_000, interval: 50 })
      .toContainEqual(['new-story.byline.json', 'changed']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual([['new-story.byline.json', 'changed']]);
  });
});
