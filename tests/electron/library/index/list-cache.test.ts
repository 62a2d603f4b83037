import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileProblem } from '../../../../core/article/read';
import type { LibraryEntry } from '../../../../core/ipc/contract';
import { createLibraryIndex, type LibraryIndexService } from '../../../../electron/library/index/library-index';
import { loadListCache, saveListCache, type CachedEntry } from '../../../../electron/library/index/list-cache-format';
import { tempFolder, writeArticle } from './library-files';

const open: LibraryIndexService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((index) => index.close()));
});

/** An index over `folder` whose reads are counted; no search build, so words are counted at once. */
function countedIndex(folder: string, cacheFile: string) {
  const reads: string[] = [];
  const readFile = (path: string) => (reads.push(path.split('/').pop() as string), readFileSync(path));
  const index = createLibraryIndex({ folder, cacheFile, build: { kind: 'none' }, readFile });
  open.push(index);
  return { index, reads };
}

/** A library of three articles and where its list cache goes. */
function library() {
  const folder = tempFolder();
  const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
  const files = [
    writeArticle(folder, {
      id: 'storm-story',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port.'],
      savedAt: '2025-01-03T09:00:00.000Z',
    }),
    writeArticle(folder, {
      id: 'budget-story',
      headline: 'Council votes on budget',
      savedAt: '2025-01-02T09:00:00.000Z',
    }),
    writeArticle(folder, { id: 'parks-story', headline: 'New parks open', savedAt: '2025-01-01T09:00:00.000Z' }),
  ];
  return { folder, cacheFile, files };
}

/** What a cache would say of `file` if it were trusted: its true size and mtime, with a made-up headline. */
function staleFacts(folder: string, file: string) {
  const { size, mtimeMs } = statSync(join(folder, file));
  return { size, mtimeMs, id: file.replace('.byline.json', ''), headline: 'Stale headline' };
}

const headlines = (entries: LibraryEntry[]) => entries.map((entry) => entry.kind === 'article' && entry.headline);

describe('a list cache that cannot be used', () => {
  it('is ignored when written by the older format, and the list comes from the files', async () => {
    const { folder, cacheFile, files } = library();
    const stale = Object.fromEntries(
      files.map((file) => {
        const { size, mtimeMs, id, headline } = staleFacts(folder, file);
        const entry = {
          kind: 'article',
          file,
          id,
          headline,
          section: '',
          status: 'draft',
          savedAt: '2025-01-01T09:00:00.000Z',
          words: 1,
          readOnly: null,
        };
        return [file, { size, mtimeMs, checked: true, entry }];
      }),
    );
    writeFileSync(cacheFile, JSON.stringify({ format: 'byline.library-list', version: 2, folder, files: stale }));

    const { index, reads } = countedIndex(folder, cacheFile);
    const entries = await index.list();

    expect(reads.sort()).toEqual([...files].sort());
    expect(headlines(entries)).toEqual(['Storm closes harbour', 'Council votes on budget', 'New parks open']);
    expect(entries[0]).toMatchObject({ words: 4 });
  });

  const garbage: [string, (folder: string, files: string[]) => string][] = [
    ['JSON null', () => 'null'],
    ['an array', () => '[]'],
    ['a string', () => '"byline.library-list"'],
    [
      'cut off half way',
      (folder) => JSON.stringify({ format: 'byline.library-list', version: 5, folder, rows: [] }).slice(0, 40),
    ],
    [
      'rows that are not a list',
      (folder) => JSON.stringify({ format: 'byline.library-list', version: 5, folder, rows: { a: 1 } }),
    ],
    [
      'of version 3, which did not say which files are named for their slugs',
      (folder, files) => {
        const rows = files.map((file) => {
          const { size, mtimeMs, id, headline } = staleFacts(folder, file);
          return [file, size, mtimeMs, true, id, headline, '', 'draft', '2025-01-01T09:00:00.000Z', 1, null, null];
        });
        return JSON.stringify({ format: 'byline.library-list', version: 3, folder, rows });
      },
    ],
    [
      'of version 4, which did not say where each article is on the desk',
      (folder, files) => {
        const rows = files.map((file) => {
          const { size, mtimeMs, id, headline } = staleFacts(folder, file);
          return [
            file,
            size,
            mtimeMs,
            true,
            id,
            headline,
            '',
            'draft',
            '2025-01-01T09:00:00.000Z',
            1,
            null,
            null,
            true,
          ];
        });
        return JSON.stringify({ format: 'byline.library-list', version: 4, folder, rows });
      },
    ],
    [
      "another library's",
      (folder, files) => {
        const rows = files.map((file) => {
          const { size, mtimeMs, id, headline } = staleFacts(folder, file);
          return [
            file,
            size,
            mtimeMs,
            true,
            id,
            headline,
            '',
            'draft',
            '2025-01-01T09:00:00.000Z',
            1,
            null,
            null,
            true,
            'draft',
            null,
            null,
          ];
        });
        return JSON.stringify({ format: 'byline.library-list', version: 5, folder: `${folder}-elsewhere`, rows });
      },
    ],
  ];
  it.each(garbage)('is ignored when it is %s, and the list comes from the files', async (_, content) => {
    const { folder, cacheFile, files } = library();
    writeFileSync(cacheFile, content(folder, files));

    const { index, reads } = countedIndex(folder, cacheFile);
    const entries = await index.list();

    expect(reads).toHaveLength(3);
    expect(headlines(entries)).toEqual(['Storm closes harbour', 'Council votes on budget', 'New parks open']);
  });
});

