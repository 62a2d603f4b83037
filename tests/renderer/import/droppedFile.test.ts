import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../core/import/import-size';
import { droppedFile, importProblem } from '../../../renderer/import/droppedFile';

describe('a dropped file', () => {
  // One limit for a drop and File › Import…: 50 MB, said in the words main uses.
  it.each([
    ['story.txt', 10, null],
    ['Page.HTM', 10, null],
    ['word.docx', MAX_IMPORT_BYTES, null],
    ['word.docx', 20 * 1024 * 1024, null],
    ['budget.pdf', 10, '“budget.pdf” cannot be imported: Byline imports .txt, .html, .htm and .docx files.'],
    ['empty.txt', 0, '“empty.txt” cannot be imported: the file is empty.'],
    [
      'huge.html',
      MAX_IMPORT_BYTES + 1,
      '“huge.html” cannot be imported: it is larger than 50 MB, the most Byline imports.',
    ],
  ])('%s of %i bytes: %s', (name, size, problem) => {
    expect(importProblem(name, size)).toBe(problem);
  });

  it('is taken from a drag only when it carries files', () => {
    const file = { name: 'a.txt' } as File;
    expect(droppedFile({ types: ['Files'], files: [file] } as unknown as DataTransfer)).toBe(file);
    expect(droppedFile({ types: ['text/plain'], files: [] } as unknown as DataTransfer)).toBeNull();
    expect(droppedFile(null)).toBeNull();
  });
});
