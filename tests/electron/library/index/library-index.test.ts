import { readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLibraryIndex,
  type LibraryIndexOptions,
  type LibraryIndexService,
} from '../../../../electron/library/index/library-index';
import { DEFAULT_WORKER_ENTRY } from '../../../../electron/library/index/shard-builder';
import { articleJson, tempFolder, writeArticle } from './library-files';

const open: LibraryIndexService[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((index) => index.close()));
});

function indexOf(options: Partial<LibraryIndexOptions> & { folder: string }): LibraryIndexService {
  const index = createLibraryIndex({ cacheFile: null, build: { kind: 'inline' }, ...options });
  open.push(index);
  return index;
}

/** A reader that counts which files it was asked for. */
function countingReader() {
  const reads: string[] = [];
  return { reads, readFile: (path: string) => (reads.push(path.split('/').pop() as string), readFileSync(path)) };
}

describe('the library list', () => {
  it('lists every article newest first, with headline, status, date and word count', async () => {
    const folder = tempFolder();
    writeArticle(folder, {
      id: 'older-article',
      headline: 'Council votes on budget',
      paragraphs: ['The council met on Tuesday.'],
      savedAt: '2025-01-01T09:00:00.000Z',
    });
    writeArticle(folder, {
      id: 'newer-article',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port.', "Don't sail, the mayor said."],
      savedAt: '2025-01-02T09:00:00.000Z',
    });
    writeFileSync(join(folder, 'notes.txt'), 'not an article');

    const entries = await indexOf({ folder }).list();

    expect(entries).toEqual([
      {
        kind: 'article',
        file: 'newer-article.byline.json',
        id: 'newer-article',
        headline: 'Storm closes harbour',
        section: '',
        status: 'draft',
        savedAt: '2025-01-02T09:00:00.000Z',
        words: 9,
        readOnly: null,
        stage: 'draft',
        assignee: null,
        due: null,
      },
      {
        kind: 'article',
        file: 'older-article.byline.json',
        id: 'older-article',
        headline: 'Council votes on budget',
        section: '',
        status: 'draft',
        savedAt: '2025-01-01T09:00:00.000Z',
        words: 5,
        readOnly: null,
        stage: 'draft',
        assignee: null,
        due: null,
      },
    ]);
  });

  it('lists each unreadable file with the reason it cannot be opened', async () => {
    const folder = tempFolder();
    const outside = tempFolder('byline-outside-');
    writeFileSync(join(folder, 'empty.byline.json'), '');
    writeFileSync(
      join(folder, 'cut-off.byline.json'),
      articleJson({ id: 'cut-off-1', headline: 'Cut off' }).slice(0, 80),
    );
    writeFileSync(join(folder, 'binary.byline.json'), Buffer.from([0x7b, 0x00, 0x01, 0x02]));
    writeFileSync(join(folder, 'stray.byline.json'), '{"title": "a stray JSON file"}');
    writeFileSync(
      join(folder, 'bad-date.byline.json'),
      articleJson({ id: 'bad-date-1', headline: 'Bad date' }).replace(
        '"savedAt": "2025-01-01T09:00:00.000Z"',
        '"savedAt": "yesterday"',
      ),
    );
    writeFileSync(
      join(folder, 'unknown-node.byline.json'),
      articleJson({ id: 'unknown-node', headline: 'Unknown node', paragraphs: ['x'] }).replace(
        '"type": "paragraph"',
        '"type": "videoEmbed"',
      ),
    );
    writeFileSync(join(outside, 'secret.byline.json'), articleJson({ id: 'secret-article', headline: 'Secret' }));
    symlinkSync(join(outside, 'secret.byline.json'), join(folder, 'linked.byline.json'));

    const entries = await indexOf({ folder }).list();
    const reasons = Object.fromEntries(
      entries.map((entry) => [entry.file, entry.kind === 'unreadable' ? entry.error.code : 'article']),
    );

    expect(reasons).toEqual({
      'empty.byline.json': 'EMPTY',
      'cut-off.byline.json': 'NOT_JSON',
      'binary.byline.json': 'BINARY',
      'stray.byline.json': 'NOT_AN_ARTICLE',
      'bad-date.byline.json': 'INVALID',
      'unknown-node.byline.json': 'INVALID',
      'linked.byline.json': 'OUTSIDE_LIBRARY',
    });
    const linked = entries.find((entry) => entry.file === 'linked.byline.json');
    expect(linked?.kind === 'unreadable' && linked.error.message).toMatch(/outside the library/);
  });

  it('opens a file from a newer Byline read-only, and says so', async () => {
    const folder = tempFolder();
    writeFileSync(
      join(folder, 'future.byline.json'),
      articleJson({ id: 'future-article', headline: 'From the future' }).replace('"version": 1', '"version": 2'),
    );

    const [entry] = await indexOf({ folder }).list();

    expect(entry?.kind === 'article' && entry.readOnly?.code).toBe('NEWER_VERSION');
  });
});

