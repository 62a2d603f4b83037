// A Word file's zip archive, opened for mammoth within limits. The central directory is read first
// and a file whose parts say they unpack to too much is refused before anything is inflated; each
// part mammoth then reads is inflated with its stated size as a hard ceiling, so a zip bomb that
// understates its sizes is stopped at the first byte past them, and every XML part is measured
// (nesting, paragraphs) before mammoth parses it. Pictures are never inflated: Byline drops them.
import { inflateRawSync } from 'node:zlib';
import { counted, MAX_PAGE_ELEMENTS, MAX_WORD_PARTS, MAX_WORD_XML_BYTES, megabytes } from './import-limits';
import { xmlShape } from './markup-shape';
import { ImportRefusal, tooManyParagraphs } from './refusal';
import { refuseTooDeep } from './unfit-markup';

/** What mammoth reads a .docx through: its `file` input, the interface of its own zip reader. */
export interface WordArchive {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

interface Part {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Parts mammoth parses as XML: their sizes count against the limit; a picture's do not. */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

const damaged = (what: string) => new ImportRefusal(`it is not a Word document Byline can read (.docx): ${what}.`);

export function openWordArchive(bytes: Buffer): WordArchive {
  const parts = centralDirectory(bytes);
  let xmlBytes = 0;
  for (const [name, part] of parts) if (isXmlPart(name)) xmlBytes += part.size;
  if (xmlBytes > MAX_WORD_XML_BYTES) throw tooMuchXml(xmlBytes);
  let read = 0;
  let paragraphs = 0;
  return {
    exists: (name) => parts.has(name),
    async read(name, encoding) {
      const part = parts.get(name);
      if (!part) throw damaged(`the part ${name} is missing`);
      // Everything mammoth reads counts, whatever its name: a part named like a picture is no way round the limit.
      const content = contentOf(bytes, part, MAX_WORD_XML_BYTES - read);
      read += content.length;
      if (!encoding) return content;
      if (encoding === 'base64') return Buffer.from(content).toString('base64');
      const text = new TextDecoder(encoding).decode(content);
      const shape = xmlShape(text, 'w:p');
      if (shape.doctype) throw damaged(`the part ${name} declares a document type, which Word never writes`);
      refuseTooDeep(shape.deepest, 'Word document');
      paragraphs += shape.named;
      if (paragraphs > MAX_PAGE_ELEMENTS) throw tooManyParagraphs(paragraphs, MAX_PAGE_ELEMENTS, 'Word documents');
      return text;
    },
  };
}

function tooMuchXml(bytes: number): ImportRefusal {
  return new ImportRefusal(
    `its text and layout unpack to ${megabytes(bytes)}; Byline reads Word documents that unpack to at most ${megabytes(MAX_WORD_XML_BYTES)}.`,
  );
}

/** A part's bytes, never more than its stated size nor than what is left of the budget. */
function contentOf(bytes: Buffer, part: Part, budgetLeft: number): Uint8Array {
  if (part.flags & 1) throw damaged('it is encrypted');
  if (part.localOffset + 30 > bytes.length || bytes.readUInt32LE(part.localOffset) !== LOCAL_HEADER)
    throw damaged('a part of it is missing');
  const start =
    part.localOffset + 30 + bytes.readUInt16LE(part.localOffset + 26) + bytes.readUInt16LE(part.localOffset + 28);
  const data = bytes.subarray(start, start + part.compressedSize);
  if (data.length < part.compressedSize) throw damaged('it is cut off');
  if (part.method !== STORED && part.method !== DEFLATED) throw damaged('it is compressed in a way Word never uses');
  const ceiling = Math.min(part.size, budgetLeft);
  const content = part.method === STORED ? data : inflated(data, ceiling);
  if (content !== 'over' && content.length <= ceiling) return content;
  if (ceiling < part.size)
    throw new ImportRefusal(
      `its text and layout unpack to more than ${megabytes(MAX_WORD_XML_BYTES)}; Byline reads no Word document larger.`,
    );
  throw new ImportRefusal('it unpacks to more than its archive says (a "zip bomb"); Byline does not read it.');
}

/** Inflated, stopping at one byte past the ceiling: "exactly the stated size" is told from "more than stated". */
function inflated(data: Uint8Array, ceiling: number): Uint8Array | 'over' {
  try {
    return inflateRawSync(data, { maxOutputLength: ceiling + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    throw damaged('a part of it is damaged');
  }
}

function centralDirectory(bytes: Buffer): Map<string, Part> {
  const end = endOfDirectory(bytes);
  const parts = new Map<string, Part>();
  let at = end.directoryOffset;
  const directoryEnd = end.directoryOffset + end.directorySize;
  if (directoryEnd > bytes.length) throw damaged('it is cut off');
  while (at < directoryEnd) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw damaged('its list of parts is damaged');
    if (parts.size >= MAX_WORD_PARTS)
      throw new ImportRefusal(
        `its archive has more than ${counted(MAX_WORD_PARTS)} parts, which no Word document has.`,
      );
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const part: Part = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    withZip64Sizes(part, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    if (!parts.has(name)) parts.set(name, part);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Sizes and offsets too large for 32 bits are in the ZIP64 extra field, in this order. */
function withZip64Sizes(part: Part, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
      if (part[key] !== 0xffffffff || field + 8 > extra.length) continue;
      part[key] = Number(extra.readBigUInt64LE(field));
      field += 8;
    }
  }
}

function endOfDirectory(bytes: Buffer): { directoryOffset: number; directorySize: number } {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const directorySize = bytes.readUInt32LE(at + 12);
    const directoryOffset = bytes.readUInt32LE(at + 16);
    if (directoryOffset !== 0xffffffff && directorySize !== 0xffffffff) return { directoryOffset, directorySize };
    const locator = at - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_END_LOCATOR) throw damaged('its list of parts is damaged');
    const zip64 = Number(bytes.readBigUInt64LE(locator + 8));
    if (zip64 + 56 > bytes.length || bytes.readUInt32LE(zip64) !== ZIP64_END)
      throw damaged('its list of parts is damaged');
    return {
      directorySize: Number(bytes.readBigUInt64LE(zip64 + 40)),
      directoryOffset: Number(bytes.readBigUInt64LE(zip64 + 48)),
    };
  }
  // Word saves a password-protected document in another container, which starts with these bytes.
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new ImportRefusal(
      'it is password-protected or in an older Word format; save it in Word as a .docx without a password and import that.',
    );
  }
  throw damaged('it is not a zip archive');
}
