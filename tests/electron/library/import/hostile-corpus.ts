// The hostile-input corpus of issue 10, generated on the spot (nothing big is committed): the files
// that ran the import out of memory, hung it or overflowed its stack, plus zip bombs and deep
// nesting for Word files and web pages, and the largest files the import accepts (a story of
// 25,000 quotations, long news pages full of ad frames). Each says what a reporter should get:
// the article, or a refusal in one sentence.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LONG_PAGE_HEADLINE, longNewsPage } from './long-news-page';
import { zipArchive, type ZipEntry } from './zip-writer';

export interface ImportedShape {
  headline: string;
  paragraphs: number;
  sources: number;
  quotations: number;
}

export interface HostileFile {
  name: string;
  /** What the file is, for a failing test's message. */
  what: string;
  /** The article the file must become (its headline, paragraphs, sources, marked quotations), or a pattern its refusal matches. */
  expected: ImportedShape | RegExp;
}

const QUOTATION = '"We will act," said Jane Doe, the mayor.';
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NS}"><w:body>`;
const DOCUMENT_TAIL = '</w:body></w:document>';
const LINE = '<w:p><w:r><w:t>One line of the list.</w:t></w:r></w:p>';

/** A Word file whose only part is word/document.xml (mammoth needs no more), body as given. */
function wordFile(body: Omit<ZipEntry, 'name'>): Promise<Buffer> {
  return zipArchive([
    {
      name: 'word/document.xml',
      ...body,
      head: DOCUMENT_HEAD + (body.head ?? ''),
      tail: (body.tail ?? '') + DOCUMENT_TAIL,
    },
  ]);
}

/** Enough copies of `piece` to make about `bytes` bytes. */
const timesFor = (piece: string, bytes: number) => Math.ceil(bytes / Buffer.byteLength(piece));

const MB = 1024 * 1024;

const quotationStory = (bytes: number) =>
  `Mayor promises action\n\n${`${QUOTATION}\n\n`.repeat(timesFor(`${QUOTATION}\n\n`, bytes))}`;

interface Recipe extends HostileFile {
  bytes: () => Promise<Buffer> | Buffer | string;
}

