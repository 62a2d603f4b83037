// The one way a file in the library is read. A name ending in .byline.json promises nothing: a
// named pipe would hold the thread that opens it until someone writes to it (Node has four such
// threads for all file work), a link to a device such as /dev/zero reads forever, and a stray file
// of gigabytes would be pulled into memory before any size check. So: open without waiting, ask
// the open file (not the name, which can change in between) what it is, refuse anything but a
// regular file, refuse one over the limit before reading, and never read more than the limit + 1.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { tooLargeProblem, type FileProblem } from '../../core/article/read';

export type BoundedRead =
  | { kind: 'read'; bytes: Uint8Array; size: number; mtimeMs: number }
  | { kind: 'refused'; problem: FileProblem; size: number; mtimeMs: number };

// Opening a named pipe for reading with O_NONBLOCK returns at once, writer or not. Windows has no
// such flag (nor pipes in a folder), so it reads as 0 there.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export const NOT_A_FILE: FileProblem = {
  code: 'UNREADABLE',
  message: 'This is a folder, a device or a named pipe, not an article file.',
};

interface ReadRequest {
  buffer: Uint8Array;
  offset: number;
}

/**
 * What to read, step by step, given what the open file says it is: each step asks for bytes at
 * `offset` into `buffer` and is answered with how many were read (0 at the end). Shared by the
 * two readers below, which differ only in waiting for the disk or not.
 */
function* readingPlan(info: Stats, maxBytes: number): Generator<ReadRequest, BoundedRead, number> {
  const { size, mtimeMs } = info;
  if (!info.isFile()) return { kind: 'refused', problem: NOT_A_FILE, size, mtimeMs };
  if (size > maxBytes) return { kind: 'refused', problem: tooLargeProblem(size, maxBytes), size, mtimeMs };
  // One byte more than the size, to notice a file that grew since; never more than limit + 1.
  let buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes)
        return { kind: 'refused', problem: tooLargeProblem(length, maxBytes), size: length, mtimeMs };
      const bigger = new Uint8Array(Math.min(maxBytes + 1, buffer.length * 2));
      bigger.set(buffer);
      buffer = bigger;
    }
    const read = yield { buffer, offset: length };
    if (read === 0) return { kind: 'read', bytes: buffer.subarray(0, length), size, mtimeMs };
    length += read;
  }
}

/** Reads `path` within `maxBytes`; throws what open throws (ENOENT, EACCES…), refuses what is not a regular file or is too large. */
export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(path, READ_FLAGS);
  try {
    const plan = readingPlan(await handle.stat(), maxBytes);
    let step = plan.next();
    while (!step.done) {
      const { buffer, offset } = step.value;
      step = plan.next((await handle.read(buffer, offset, buffer.length - offset, offset)).bytesRead);
    }
    return step.value;
  } finally {
    await handle.close();
  }
}

/** readBounded for the code that reads synchronously: the library list and the search workers. */
export function readBoundedSync(path: string, maxBytes: number): BoundedRead {
  const fd = openSync(path, READ_FLAGS);
  try {
    const plan = readingPlan(fstatSync(fd), maxBytes);
    let step = plan.next();
    while (!step.done) {
      const { buffer, offset } = step.value;
      step = plan.next(readSync(fd, buffer, offset, buffer.length - offset, offset));
    }
    return step.value;
  } finally {
    closeSync(fd);
  }
}

/** A refusal as an error, for readers whose callers expect bytes or a throw. */
export class RefusedFile extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.message);
    this.name = 'RefusedFile';
  }
}

/** The bytes of `path`, or a RefusedFile error naming why not. */
export function readBytesBoundedSync(path: string, maxBytes: number): Uint8Array {
  const read = readBoundedSync(path, maxBytes);
  if (read.kind === 'refused') throw new RefusedFile(read.problem);
  return read.bytes;
}
