import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../../core/article/article';
import { importFile } from '../../../../electron/library/import/import-file';
import { seedText } from '../../../core/import/fixtures';
import { councilStory, writeDocx } from './docx-fixtures';
import { newsPage } from './news-page';

const folder = () => mkdtempSync(join(tmpdir(), 'byline-import-file-'));

function file(name: string, content: string | Buffer): string {
  const path = join(folder(), name);
  writeFileSync(path, content);
  return path;
}

describe('importing a file', () => {
  it('imports the seed text as a valid article, dated in the zone given, with ids and clock from the caller', async () => {
    let n = 0;
    const article = await importFile(file('seed.txt', seedText()), {
      timeZone: 'Europe/Berlin',
      now: () => '2026-03-01T09:00:00+01:00',
      newId: () => `new-id-${++n}`,
    });

    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({
      id: 'new-id-1',
      createdAt: '2026-03-01T09:00:00+01:00',
      publishedAt: null,
      updatedAt: null,
      // The page's "Last Updated On: February 18, 2021" is a day, waiting to be adopted or cleared.
      pageDates: { updated: { date: '2021-02-18', settled: null } },
    });
    expect(article.internalNote).toMatch(/^Imported from seed\.txt \(web page text\)\./);
  });

  it.each([
    ['a .txt file', 'story.txt', () => seedText(), 'web page text'],
    ['an .html page', 'story.html', () => newsPage(), 'HTML page'],
    ['HTML without an extension', 'story', () => newsPage(), 'HTML page'],
    ['text without an extension', 'story', () => seedText(), 'web page text'],
  ])('reads %s with the right reader', async (_name, name, content, kind) => {
    const article = await importFile(file(name, content()), { timeZone: 'UTC' });

    expect(article.internalNote).toContain(`${name} (${kind})`);
  });

  it('knows a .docx by its first bytes when its name does not say so', async () => {
    const docx = await writeDocx('council.docx', councilStory());
    const renamed = join(folder(), 'council.bin');
    writeFileSync(renamed, readFileSync(docx));

    const article = await importFile(renamed, { timeZone: 'UTC' });

    expect(article.headline).toBe('Council approves flood budget');
  });

  it('decodes a page in the character set it names', async () => {
    const latin1 = Buffer.from(
      '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head><body><h1>Caf\xe9 reopens</h1><p>The caf\xe9 on the square reopened on Monday after the floods.</p></body></html>',
      'latin1',
    );

    const article = await importFile(file('cafe.html', latin1), { timeZone: 'UTC' });

    expect(article.headline).toBe('Café reopens');
  });

  // Each as a browser reads it: windows-1252's curly quotes, dashes and euro sign are not Latin-1's
  // control codes, a byte order mark outranks <meta charset>, and character sets Node decodes
  // unlike a browser are read as jsdom reads them.
  it.each([
    ['windows-1252', 'windows-1252', '\x93Caf\xe9\x94 \x96 \x80 4', '“Café” – € 4'],
    ['latin1, which means windows-1252', 'iso-8859-1', '\x93Caf\xe9\x94 \x96 \x80 4', '“Café” – € 4'],
    ['Shift_JIS', 'Shift_JIS', '\x93\xfa\x96\x7b\x8c\xea', '日本語'],
    ['ISO-8859-7', 'iso-8859-7', '\xe1\xe8\xde\xed\xe1', 'αθήνα'],
  ])('decodes a page in %s', async (_, charset, written, read) => {
    const page = Buffer.from(
      `<html><head><meta charset="${charset}"><title>${written}</title></head><body><h1>${written}</h1><p>The story of ${written} in full.</p></body></html>`,
      'latin1',
    );

    const article = await importFile(file('page.html', page), { timeZone: 'UTC' });

    expect(article.headline).toBe(read);
    expect(article.body.content?.[0]?.content?.[0]?.text).toBe(`The story of ${read} in full.`);
  });

  it('decodes a page in UTF-16 by its byte order mark, whatever its <meta charset> says', async () => {
    const html =
      '<html><head><meta charset="windows-1252"><title>“Floods” — Kabul</title></head><body><h1>“Floods” — Kabul</h1><p>Rain fell.</p></body></html>';
    const page = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);

    const article = await importFile(file('page.html', page), { timeZone: 'UTC' });

    expect(article.headline).toBe('“Floods” — Kabul');
  });

  it('reads a page that names no character set as UTF-8 when it is valid UTF-8', async () => {
    const page = Buffer.from(
      '<html><head><title>Storm — harbour shut</title></head><body><h1>Storm — harbour shut</h1><p>The harbour closed at noon — the first time since 1987 — as the storm came in.</p></body></html>',
      'utf8',
    );

    const article = await importFile(file('storm.html', page), { timeZone: 'UTC' });

    expect(article.headline).toBe('Storm — harbour shut');
    expect(JSON.stringify(article.body)).not.toContain('â€”');
  });

  it.each([
    ['a missing file', () => join(folder(), 'gone.txt'), /^"gone\.txt" cannot be imported: there is no such file\.$/],
    ['a folder', () => folder(), /cannot be imported: it is a folder or a device, not a file\.$/],
    ['an empty file', () => file('empty.txt', ''), /^"empty\.txt" cannot be imported: the file is empty\.$/],
    [
      'binary data',
      () => file('photo', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10])),
      /^"photo" cannot be imported: it holds binary data/,
    ],
    [
      'text that is not UTF-8',
      () => file('old.txt', Buffer.from('Caf\xe9 reopens', 'latin1')),
      /^"old\.txt" cannot be imported: it is not UTF-8 text/,
    ],
    [
      'an old Word file',
      () => file('story.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])),
      /^"story\.doc" cannot be imported: Word 97–2003 \(\.doc\) files cannot be read; save it as \.docx/,
    ],
  ])('refuses %s with a clear message', async (_name, path, message) => {
    await expect(importFile(path(), { timeZone: 'UTC' })).rejects.toThrow(message);
  });

  it('refuses an unknown time zone before reading anything', async () => {
    await expect(importFile(join(folder(), 'gone.txt'), { timeZone: 'Mars/Olympus' })).rejects.toThrow(
      '"Mars/Olympus" is not a time zone: give an IANA name such as "Asia/Kabul".',
    );
  });

  it('writes nothing anywhere, even beside the file it reads', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'inside'));
    const path = join(dir, 'seed.txt');
    writeFileSync(path, seedText());

    await importFile(path, { timeZone: 'UTC' });

    expect(readdirSync(dir).sort()).toEqual(['inside', 'seed.txt']);
  });
  it.each([
    [
      'an og:title',
      (title: string) =>
        `<html><head><meta property="og:title" content="${title}"></head><body><article><p>The council met on Monday to vote on the harbour wall, and the vote went ahead.</p></article></body></html>`,
    ],
    [
      'a heading',
      (title: string) =>
        `<html><body><article><h1>${title}</h1><p>The council met on Monday to vote on the harbour wall, and the vote went ahead.</p></article></body></html>`,
    ],
  ])(
    'imports a page whose headline from %s is over 1,000 characters, the headline cut at a word',
    async (_name, page) => {
      const title = 'Harbour wall vote '.repeat(80).trim();

      const article = await importFile(file('long-title.html', page(title)), { timeZone: 'UTC' });

      expect(ArticleSchema.parse(article)).toEqual(article);
      expect(article.headline.length).toBeLessThanOrEqual(1000);
      expect(article.headline).toMatch(/^Harbour wall vote Harbour .*(?:Harbour|wall|vote)…$/);
      expect(article.internalNote).toMatch(/The headline was 1,439 characters long/);
    },
  );
});
