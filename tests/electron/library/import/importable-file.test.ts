// What the file system says of a file before an import reads a byte: the one size limit, exactly.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../core/import/import-size';
import { fileProblem } from '../../../../electron/library/import/importable-file';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-importable-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function sized(size: number): Promise<string> {
  const path = join(root, `file-${size}.txt`);
  await writeFile(path, '');
  await truncate(path, size);
  return path;
}

describe('fileProblem', () => {
  it('takes a file of exactly 50 MB and refuses one byte more', async () => {
    expect(await fileProblem(await sized(MAX_IMPORT_BYTES))).toBeNull();
    expect(await fileProblem(await sized(MAX_IMPORT_BYTES + 1))).toBe(
      'it is larger than 50 MB, the most Byline imports.',
    );
  });

  it('refuses an empty file, a folder, a pipe and a missing file in words', async () => {
    expect(await fileProblem(await sized(0))).toBe('the file is empty.');
    expect(await fileProblem(root)).toBe('it is a folder or a device, not a file.');
    const pipe = join(root, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    expect(await fileProblem(pipe)).toBe('it is a folder or a device, not a file.');
    expect(await fileProblem(join(root, 'gone.txt'))).toBe('there is no such file.');
  });
});
