// Importing one file as a new article: the reader is picked by the file's extension, or by its
// first bytes when the extension says nothing, and every way a file can be unfit is an Error
// whose message a reporter can act on. Nothing is written here: the caller places the article's
// file (importArticleFile, which the worker runs) or saves the article.
// This runs inside the import worker (run-import.ts), never on the app's main thread; a reader is
// loaded only when a file needs it, so a text import never loads jsdom.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../../../core/article/article';
import { articleFileFromImport, articleFromImport, type ImportContext } from '../../../core/import/build-article';
import type { ImportedFields } from '../../../core/import/imported';
import { readPageText } from '../../../core/import/page-text';
import { isTimeZone } from '../../../core/dates/zones';
import { fileProblem } from './importable-file';
import { MAX_TEXT_PARAGRAPHS } from './import-limits';
import { cannotImport, ImportRefusal, tooManyParagraphs } from './refusal';

export interface ImportOptions {
  /** The newsroom's IANA zone: a page's local dates and times are read in it. */
  timeZone: string;
  /** Now as an ISO instant (createdAt, savedAt); default the system clock. */
  now?: () => string;
  /** Ids for the article, its quotes and sources; default random UUIDs. */
  newId?: () => string;
}

type FileKind = 'text' | 'html' | 'docx';

const KIND_NAMES: Record<FileKind, string> = { text: 'web page text', html: 'HTML page', docx: 'Word document' };
const EXTENSIONS: Record<string, FileKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A refusal already worded for the reporter, with the file's name: passed on as it is. */
class Refusal extends Error {}

/** What the main thread needs of an import to place its file: the bytes, ready to write. */
export interface ImportedFile {
  id: string;
  slug: string;
  headline: string;
  bytes: Uint8Array;
}

export function importFile(path: string, options: ImportOptions): Promise<Article> {
  return imported(path, options, articleFromImport);
}

/** The file as a new article's file, refused when that would be too large to open. */
export function importArticleFile(path: string, options: ImportOptions): Promise<ImportedFile> {
  return imported(path, options, (fields, context) => {
    const { article, bytes } = articleFileFromImport(fields, context);
    return { id: article.id, slug: article.slug, headline: article.headline, bytes };
  });
}

async function imported<T>(
  path: string,
  options: ImportOptions,
  build: (fields: ImportedFields, context: ImportContext) => T,
): Promise<T> {
  const name = basename(path);
  if (!isTimeZone(options.timeZone))
    throw new Error(`"${options.timeZone}" is not a time zone: give an IANA name such as "Asia/Kabul".`);
  const refuse = (reason: string) => new Refusal(cannotImport(name, reason));
  try {
    const bytes = await readImportable(path, refuse);
    const kind = kindOf(name, bytes, refuse);
    const fields = await readFields(kind, bytes);
    const newId = options.newId ?? randomUUID;
    const now = options.now?.() ?? new Date().toISOString();
    return build(fields, {
      id: newId(),
      now,
      timeZone: options.timeZone,
      newId,
      origin: `${name} (${KIND_NAMES[kind]})`,
    });
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // A refusal a reader worded is passed on as it is; any other failure, with its first letter lowered.
    if (error instanceof ImportRefusal) throw refuse(error.message);
    throw refuse(error instanceof Error ? lowerFirst(error.message) : String(error));
  }
}

const lowerFirst = (message: string) => message.charAt(0).toLowerCase() + message.slice(1);

async function readImportable(path: string, refuse: (reason: string) => Error): Promise<Buffer> {
  const problem = await fileProblem(path);
  if (problem) throw refuse(problem);
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw refuse(`it cannot be read (${error.code ?? error.message}).`);
  });
}

function kindOf(name: string, bytes: Buffer, refuse: (reason: string) => Error): FileKind {
  const extension = extname(name).toLowerCase();
  if (extension === '.doc')
    throw refuse('Word 97–2003 (.doc) files cannot be read; save it as .docx in Word and import that.');
  const named = EXTENSIONS[extension];
  if (named) return named;
  // A .docx is a zip archive: it starts with "PK\3\4" whatever it is called.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'docx';
  const start = bytes.subarray(0, 1024).toString('latin1');
  if (/^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!doctype html|<html|<head|<body|<meta|<article)/i.test(start)) return 'html';
  return 'text';
}

async function readFields(kind: FileKind, bytes: Buffer): Promise<ImportedFields> {
  if (kind === 'docx') return (await import('./read-docx')).readDocx(bytes);
  // jsdom decodes a page in the character set its <meta charset> names, as a browser would; a page
  // that names none but is valid UTF-8 (as nearly every saved page is) is read as UTF-8 rather
  // than in the browser's legacy default, which would turn every "—" into "â€”".
  if (kind === 'html')
    return (await import('./read-html')).readHtmlPage(declaresCharset(bytes) ? bytes : (decodedUtf8(bytes) ?? bytes));
  if (bytes.includes(0)) throw new Error('it holds binary data, not text, HTML or a Word document.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('it is not UTF-8 text; save it as UTF-8 and import it again.');
  }
  const paragraphs = linesOfText(text);
  if (paragraphs > MAX_TEXT_PARAGRAPHS) throw tooManyParagraphs(paragraphs, MAX_TEXT_PARAGRAPHS, 'text files');
  return readPageText(text.replace(/^\uFEFF/, ''));
}

/** The lines holding any text: each becomes a paragraph. Counted before anything is built from them, without holding them. */
function linesOfText(text: string): number {
  const line = /\S[^\r\n]*/g;
  let count = 0;
  while (line.exec(text)) count++;
  return count;
}

/** Whether the page's first bytes name its character set (a byte order mark or <meta charset>). */
function declaresCharset(bytes: Buffer): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  return /<meta[^>]+charset\s*=/i.test(bytes.subarray(0, 4096).toString('latin1'));
}

function decodedUtf8(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