describe('the list order', () => {
  it('puts the newest first comparing instants, the same instant by name, and unreadable files last by name, at every start', async () => {
    const folder = tempFolder();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    writeFileSync(join(folder, 'zzz-broken.byline.json'), '{ not json');
    writeFileSync(join(folder, 'aaa-empty.byline.json'), '');
    // 10:30 at +02:00 is 08:30Z: older than 09:00Z although its clock reads later.
    writeArticle(folder, { id: 'offset-story', headline: 'Offset', savedAt: '2025-01-01T10:30:00.000+02:00' });
    // The same instant written two ways: ordered by file name as people read it (apple before Zebra).
    writeFileSync(
      join(folder, 'Zebra-story.byline.json'),
      articleJson({ id: 'zebra-story', headline: 'Zebra', savedAt: '2025-01-01T10:00:00.000+01:00' }),
    );
    writeArticle(folder, { id: 'apple-story', headline: 'Apple', savedAt: '2025-01-01T09:00:00.000Z' });
    // 2 January 00:00 at -05:00 is 05:00Z that day: the newest.
    writeArticle(folder, { id: 'newest-story', headline: 'Newest', savedAt: '2025-01-02T00:00:00.000-05:00' });
    const expected = ['newest-story', 'apple-story', 'Zebra-story', 'offset-story', 'aaa-empty', 'zzz-broken'].map(
      (name) => `${name}.byline.json`,
    );

    expect((await indexOf({ folder, cacheFile }).list()).map((entry) => entry.file)).toEqual(expected);
    await open.pop()?.close();
    const warm = countingReader();
    expect((await indexOf({ folder, cacheFile, readFile: warm.readFile }).list()).map((entry) => entry.file)).toEqual(
      expected,
    );
    expect(warm.reads).toEqual([]);

    // Saved again, the oldest becomes the newest; the next start keeps the new order without reading.
    writeArticle(folder, { id: 'offset-story', headline: 'Offset', savedAt: '2025-01-03T09:00:00.000Z' });
    const moved = ['offset-story.byline.json', ...expected.filter((file) => file !== 'offset-story.byline.json')];
    expect((await (open.at(-1) as LibraryIndexService).list()).map((entry) => entry.file)).toEqual(moved);
    await open.pop()?.close();
    const after = countingReader();
    expect((await indexOf({ folder, cacheFile, readFile: after.readFile }).list()).map((entry) => entry.file)).toEqual(
      moved,
    );
    expect(after.reads).toEqual([]);
  });
});

