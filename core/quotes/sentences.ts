// Sentence edges inside a paragraph, so a speech cue is looked for only in the quotation's own sentence.

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'prof',
  'jr',
  'sr',
  'no',
  'inc',
  'corp',
  'co',
  'vs',
  'etc',
  'rev',
  'supt',
  'insp',
  'det',
  'cmdr',
  'adm',
  'maj',
  'pres',
]);

/** Whether the period at `at` ends a sentence rather than an abbreviation or an initial. */
function endsSentence(text: string, at: number): boolean {
  const char = text[at];
  if (char === '!' || char === '?') return true;
  if (char !== '.') return false;
  // "(D-Nev.)", "(R-Ore.)": a full stop closing a bracket ends an abbreviation, not the sentence.
  if (text[at + 1] === ')') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  if (word.includes('.')) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

// Before an opening mark, a company's "Corp." or "Inc." ends the sentence too ("… chief executive of
// Harbour Corp. “…”"); elsewhere it is only an abbreviation (ABBREVIATIONS). Callers of closesSentence
// always stand before an opening mark, which is why the rule lives here and not in endsSentence.
const COMPANY_END = /\b(?:Corp|Inc|Co)\.$/u;

/** Whether `text` ends with a finished sentence (“A,” she said. ), white space after it allowed. */
export function closesSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed !== '' && (endsSentence(trimmed, trimmed.length - 1) || COMPANY_END.test(trimmed));
}

const SENTENCE_END = /[.!?]+(?=[\s"”’)]|$)/gu;

/** The start of the sentence holding `at`, searching only in text[from, at). */
export function sentenceStart(text: string, from: number, at: number): number {
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match && match.index < at; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end < at && endsSentence(text, end - 1) && text.slice(end, at).trim() !== '') start = end;
  }
  return start;
}

/** The end of the sentence that goes on at `at`, searching only in text[at, to). */
export function sentenceEnd(text: string, at: number, to: number): number {
  SENTENCE_END.lastIndex = at;
  for (let match = SENTENCE_END.exec(text); match && match.index < to; match = SENTENCE_END.exec(text)) {
    if (endsSentence(text, match.index + match[0].length - 1)) return Math.min(to, match.index + match[0].length);
  }
  return to;
}
