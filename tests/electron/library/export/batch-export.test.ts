import { linkSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../core/settings/settings';
import { exportBatch, type BatchProgress } from '../../../../electron/library/export/batch-export';
import { WRITES_IN_FLIGHT } from '../../../../electron/library/export/export-pipeline';
import { nodeFileSystem, type FileSystem } from '../../../../electron/library/file-system';
import { namesIn, tempFolder, writeStories, writeStory } from './export-articles';

const settings = defaultSettings('Europe/Berlin');

describe('exportBatch', () => {
  it('writes a page per article, its ninjs file on request, and an index linking every headline', async () => {
    const library = tempFolder();
    const files = writeStories(library, 5);
    const outDir = join(tempFolder(), 'out');
    const progress: BatchProgress[] = [];

    const result = await exportBatch({
      files,
      outDir,
      settings,
      ninjs: true,
      onProgress: (event) => progress.push(event),
    });

    expect(result).toEqual({
      exported: files.map((path, n) => ({ path, output: join(outDir, `story-0${n + 1}.html`) })),
      failed: [],
      cancelled: false,
    });
    const pages = [1, 2, 3, 4, 5].flatMap((n) => [`story-0${n}.html`, `story-0${n}.ninjs.json`]);
    expect(namesIn(outDir)).toEqual(['index.html', ...pages].sort());
    expect(readFileSync(join(outDir, 'story-03.html'), 'utf8')).toContain('Story number 03 from the harbour');
    expect(JSON.parse(readFileSync(join(outDir, 'story-03.ninjs.json'), 'utf8'))).toMatchObject({
      headlines: expect.anything(),
    });
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (let n = 1; n <= 5; n++)
      expect(index).toContain(`<li><a href="story-0${n}.html">Story number 0${n} from the harbour</a></li>`);
    // Pages are written a few at a time, so they may finish out of order; the count never does.
    expect(progress.map(({ done, total }) => ({ done, total }))).toEqual(
      files.map((_, n) => ({ done: n + 1, total: 5 })),
    );
    expect(progress.map((event) => event.current).sort()).toEqual(files);
  });

  it('gives articles that share a slug their own pages, and keeps index.html for the index', async () => {
    const library = tempFolder();
    const files = [
      writeStory(library, { slug: 'storm', headline: 'Storm one', file: 'a.byline.json' }),
      writeStory(library, { slug: 'storm', headline: 'Storm two', file: 'b.byline.json' }),
      writeStory(library, { slug: 'storm-2', headline: 'Storm three', file: 'c.byline.json' }),
      writeStory(library, { slug: 'index', headline: 'An article called index', file: 'd.byline.json' }),
    ];
    const outDir = tempFolder();

    const result = await exportBatch({ files, outDir, settings });

    expect(result.exported.map((entry) => entry.output)).toEqual(
      ['storm.html', 'storm-2.html', 'storm-2-2.html', 'index-2.html'].map((name) => join(outDir, name)),
    );
    expect(readFileSync(join(outDir, 'storm-2.html'), 'utf8')).toContain('Storm two');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(
      '<a href="index-2.html">An article called index</a>',
    );
  });

  it('lists a corrupt, a too-large and a missing file with their reasons and exports the rest', async () => {
    const library = tempFolder();
    const [first, second] = writeStories(library, 2);
    const corrupt = join(library, 'corrupt.byline.json');
    writeFileSync(corrupt, readFileSync(first!, 'utf8').slice(0, 120));
    const huge = join(library, 'huge.byline.json');
    writeFileSync(huge, '');
    truncateSync(huge, 17 * 1024 * 1024);
    const missing = join(library, 'gone.byline.json');
    const outDir = tempFolder();

    const result = await exportBatch({ files: [corrupt, first!, huge, missing, second!], outDir, settings });

    expect(result.exported.map((entry) => entry.path)).toEqual([first, second]);
    expect(result.failed).toEqual([
      { path: corrupt, error: expect.stringContaining('not complete JSON') },
      { path: huge, error: 'The file is 17.0 MB; articles larger than 16.0 MB are not opened.' },
      { path: missing, error: 'The file cannot be read: there is no such file (ENOENT).' },
    ]);
    expect(namesIn(outDir)).toEqual(['index.html', 'story-01.html', 'story-02.html']);
  });

  it('refuses a body the editor cannot hold and a link that leads out of the folder', async () => {
    const library = tempFolder();
    const odd = writeStory(library, { slug: 'odd', headline: 'Odd' });
    writeFileSync(odd, readFileSync(odd, 'utf8').replace('"type": "bulletList"', '"type": "videoEmbed"'));
    const outside = writeStory(tempFolder(), { slug: 'elsewhere', headline: 'Elsewhere' });
    const link = join(library, 'link.byline.json');
    symlinkSync(outside, link);

    const result = await exportBatch({ files: [odd, link], outDir: tempFolder(), settings });

    expect(result.exported).toEqual([]);
    expect(result.failed).toEqual([
      { path: odd, error: expect.stringContaining('cannot export without losing it (Unknown node type: videoEmbed)') },
      { path: link, error: expect.stringContaining('outside the library folder') },
    ]);
  });

  it('escapes headlines in the index', async () => {
    const library = tempFolder();
    const files = [
      writeStory(library, {
        slug: 'payload',
        headline: '</title><script>window.__pwned=1</script>"><img src=x onerror=alert(1)>',
      }),
    ];
    const outDir = tempFolder();

    await exportBatch({ files, outDir, settings: { ...settings, newsroomName: 'The <Daily> & "Co"' } });

    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('<title>The &lt;Daily&gt; &amp; "Co": exported articles</title>');
    expect(index).toContain(
      '<a href="payload.html">&lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
    expect(index).not.toMatch(/<script|<img/);
  });

  it('stops on cancel before the next article, keeps the complete pages and leaves nothing partial', async () => {
    const library = tempFolder();
    const files = writeStories(library, 40);
    const outDir = tempFolder();
    const controller = new AbortController();
    const progress: number[] = [];

    const result = await exportBatch({
      files,
      outDir,
      settings,
      ninjs: true,
      signal: controller.signal,
      onProgress: ({ done }) => {
        progress.push(done);
        if (done === 3) controller.abort();
      },
    });

    expect(result.cancelled).toBe(true);
    // The pages already being written when Cancel came are finished, never more than the window.
    const count = result.exported.length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(3 + WRITES_IN_FLIGHT);
    expect(result.exported.map((entry) => entry.path)).toEqual(files.slice(0, count));
    expect(progress).toEqual(Array.from({ length: count }, (_, n) => n + 1));
    // No temp file (".name.random.tmp"), no index, no half-written page: each page listed is whole.
    const pages = result.exported.map((entry) => basename(entry.output, '.html'));
    expect(namesIn(outDir)).toEqual(pages.flatMap((name) => [`${name}.html`, `${name}.ninjs.json`]).sort());
    for (const { output } of result.exported) expect(readFileSync(output, 'utf8')).toMatch(/<\/html>\n$/);
  });

  it('writes nothing when cancelled before it starts', async () => {
    const outDir = tempFolder();

    const result = await exportBatch({
      files: writeStories(tempFolder(), 2),
      outDir,
      settings,
      signal: AbortSignal.abort(),
    });

    expect(result).toEqual({ exported: [], failed: [], cancelled: true });
    expect(namesIn(outDir)).toEqual([]);
  });

  it('ends with an error when the disk refuses a page, keeping the pages already written and no temp file', async () => {
    const files = writeStories(tempFolder(), 4);
    const outDir = tempFolder();
    let opened = 0;
    const fullAfterTwo: FileSystem = {
      ...nodeFileSystem,
      open: async (path, flags) => {
        const file = await nodeFileSystem.open(path, flags);
        if (flags !== 'wx' || ++opened <= 2) return file;
        return { ...file, write: () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' })) };
      },
    };

    const batch = exportBatch({ files, outDir, settings, fs: fullAfterTwo });

    // Pages are written several at a time, so which two got the disk first is not fixed: whichever
    // did are whole, the others failed, one of them is named, and no temp file is left.
    await expect(batch).rejects.toThrow(
      /^Could not save "story-0[1-4]\.html": the disk is full \(ENOSPC\)\. The file on disk is unchanged\. The export stopped; 2 article\(s\) had been exported\.$/,
    );
    const written = namesIn(outDir);
    expect(written).toHaveLength(2);
    for (const name of written) expect(name).toMatch(/^story-0[1-4]\.html$/);
    for (const name of written) expect(readFileSync(join(outDir, name), 'utf8')).toMatch(/<\/html>\s*$/);
  });

  it('fails as a whole when the export folder cannot be created', async () => {
    const blocker = join(tempFolder(), 'a-file');
    writeFileSync(blocker, 'not a folder');

    await expect(exportBatch({ files: [], outDir: join(blocker, 'out'), settings })).rejects.toThrow(
      /Could not create the export folder .*ENOTDIR/,
    );
  });

  it('lists a page whose place a folder takes, or that is one of the articles by another path, as failed, and exports the rest', async () => {
    const library = tempFolder();
    const files = writeStories(library, 3);
    const outDir = tempFolder();
    mkdirSync(join(outDir, 'story-01.html'));
    // A hard link in the export folder to the third article itself.
    linkSync(files[2]!, join(outDir, 'story-03.html'));
    const before = files.map((file) => readFileSync(file));

    const result = await exportBatch({ files, outDir, settings, ninjs: true });

    expect(result.failed).toEqual([
      {
        path: files[0],
        error: `${join(outDir, 'story-01.html')} is a folder: a folder is in the way of the export. Nothing was written.`,
      },
      {
        path: files[2],
        error: `The export would overwrite the article file itself: ${join(outDir, 'story-03.html')} is ${files[2]}. Nothing was written.`,
      },
    ]);
    expect(result.exported.map((entry) => entry.path)).toEqual([files[1]]);
    expect(files.map((file) => readFileSync(file))).toEqual(before);
  });

  it('refuses a newer file it can show only with placeholders, in its own words, and exports the rest', async () => {
    const library = tempFolder();
    const [plain] = writeStories(library, 1);
    const newer = writeStory(library, {
      slug: 'census',
      headline: 'Census',
      fields: { version: 2, body: { type: 'doc', content: [{ type: 'factBox' }] } },
    });

    const result = await exportBatch({ files: [plain!, newer], outDir: join(tempFolder(), 'out'), settings });

    expect(result.failed).toEqual([
      {
        path: newer,
        error: expect.stringMatching(
          /^The article holds content from a newer version of Byline \(fact box\) that this version shows only as a placeholder; it is not exported/,
        ),
      },
    ]);
    expect(result.exported.map((entry) => entry.path)).toEqual([plain]);
  });

  it('exported into the library folder itself, through a symbolic link, leaves every article byte-identical', async () => {
    const root = tempFolder();
    const library = join(root, 'real');
    mkdirSync(library);
    symlinkSync(library, join(root, 'alias'));
    const files = writeStories(library, 3);
    const before = files.map((file) => readFileSync(file));

    const result = await exportBatch({ files, outDir: join(root, 'alias'), settings, ninjs: true });

    expect(result.failed).toEqual([]);
    expect(files.map((file) => readFileSync(file))).toEqual(before);
  });
});