describe('a large cold library', () => {
  it('lists at once, then marks a body the editor cannot hold as unreadable once the search build has checked it', async () => {
    const folder = tempFolder();
    writeArticle(folder, { id: 'good-story', headline: 'Good' });
    writeFileSync(
      join(folder, 'odd.byline.json'),
      articleJson({ id: 'odd-story', headline: 'Odd', paragraphs: ['x'] }).replace(
        '"type": "paragraph"',
        '"type": "videoEmbed"',
      ),
    );
    let changes = 0;
    // A limit of 0 makes this small folder take the path 10,000 new files take.
    const index = indexOf({ folder, fullCheckLimit: 0, onChange: () => changes++ });

    const first = await index.list();
    expect(first.map((entry) => entry.kind)).toEqual(['article', 'article']);

    await index.searchSettled();
    const odd = (await index.list()).find((entry) => entry.file === 'odd.byline.json');
    expect(odd?.kind === 'unreadable' && odd.error.code).toBe('INVALID');
    // Told once the unfit body was found and again once the good one's words were counted.
    expect(changes).toBe(2);
    expect((await index.search('odd')).hits).toEqual([]);
  });

  it('lists before the words are counted, then shows the counts the search workers made, and keeps them for the next start', async () => {
    const folder = tempFolder();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    writeArticle(folder, {
      id: 'storm-story',
      headline: 'Storm closes harbour',
      paragraphs: ['Ferries stayed in port.', "Don't sail, the mayor said."],
    });
    let changes = 0;
    const index = indexOf({
      folder,
      cacheFile,
      fullCheckLimit: 0,
      build: { kind: 'worker', entry: DEFAULT_WORKER_ENTRY },
      onChange: () => changes++,
    });

    const [first] = await index.list();
    expect(first).toMatchObject({ kind: 'article', headline: 'Storm closes harbour', words: null });

    await index.searchSettled();
    expect(changes).toBe(1);
    const [counted] = await index.list();
    expect(counted).toMatchObject({ kind: 'article', words: 9 });
    await open.pop()?.close();

    const reader = countingReader();
    const [warm] = await indexOf({ folder, cacheFile, build: { kind: 'none' }, readFile: reader.readFile }).list();
    expect(reader.reads).toEqual([]);
    expect(warm).toMatchObject({ kind: 'article', words: 9 });
  }, 30_000);

  it('counts words at once where no search build would count them (the command line)', async () => {
    const folder = tempFolder();
    writeArticle(folder, { id: 'storm-story', headline: 'Storm', paragraphs: ['Ferries stayed in port.'] });

    const [entry] = await indexOf({ folder, fullCheckLimit: 0, build: { kind: 'none' } }).list();

    expect(entry).toMatchObject({ kind: 'article', words: 4 });
  });
});

describe('the list cache', () => {
  it('re-reads only the files that changed since the last start', async () => {
    const folder = tempFolder();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    for (let n = 0; n < 5; n++) writeArticle(folder, { id: `article-${n}`, headline: `Story ${n}` });
    const first = countingReader();
    await indexOf({ folder, cacheFile, readFile: first.readFile }).list();
    await open.pop()?.close();
    expect(first.reads).toHaveLength(5);

    writeArticle(folder, { id: 'article-2', headline: 'Story 2, updated with a longer headline' });
    const second = countingReader();
    const entries = await indexOf({ folder, cacheFile, readFile: second.readFile }).list();

    expect(second.reads).toEqual(['article-2.byline.json']);
    expect(entries.map((entry) => entry.kind === 'article' && entry.headline)).toContain(
      'Story 2, updated with a longer headline',
    );
    expect(entries).toHaveLength(5);
  });

  it('re-reads a file it was told about even when its size and mtime look unchanged', async () => {
    const folder = tempFolder();
    const file = writeArticle(folder, { id: 'same-size', headline: 'Headline A' });
    const reader = countingReader();
    const index = indexOf({ folder, readFile: reader.readFile });
    await index.list();
    const { mtime } = statSync(join(folder, file));
    writeArticle(folder, { id: 'same-size', headline: 'Headline B' });
    utimesSync(join(folder, file), mtime, mtime);

    index.touched(file);
    const [entry] = await index.list();

    expect(reader.reads).toEqual([file, file]);
    expect(entry?.kind === 'article' && entry.headline).toBe('Headline B');
  });

  it('ignores a corrupt cache and lists from the files', async () => {
    const folder = tempFolder();
    const cacheFile = join(tempFolder('byline-user-data-'), 'library.json');
    writeArticle(folder, { id: 'article-1', headline: 'Still listed' });
    writeFileSync(cacheFile, '{"format": "byline.library-list", "version": 1, "fol');
    writeFileSync(`${cacheFile}.search`, 'not an index at all');

    const index = indexOf({ folder, cacheFile });
    const entries = await index.list();

    expect(entries.map((entry) => entry.kind === 'article' && entry.headline)).toEqual(['Still listed']);
    await expect.poll(() => index.searchReady()).toBe(true);
    expect((await index.search('still')).hits.map((hit) => hit.id)).toEqual(['article-1']);
  });

  it('forgets a removed file and finds an article by id', async () => {
    const folder = tempFolder();
    writeArticle(folder, { id: 'kept-article', headline: 'Kept' });
    const gone = writeArticle(folder, { id: 'gone-article', headline: 'Gone' });
    const index = indexOf({ folder });
    await index.list();
    expect(await index.locate('gone-article')).toBe(gone);

    rmSync(join(folder, gone));
    index.touched(gone);

    expect((await index.list()).map((entry) => entry.file)).toEqual(['kept-article.byline.json']);
    expect(await index.locate('gone-article')).toBeNull();
  });
});
