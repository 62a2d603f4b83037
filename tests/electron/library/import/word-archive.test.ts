// The Word archive reader that stands between mammoth and a .docx: the archives writers really make
// (parts stored as they are, sizes in ZIP64 fields) read as before, and what is not a Word file
// says so in one sentence.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../electron/library/import/read-docx';
import { blockTexts } from '../../../core/import/fixtures';
import { zipArchive, type ZipEntry } from './zip-writer';

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function storyPart(entry: Partial<ZipEntry>): ZipEntry {
  return {
    name: 'word/document.xml',
    head: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>`,
    piece: paragraph('The council voted on Monday to rebuild the harbour wall.'),
    times: 2,
    tail: '</w:body></w:document>',
    ...entry,
  };
}

describe('reading a Word file’s archive', () => {
  it.each([
    ['stored rather than compressed', { stored: true }],
    ['with its sizes in ZIP64 fields', { zip64: true }],
    ['stored, with ZIP64 fields', { stored: true, zip64: true }],
  ])('reads parts %s', async (_name, how) => {
    const fields = await readDocx(await zipArchive([storyPart(how)]));

    expect(blockTexts(fields.body)).toEqual([
      'The council voted on Monday to rebuild the harbour wall.',
      'The council voted on Monday to rebuild the harbour wall.',
    ]);
  });

  it('refuses a password-protected Word file, which is not a zip archive at all, in one sentence', async () => {
    const protectedFile = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);

    await expect(readDocx(protectedFile)).rejects.toThrow(
      /^it is password-protected or in an older Word format; save it in Word as a \.docx without a password and import that\.$/,
    );
  });

  it('refuses a part that says it is smaller than it unpacks to, before mammoth reads it', async () => {
    const bomb = await zipArchive([storyPart({ times: 10_000, statedSize: 100 })]);

    await expect(readDocx(bomb)).rejects.toThrow(
      'it unpacks to more than its archive says (a "zip bomb"); Byline does not read it.',
    );
  });
});
