import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesIn, tempFolder, writeStories } from '../../electron/library/export/export-articles';
import { byline } from '../fixtures/run-byline';

describe('byline export-all', () => {
  it('exports every readable article with an index and prints {"exported","failed"}', async () => {
    const library = tempFolder();
    writeStories(library, 3);
    writeFileSync(join(library, 'broken.byline.json'), '{"format": "byline.article", ');
    writeFileSync(join(library, 'notes.txt'), 'not an article');
    const outDir = join(tempFolder(), 'site');

    const { code, stdout, stderr } = await byline('export-all', library, outDir);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const printed = JSON.parse(stdout) as { exported: number; failed: { path: string; error: string }[] };
    expect(Object.keys(printed)).toEqual(['exported', 'failed']);
    expect(printed).toEqual({
      exported: 3,
      failed: [{ path: join(library, 'broken.byline.json'), error: expect.stringContaining('not complete JSON') }],
    });
    expect(Object.keys(printed.failed[0]!)).toEqual(['path', 'error']);
    expect(namesIn(outDir)).toEqual(['index.html', 'story-01.html', 'story-02.html', 'story-03.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(
      '<a href="story-02.html">Story number 02 from the harbour</a>',
    );
  });

  it('exits 1 when the output folder cannot be made', async () => {
    const library = tempFolder();
    writeStories(library, 1);
    const blocker = join(tempFolder(), 'a-file');
    writeFileSync(blocker, 'not a folder');

    const { code, stdout, stderr } = await byline('export-all', library, join(blocker, 'site'));

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/Could not create the export folder .*ENOTDIR/);
  });
});
