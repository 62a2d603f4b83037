// A saved page parsed into a document that has no window. jsdom gives a page parsed as a window's
// own (new JSDOM(html)) a whole window for each <iframe> and <frame> in it, about 30 ms and a few MB
// apiece, and refreshes the window's list of frames on every later change to the page (Readability
// makes thousands); it parses every <style> into a style sheet, rule by rule. A news page with 60
// ad frames took 11 to 18 s that way. A document made by DOMParser has no window: its frames stay
// plain elements that load nothing and its style sheets stay text, while its elements are the
// same, one for one, so Readability and cleaning decide exactly as before (an <iframe> still
// counts as an embed for Readability, and cleaning still drops it). Scripts run in neither.
import { JSDOM } from 'jsdom';

/**
 * jsdom reads a page's character set from its byte order mark or a <meta charset> within its
 * first 1,024 bytes (the HTML standard's prescan), else takes windows-1252, as a browser does.
 */
const SNIFFED_BYTES = 1024;

/** `html` as text, or as bytes in the character set the page names. */
export function pageDocument(html: string | Buffer): Document {
  // The window only lends its DOMParser. Given the page's first bytes, jsdom works out the
  // character set the whole page is in, exactly as it would given all of it.
  const { window } = new JSDOM(typeof html === 'string' ? '' : html.subarray(0, SNIFFED_BYTES));
  const text = typeof html === 'string' ? html : decoded(html, window.document.characterSet);
  // Another character set is parsed as before, as a window's page: Node's decoders for them
  // differ from a browser's (and jsdom's) in places.
  if (text === null) return new JSDOM(html).window.document;
  return new window.DOMParser().parseFromString(text, 'text/html');
}

/**
 * The bytes decoded as jsdom decodes them, in the character sets nearly every page is in: Node's
 * UTF-8 and UTF-16 decoders are the browser's, its windows-1252 is Latin-1 (the 32 codes from 0x80
 * differ: curly quotes, dashes, the euro), so that one is decoded here. Null for any other.
 */
function decoded(bytes: Buffer, characterSet: string): string | null {
  if (characterSet === 'UTF-8' || characterSet === 'UTF-16LE' || characterSet === 'UTF-16BE')
    return new TextDecoder(characterSet).decode(bytes);
  if (characterSet !== 'windows-1252') return null;
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252.charAt(c.charCodeAt(0) - 0x80));
}

// What windows-1252 has at 0x80 to 0x9F (the WHATWG Encoding Standard's index), one character a
// code; the five codes it leaves undefined stay as they are, as in a browser.
const WINDOWS_1252 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';
