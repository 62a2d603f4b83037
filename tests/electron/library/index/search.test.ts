import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchCacheFile } from '../../../../electron/library/index/library-index';
import { DEFAULT_WORKER_ENTRY } from '../../../../electron/library/index/shard-builder';
import { tempFolder, writeArticle } from './library-files';
import { hitIds as ids, openIndexes } from './open-indexes';

const indexes = openIndexes();

function newsroomLibrary(): string {
  const folder = tempFolder();
  writeArticle(folder, {
    id: 'budget-headline',
    headline: 'Council approves budget',
    paragraphs: ['The vote was close.'],
  });
  writeArticle(folder, {
    id: 'budget-in-body',
    headline: 'Mayor speaks',
    paragraphs: ['She defended the budget and the new parks.'],
  });
  writeArticle(folder, {
    id: 'harbour-story',
    headline: 'Harbour reopens',
    paragraphs: ['Fishermen in Zürich’s sister city cheered.'],
  });
  return folder;
}

describe('full-text search', () => {
  it('finds words in headlines and bodies, a headline match first', async () => {
    const index = await indexes.ready(newsroomLibrary());

    const result = await index.search('budget');

    expect(result.ready).toBe(true);
    expect(result.hits.map((hit) => hit.id)).toEqual(['budget-headline', 'budget-in-body']);
    expect(result.hits[0]).toMatchObject({ file: 'budget-headline.byline.json', headline: 'Council approves budget' });
  });

  it('completes a word being typed, forgives one wrong letter, and folds accents and case', async () => {
    const index = await indexes.ready(newsroomLibrary());

    expect(await ids(index, 'harb')).toEqual(['harbour-story']);
    expect(await ids(index, 'harbuor')).toEqual([]);
    expect(await ids(index, 'fishermn')).toEqual(['harbour-story']);
    expect(await ids(index, 'ZURICHS')).toEqual(['harbour-story']);
  });

  it('ranks an article holding every word of the query above one holding some', async () => {
    const index = await indexes.ready(newsroomLibrary());

    expect((await ids(index, 'budget parks'))[0]).toBe('budget-in-body');
  });

  it('finds an article saved after the index was built, and forgets a replaced text', async () => {
    const folder = newsroomLibrary();
    const index = await indexes.ready(folder);

    writeArticle(folder, {
      id: 'harbour-story',
      headline: 'Harbour stays shut',
      paragraphs: ['Storm warnings remain.'],
    });
    index.touched('harbour-story.byline.json');

    expect(await ids(index, 'warnings')).toEqual(['harbour-story']);
    expect(await ids(index, 'fishermen')).toEqual([]);
    expect((await index.search('shut')).hits[0]?.headline).toBe('Harbour stays shut');
  });
});

describe('scripts written without spaces', () => {
  it('finds a Japanese article by a word inside a sentence, the query split as the text was', async () => {
    const folder = newsroomLibrary();
    writeArticle(folder, {
      id: 'tokyo-budget',
      headline: '都の予算',
      paragraphs: ['東京都は本日、新しい予算案を発表した。'],
    });
    const index = await indexes.ready(folder);

    expect(await ids(index, '発表')).toEqual(['tokyo-budget']);
    expect(await ids(index, '新しい予算案')).toEqual(['tokyo-budget']);
    expect(await ids(index, '大阪')).toEqual([]);
  });
});

describe('search readiness', () => {
  it('lists at once, answers from headlines while the worker builds, then searches bodies once it is done', async () => {
    const folder = newsroomLibrary();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    const index = indexes.open({ folder, cacheFile, build: { kind: 'worker', entry: DEFAULT_WORKER_ENTRY } });

    expect(await index.list()).toHaveLength(3);
    expect(index.searchReady()).toBe(false);
    expect(await index.search('mayor')).toEqual({
      ready: false,
      hits: [{ id: 'budget-in-body', file: 'budget-in-body.byline.json', headline: 'Mayor speaks', score: 1 }],
      total: 1,
    });

    await expect.poll(() => index.searchReady(), { timeout: 30_000, interval: 50 }).toBe(true);
    expect(await index.search('parks')).toMatchObject({ ready: true, hits: [{ id: 'budget-in-body' }] });
    await index.close();

    const warm = indexes.open({ folder, cacheFile, build: { kind: 'none' } });
    await warm.list();
    await warm.searchSettled();
    expect(warm.searchReady()).toBe(true);
    expect(await ids(warm, 'parks')).toEqual(['budget-in-body']);
  });

  it('writes the search cache a moment after the build, not while the first searches are being answered', async () => {
    const folder = newsroomLibrary();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    const index = indexes.open({ folder, cacheFile, build: { kind: 'inline' } });

    await index.list();
    await index.searchSettled();
    expect(index.searchReady()).toBe(true);
    expect(existsSync(searchCacheFile(cacheFile))).toBe(false);

    await expect.poll(() => existsSync(searchCacheFile(cacheFile)), { timeout: 10_000, interval: 100 }).toBe(true);
  });

  it('rebuilds rather than searches a cache an earlier version wrote', async () => {
    const folder = newsroomLibrary();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    const index = indexes.open({ folder, cacheFile, build: { kind: 'inline' } });
    await index.list();
    await index.searchSettled();
    await index.close();
    const bytes = readFileSync(searchCacheFile(cacheFile));
    const text = bytes.toString('latin1');
    const at = text.indexOf('BYLINE-SEARCH-');
    expect(at).toBeGreaterThan(0);
    bytes.write('1', at + 'BYLINE-SEARCH-'.length, 'latin1');
    writeFileSync(searchCacheFile(cacheFile), bytes);

    const older = indexes.open({ folder, cacheFile, build: { kind: 'none' } });
    await older.list();
    await older.searchSettled();
    expect(older.searchReady()).toBe(false);
  });
});
