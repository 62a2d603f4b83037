// Smart typography as the reporter types: curly quotes and apostrophes, dashes, ellipsis. The
// same rules turn the quotes of pasted text as if it had been typed (quotesAsTyped), so a
// pasted "quote" and a typed one end up alike.
import { Extension, InputRule } from '@tiptap/core';

export interface SmartTypographyOptions {
  /**
   * Read on every keystroke, so a settings switch takes effect without rebuilding the editor.
   * @default () => true
   */
  enabled: () => boolean;
}

// What may stand before an opening quote: the start of the block, a space, an opening
// bracket, a dash, another opening quote, or a hard break (which input rules see as "%leaf%").
const OPENS = String.raw`(?<=^|[\s([{<\u2014\u2013\-\u201C\u2018/]|%leaf%)`;
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
// Elisions that start with an apostrophe, not an opening quote: ’em, ’til, ’tis, ’twas.
const ELISIONS = String.raw`(?:em|til|tis|twas|cause)`;
// A URL or e-mail address being typed: its quotes and dashes are part of an address, not prose.
const ADDRESS = /(?:^|\s)(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*$|(?:^|\s)\S+@\S*$/i;

interface Replacement {
  /** Quote and apostrophe rules are the ones paste applies too. */
  quote: boolean;
  find: RegExp;
  /** The text that replaces the whole match (which includes the character just typed). */
  replace: (match: RegExpMatchArray) => string;
}

const RULES: Replacement[] = [
  // ’90s: a quote before digits is an apostrophe; fixed when the digit arrives.
  { quote: true, find: new RegExp(`${OPENS}\u2018(\\p{N})$`, 'u'), replace: (m) => `\u2019${m[1]}` },
  // rock ’n’ roll
  { quote: true, find: new RegExp(`${OPENS}\u2018n'$`, 'u'), replace: () => '\u2019n\u2019' },
  // ’em, ’til, ’tis: fixed when the word ends.
  {
    quote: true,
    find: new RegExp(`${OPENS}\u2018(${ELISIONS})([\\s.,;:!?])$`, 'iu'),
    replace: (m) => `\u2019${m[1]}${m[2]}`,
  },
  { quote: true, find: new RegExp(`${OPENS}"$`, 'u'), replace: () => '\u201C' },
  { quote: true, find: /"$/, replace: () => '\u201D' },
  { quote: true, find: new RegExp(`${OPENS}'$`, 'u'), replace: () => '\u2018' },
  // Closing single quote and apostrophe are the same character: don’t, O’Brien, boys’.
  { quote: true, find: /'$/, replace: () => '\u2019' },
  { quote: false, find: /--$/, replace: () => '\u2014' },
  // A spaced hyphen between words is a spaced en dash; 1990-95 and well-known stay as typed.
  { quote: false, find: new RegExp(`(?<=${WORD_CHAR}[\\p{P}]?) - $`, 'u'), replace: () => ' \u2013 ' },
  { quote: false, find: /\.\.\.$/, replace: () => '\u2026' },
];

const QUOTE_RULES = RULES.filter((rule) => rule.quote);
// How far back a rule looks: an address in progress ("https://…") is the longest; beyond it the
// text already written cannot change what a new character becomes.
const LOOKBACK = 256;

/**
 * Text with its straight quotes and apostrophes turned as the reporter's typing turns them,
 * character by character through the same rules; `before` is the text already in the paragraph.
 * Dashes and dots stay as written: a pasted "1990--95" or "..." is the writer's choice.
 */
export function quotesAsTyped(text: string, before = ''): string {
  if (!/["']/.test(text)) return text;
  let written = before.slice(-LOOKBACK);
  const start = written.length;
  let head = '';
  for (const char of text) {
    // A rule fires on a quote, or on what follows an opening single quote (’90s, ’til).
    const tail = written + char;
    written = tail;
    if (char === '"' || char === "'" || tail.slice(-8).includes('\u2018')) {
      for (const { find, replace } of QUOTE_RULES) {
        const match = find.exec(tail);
        if (!match || ADDRESS.test(tail.slice(0, match.index))) continue;
        written = tail.slice(0, match.index) + replace(match);
        break;
      }
    }
    if (written.length > LOOKBACK * 2) {
      const keep = written.length - LOOKBACK;
      head += written.slice(0, keep);
      written = written.slice(keep);
    }
  }
  return (head + written).slice(start);
}

export const SmartTypography = Extension.create<SmartTypographyOptions>({
  name: 'smartTypography',

  addOptions() {
    return { enabled: () => true };
  },

  addInputRules() {
    const { enabled } = this.options;
    return RULES.map(
      ({ find, replace }) =>
        new InputRule({
          find,
          handler: ({ state, range, match }) => {
            if (!enabled()) return null;
            const before = match.input?.slice(0, match.index) ?? '';
            if (ADDRESS.test(before)) return null;
            state.tr.insertText(replace(match), range.from, range.to);
          },
        }),
    );
  },
});
