import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesIn, tempFolder, writeStories } from '../../electron/library/export/export-articles';

const BIN = resolve('cli/bin.mjs');

function byline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

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

  it.each([
    { args: [], message: 'missing the library FOLDER' },
    { args: ['/no/such/library', '/tmp/out'], message: 'no such folder: /no/such/library' },
    { args: ['.'], message: 'missing the OUTDIR' },
    { args: ['.', 'package.json'], message: 'not a folder: package.json' },
    { args: ['.', '/tmp/out', '--ninjs'], message: 'unknown option: --ninjs' },
  ])('exits 2 on bad arguments: $message', async ({ args, message }) => {
    const { code, stderr } = await byline('export-all', ...args);

    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