describe('a warm start', () => {
  it('reads no file when nothing changed, and lists exactly what the cold start listed', async () => {
    const { folder, cacheFile } = library();
    const cold = countedIndex(folder, cacheFile);
    const first = await cold.index.list();
    await open.pop()?.close();

    const warm = countedIndex(folder, cacheFile);
    expect(await warm.index.list()).toEqual(first);
    expect(warm.reads).toEqual([]);
  });

  it('lists in the right order from a cache saved out of order, and saves it back in list order', async () => {
    const { folder, cacheFile, files } = library();
    const cold = countedIndex(folder, cacheFile);
    const first = await cold.index.list();
    await open.pop()?.close();
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { rows: unknown[][] };
    cache.rows.reverse();
    writeFileSync(cacheFile, JSON.stringify(cache));

    const warm = countedIndex(folder, cacheFile);
    expect(await warm.index.list()).toEqual(first);
    await open.pop()?.close();
    expect(warm.reads).toEqual([]);
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { rows: unknown[][] };
    expect(saved.rows.map((row) => row[0])).toEqual(files);
  });

  it('reads again only the files whose cached row has a field of the wrong type', async () => {
    const { folder, cacheFile } = library();
    const cold = countedIndex(folder, cacheFile);
    const first = await cold.index.list();
    await open.pop()?.close();
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { rows: unknown[][] };
    const row = (file: string) => cache.rows.find((candidate) => candidate[0] === file) as unknown[];
    row('budget-story.byline.json')[5] = 42; // the headline
    row('parks-story.byline.json')[9] = 'many'; // the word count
    writeFileSync(cacheFile, JSON.stringify(cache));

    const warm = countedIndex(folder, cacheFile);
    expect(await warm.index.list()).toEqual(first);
    expect(warm.reads.sort()).toEqual(['budget-story.byline.json', 'parks-story.byline.json']);
  });
});

describe('the list cache format', () => {
  const folder = '/library';
  const article = (file: string, words: number | null, readOnly: FileProblem | null): CachedEntry => ({
    size: 100,
    mtimeMs: 1735722000123.4567,
    checked: words !== null,
    namedForSlug: true,
    entry: {
      kind: 'article',
      file,
      id: file.replace('.byline.json', ''),
      headline: `About ${file}`,
      section: 'City',
      status: 'draft',
      savedAt: '2025-01-01T09:00:00.000Z',
      words,
      readOnly,
      stage: 'changes-requested',
      assignee: 'Amina Rahimi',
      due: '2025-01-02T17:00:00.000Z',
    },
  });
  const unreadable: CachedEntry = {
    size: 0,
    mtimeMs: 5,
    checked: true,
    entry: { kind: 'unreadable', file: 'empty.byline.json', error: { code: 'EMPTY', message: 'The file is empty.' } },
  };

  async function saved(entries: CachedEntry[]) {
    const path = join(tempFolder('byline-user-data-'), 'library.json');
    await saveListCache(path, folder, new Map(entries.map((cached) => [cached.entry.file, cached])));
    return path;
  }

  it('loads what it saved, in the order saved', async () => {
    const entries = [
      article('zebra-story.byline.json', 12, null),
      article('future-story.byline.json', null, { code: 'NEWER_VERSION', message: 'From a newer Byline.' }),
      unreadable,
    ];
    const loaded = loadListCache(await saved(entries), folder);

    expect([...loaded.values()]).toEqual(entries);
    expect([...loaded.keys()]).toEqual(['zebra-story.byline.json', 'future-story.byline.json', 'empty.byline.json']);
  });

  const spoilt: [string, number, unknown][] = [
    ['the size as text', 1, '100'],
    ['no mtime', 2, null],
    ['checked as a number', 3, 1],
    ['a numeric id', 4, 7],
    ['a negative word count', 9, -1],
    ['a fractional word count', 9, 2.5],
    ['an unknown read-only reason', 10, 'WHATEVER'],
    ['a read-only reason without its message', 10, 'NEWER_VERSION'],
    ['whether it is named for its slug as text', 12, 'yes'],
    ['a stage the desk does not have', 13, 'lost'],
    ['an assignee as a number', 14, 7],
    ['a due time as a number', 15, 1735722000],
  ];
  it.each(spoilt)('drops an article row with %s and keeps the others', async (_, column, value) => {
    const path = await saved([
      article('kept-story.byline.json', 3, null),
      article('spoilt-story.byline.json', 3, null),
      unreadable,
    ]);
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { rows: unknown[][] };
    (cache.rows[1] as unknown[])[column] = value;
    writeFileSync(path, JSON.stringify(cache));

    expect([...loadListCache(path, folder).keys()]).toEqual(['kept-story.byline.json', 'empty.byline.json']);
  });

  it('drops rows of the wrong shape: not a list, too long, too short, an unreadable file with an unknown reason', async () => {
    const path = await saved([article('kept-story.byline.json', 3, null), unreadable]);
    const cache = JSON.parse(readFileSync(path, 'utf8')) as { rows: unknown[] };
    const [good, bad] = cache.rows as [unknown[], unknown[]];
    const renamed = (row: unknown[], file: string) => [file, ...row.slice(1)];
    cache.rows = [
      good,
      'a row',
      [...renamed(good, 'long.byline.json'), 'extra'],
      renamed(good, 'short.byline.json').slice(0, 12),
      [...renamed(bad, 'odd.byline.json').slice(0, 4), 'WHATEVER', 'Unknown.'],
    ];
    writeFileSync(path, JSON.stringify(cache));

    expect([...loadListCache(path, folder).keys()]).toEqual(['kept-story.byline.json']);
  });
});
