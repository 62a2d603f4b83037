import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../../core/ipc/contract';
import { droppedFile, importProblem, toBase64 } from '../../../renderer/import/droppedFile';

describe('a dropped file', () => {
  it.each([
    ['story.txt', 10, null],
    ['Page.HTM', 10, null],
    ['word.docx', IMPORT_MAX_BYTES, null],
    ['budget.pdf', 10, '“budget.pdf” cannot be imported: Byline imports .txt, .html, .htm and .docx files.'],
    ['empty.txt', 0, '“empty.txt” cannot be imported: the file is empty.'],
    ['huge.html', IMPORT_MAX_BYTES + 1, '“huge.html” cannot be imported: it is larger than 16 MB.'],
  ])('%s of %i bytes: %s', (name, size, problem) => {
    expect(importProblem(name, size)).toBe(problem);
  });

  it('travels as base64 that decodes to the same bytes, also past one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);
    expect(Uint8Array.from(atob(toBase64(bytes)), (char) => char.charCodeAt(0))).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('is taken from a drag only when it carries files', () => {
    const file = { name: 'a.txt' } as File;
    expect(droppedFile({ types: ['Files'], files: [file] } as unknown as DataTransfer)).toBe(file);
    expect(droppedFile({ types: ['text/plain'], files: [] } as unknown as DataTransfer)).toBeNull();
    expect(droppedFile(null)).toBeNull();
  });
});