const RECIPES: Recipe[] = [
  {
    name: 'quotations.txt',
    // Import settles no speaker the measured calibration would only ask about (core/quotes/calibration.ts), so no
    // quotation is marked; marked, this story's article would be 30 MB and refused (tests/core/import/article-file.test.ts).
    what: 'item 1: 2 MB of web page text, one quotation per short paragraph, each speaker left to confirm',
    expected: { headline: 'Mayor promises action', paragraphs: 49_933, sources: 0, quotations: 0 },
    bytes: () => quotationStory(2 * MB),
  },
  {
    name: 'quotations-1mb.txt',
    what: 'item 1 at half the size: 1 MB of the same story, 24,967 quotations left to confirm',
    expected: { headline: 'Mayor promises action', paragraphs: 24_967, sources: 0, quotations: 0 },
    bytes: () => quotationStory(MB),
  },
  {
    name: 'quotations.html',
    what: 'item 1: a 1 MB page, one attributed quotation per paragraph',
    expected: /the page has 21,852 HTML elements; Byline reads pages of up to 20,000\./,
    bytes: () =>
      `<!doctype html><html><head><title>Mayor promises action</title></head><body><article><h1>Mayor promises action</h1>${`<p>${QUOTATION}</p>\n`.repeat(timesFor(`<p>${QUOTATION}</p>\n`, MB))}</article></body></html>`,
  },
  {
    name: 'lines-40000.docx',
    what: 'item 2: a Word file of 40,000 one-line paragraphs',
    expected: /it has 40,000 paragraphs; Byline imports Word documents of up to 20,000\./,
    bytes: () => wordFile({ piece: LINE, times: 40_000 }),
  },
  {
    name: 'xml-20mb.docx',
    what: 'item 2: a 60 KB Word file whose XML is 20 MB',
    expected: /its text and layout unpack to 20 MB; Byline reads Word documents that unpack to at most 16 MB\./,
    bytes: () => wordFile({ piece: LINE, times: timesFor(LINE, 20 * MB) }),
  },
  {
    name: 'xml-200mb.docx',
    what: 'item 2: a 600 KB Word file whose XML is 200 MB (a zip bomb)',
    expected: /its text and layout unpack to 200 MB; Byline reads Word documents that unpack to at most 16 MB\./,
    bytes: () => wordFile({ piece: LINE, times: timesFor(LINE, 200 * MB) }),
  },
  {
    name: 'lying-sizes.docx',
    what: 'a zip bomb whose directory says its XML is 1 KB when it is 200 MB',
    expected: /it unpacks to more than its archive says \(a "zip bomb"\); Byline does not read it\./,
    bytes: () => wordFile({ piece: LINE, times: timesFor(LINE, 200 * MB), statedSize: 1024 }),
  },
  {
    name: 'nested-5000.docx',
    what: 'a Word file with content controls nested 5,000 deep',
    expected: /its elements are nested more than 200 levels deep; Byline reads no Word document nested deeper\./,
    bytes: () =>
      wordFile({
        head: '<w:sdt><w:sdtContent>'.repeat(5000),
        piece: LINE,
        times: 1,
        tail: '</w:sdtContent></w:sdt>'.repeat(5000),
      }),
  },
  {
    name: 'breaks.html',
    what: 'item 2: 1 MB of a<br>',
    expected: /the page has 209,716 HTML elements; Byline reads pages of up to 20,000\./,
    bytes: () => 'a<br>'.repeat(timesFor('a<br>', MB)),
  },
  {
    name: 'breaks-5000.html',
    what: 'item 2, within the limits: 5,000 lines of a<br>, where Readability on jsdom is quadratic (24 s at 4,000)',
    expected: { headline: '', paragraphs: 1, sources: 0, quotations: 0 },
    bytes: () => 'a<br>'.repeat(5000),
  },
  {
    name: 'sections-8000.html',
    what: '8,000 sections of one paragraph each, where Readability on jsdom is quadratic (6 s)',
    expected: { headline: 'Harbour wall', paragraphs: 8000, sources: 0, quotations: 0 },
    bytes: () =>
      `<html><head><title>Harbour wall</title></head><body>${'<div><p>The council spoke about the harbour wall again.</p></div>'.repeat(8000)}</body></html>`,
  },
  {
    name: 'news-600.html',
    what: 'a news page of 600 paragraphs and 4,619 elements with 60 ad frames, each of which made jsdom build a window (11 to 18 s)',
    expected: { headline: LONG_PAGE_HEADLINE, paragraphs: 624, sources: 0, quotations: 0 },
    bytes: () => longNewsPage(600),
  },
  {
    name: 'news-3800.html',
    what: 'a news page of 3,800 paragraphs: 19,787 elements, just under the most a page may have, with 380 ad frames',
    expected: { headline: LONG_PAGE_HEADLINE, paragraphs: 3954, sources: 0, quotations: 0 },
    bytes: () => longNewsPage(3800),
  },
  {
    name: 'nested-5000.html',
    what: 'item 2: 5,000 nested <div>s',
    expected: /its elements are nested more than 200 levels deep; Byline reads no page nested deeper\./,
    bytes: () => `<!doctype html><html><body>${'<div>'.repeat(5000)}The story.${'</div>'.repeat(5000)}</body></html>`,
  },
  {
    name: 'nested-200000.html',
    what: '200,000 nested <span>s, never closed',
    expected: /its elements are nested more than 200 levels deep/,
    bytes: () => `<!doctype html><html><body><p>${'<span>'.repeat(200_000)}The story.</p></body></html>`,
  },
  {
    name: 'misnested-5000.html',
    what: 'nesting hidden by misnested tags: <b><div>…</b> 5,000 times, which the parser nests 5,000 deep',
    expected: /its elements are nested more than 200 levels deep/,
    bytes: () => `<!doctype html><html><body>${'<b><div>The story. </b>'.repeat(5000)}</body></html>`,
  },
  {
    name: 'many-parts.docx',
    what: 'a zip archive of 6,000 parts',
    expected: /its archive has more than 5,000 parts, which no Word document has\./,
    bytes: () => zipArchive(Array.from({ length: 6000 }, (_, n) => ({ name: `word/part${n}.xml`, head: '<a/>' }))),
  },
  {
    name: 'entities.docx',
    what: 'a "billion laughs": XML entities that expand to gigabytes',
    expected: /declares a document type, which Word never writes\./,
    bytes: () =>
      zipArchive([
        {
          name: 'word/document.xml',
          head: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "${'ha'.repeat(50)}">${Array.from({ length: 9 }, (_, n) => `<!ENTITY ${String.fromCharCode(98 + n)} "${`&${String.fromCharCode(97 + n)};`.repeat(10)}">`).join('')}]>`,
          tail: `<w:document xmlns:w="${WORD_NS}"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>`,
        },
      ]),
  },
];

/** The corpus: what each file is and what a reporter should get. */
export const HOSTILE_FILES: readonly HostileFile[] = RECIPES.map(({ bytes: _bytes, ...file }) => file);

/** Writes the corpus into `folder`. */
export async function writeHostileCorpus(folder: string): Promise<void> {
  for (const { name, bytes } of RECIPES) await writeFile(join(folder, name), await bytes());
}
