// Issue 10, items 3 and 14: `check`, `stamp` and `quotes` given a file that is not a plain article
// file of a sane size. Each must answer at once with exit 1 and the reason, read nothing it does
// not need, and change nothing: a 3 GB file is refused by its size before any of it is read, a
// named pipe nobody writes to is not waited on, and a link to the zero device is not read forever.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runByline } from '../fixtures/run-byline';

const THREE_GB = 3 * 1024 ** 3;

/** A command that hangs is killed after 20 s and shows up as a signal, not an exit code. */
const byline = (...args: string[]) => runByline(args, { timeoutMs: 20_000 });

const folder = () => mkdtempSync(join(tmpdir(), 'byline-odd-'));

/** A 3 GB file that takes no room: its size is all the commands may look at. */
function hugeFile(): string {
  const path = join(folder(), 'huge.byline.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, THREE_GB);
  closeSync(fd);
  return path;
}

function namedPipe(): string {
  const path = join(folder(), 'pipe.byline.json');
  execFileSync('mkfifo', [path]);
  return path;
}

function zeroDevice(): string {
  const path = join(folder(), 'zero.byline.json');
  symlinkSync('/dev/zero', path);
  return path;
}

const commands: [string, (file: string) => string[]][] = [
  ['check', (file) => ['check', file]],
  [
    'stamp',
    (file) => ['stamp', 'update', file, '--kind', 'update', '--note', 'Added the mayor’s reply.', '--tz', 'UTC'],
  ],
  ['quotes', (file) => ['quotes', file]],
];

describe.each(commands)('byline %s given an odd file', (_, argsFor) => {
  it('refuses a 3 GB file by its size, without reading it, and leaves it as it was', async () => {
    const file = hugeFile();
    const before = statSync(file);
    const run = await byline(...argsFor(file));
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(
      /^byline: .*huge\.byline\.json.*The file is 3072\.0 MB; articles larger than 16\.0 MB are not opened\.\n$/,
    );
    const after = statSync(file);
    expect({ size: after.size, mtimeMs: after.mtimeMs }).toEqual({ size: before.size, mtimeMs: before.mtimeMs });
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const run = await byline(...argsFor(namedPipe()));
    expect({ code: run.code, signal: run.signal, stdout: run.stdout }).toEqual({ code: 1, signal: null, stdout: '' });
    expect(run.stderr).toMatch(/pipe\.byline\.json.*a folder, a device or a named pipe, not an article file/);
  });

  it('refuses a link to the zero device instead of reading it forever', async () => {
    const run = await byline(...argsFor(zeroDevice()));
    expect({ code: run.code, signal: run.signal, stdout: run.stdout }).toEqual({ code: 1, signal: null, stdout: '' });
    expect(run.stderr).toMatch(/zero\.byline\.json.*a folder, a device or a named pipe, not an article file/);
  });
});
