// Escaping by context for exported HTML: text, attribute values and JSON inside <script>.
// One pass over the characters each, with no work at all for the common string that needs none,
// because an export escapes every text run of every article.
//
// Besides the markup characters, code points HTML forbids in a document (C0 and C1 controls
// other than whitespace, noncharacters, lone surrogates) are taken out: browsers tolerate them,
// but the validator counts each as an error and a reader never sees them anyway.

const DROP = '';
const LONE_SURROGATE = '\uFFFD';

/**
 * What each code below U+00A0 becomes: `changes` flags the codes to look at (a byte array, so
 * the hot loop reads it without a call or a hole check), `into` holds what they become.
 */
interface AsciiTable {
  changes: Uint8Array;
  into: string[];
}

function asciiTable(markup: Record<string, string>): AsciiTable {
  const table: AsciiTable = { changes: new Uint8Array(0xa0), into: new Array<string>(0xa0).fill(DROP) };
  for (let code = 0; code < 0xa0; code++) {
    const whitespace = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !whitespace) || code >= 0x7f) table.changes[code] = 1;
  }
  for (const [char, entity] of Object.entries(markup)) {
    table.changes[char.charCodeAt(0)] = 1;
    table.into[char.charCodeAt(0)] = entity;
  }
  return table;
}

const TEXT = asciiTable({ '&': '&amp;', '<': '&lt;', '>': '&gt;' });
const ATTRIBUTE = asciiTable({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' });
const FORBIDDEN_ONLY = asciiTable({});

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * What the character at `index` becomes, or undefined to keep it. An astral character is looked
 * at as a pair, from its high half; a low half is only ever changed when it stands alone.
 */
function replacementAt(value: string, index: number, code: number, table: AsciiTable): string | undefined {
  if (code < 0xa0) return table.changes[code] === 1 ? table.into[code] : undefined;
  if (code < 0xd800) return undefined;
  if (isHighSurrogate(code)) {
    const next = value.charCodeAt(index + 1);
    if (!isLowSurrogate(next)) return LONE_SURROGATE;
    // U+1FFFE, U+1FFFF … U+10FFFF: the last two code points of every plane are noncharacters.
    return (next & 0x3fe) === 0x3fe && (code & 0x3f) === 0x3f ? DROP : undefined;
  }
  if (isLowSurrogate(code)) return isHighSurrogate(value.charCodeAt(index - 1)) ? undefined : LONE_SURROGATE;
  if ((code >= 0xfdd0 && code <= 0xfdef) || code >= 0xfffe) return DROP;
  return undefined;
}

function escapeWith(value: string, table: AsciiTable): string {
  const changes = table.changes;
  let out = '';
  let start = 0;
  const length = value.length;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    // Most characters in a story are plain letters: decide them without a call.
    if (code < 0xa0 ? changes[code] === 0 : code < 0xd800) continue;
    const replacement = replacementAt(value, index, code, table);
    if (replacement === undefined) continue;
    out += value.slice(start, index) + replacement;
    // A dropped astral noncharacter takes its low half with it.
    const width = replacement === DROP && isHighSurrogate(code) ? 2 : 1;
    start = index + width;
    index += width - 1;
  }
  return start === 0 ? value : out + value.slice(start);
}

/** Text content, including <title>: & < > as entities. */
export function escapeText(value: string): string {
  return escapeWith(value, TEXT);
}

/** A double-quoted attribute value: & < > " as entities. */
export function escapeAttribute(value: string): string {
  return escapeWith(value, ATTRIBUTE);
}

const hex4 = (code: number) => '\\u' + code.toString(16).padStart(4, '0');

/**
 * JSON safe inside <script type="application/ld+json">. JSON.stringify leaves < > & U+2028 and
 * U+2029 as they are, so "</script>" in a headline would end the script; written as \u escapes
 * they mean the same to JSON.parse. Forbidden code points are escaped the same way, so the data
 * keeps every character and the document stays valid.
 */
export function scriptJson(data: unknown): string {
  const json = JSON.stringify(data);
  let out = '';
  let start = 0;
  for (let index = 0; index < json.length; index++) {
    const code = json.charCodeAt(index);
    const markup = code === 0x3c || code === 0x3e || code === 0x26 || code === 0x2028 || code === 0x2029;
    if (!markup && replacementAt(json, index, code, FORBIDDEN_ONLY) === undefined) continue;
    out += json.slice(start, index) + hex4(code);
    // An astral noncharacter is escaped as both of its halves.
    if (isHighSurrogate(code)) out += hex4(json.charCodeAt(++index));
    start = index + 1;
  }
  return start === 0 ? json : out + json.slice(start);
}
