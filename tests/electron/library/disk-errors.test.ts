// The words a reporter reads when the disk refuses: one table, with what a missing name means
// told apart for a save (its folder is gone) and a read (the file is gone).
import { describe, expect, it } from 'vitest';
import { diskReason, readReason, unreadableProblem } from '../../../electron/library/disk-errors';

const failed = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('disk error words', () => {
  it('says the same plain words for a refusal whether saving or reading', () => {
    expect(diskReason(failed('EACCES'))).toBe('permission was refused (EACCES)');
    expect(readReason(failed('EACCES'))).toBe('permission was refused (EACCES)');
    expect(readReason(failed('EIO'))).toBe('the disk reported a read/write error (EIO)');
  });

  it('tells a save whose folder is gone from a read whose file is gone', () => {
    expect(diskReason(failed('ENOENT'))).toBe('the folder no longer exists (ENOENT)');
    expect(readReason(failed('ENOENT'))).toBe('there is no such file (ENOENT)');
    expect(readReason(failed('EISDIR'))).toBe('it is a folder (EISDIR)');
  });

  it('keeps the system message of an error it has no words for, with its code', () => {
    expect(readReason(failed('EXDEV'))).toBe('EXDEV: raw message (EXDEV)');
    expect(readReason(new Error('no code at all'))).toBe('no code at all');
  });

  it('lists an unreadable library file with its reason in one sentence', () => {
    expect(unreadableProblem(failed('EACCES'))).toEqual({
      code: 'UNREADABLE',
      message: 'The file cannot be read: permission was refused (EACCES).',
    });
  });
});
