// Smart typography as the reporter types: curly quotes and apostrophes, dashes, ellipsis.
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
  find: RegExp;
  /** The text that replaces the whole match (which includes the character just typed). */
  replace: (match: RegExpMatchArray) => string;
}

const RULES: Replacement[] = [
  // ’90s: a quote before digits is an apostrophe; fixed when the digit arrives.
  { find: new RegExp(`${OPENS}\u2018(\\p{N})$`, 'u'), replace: (m) => `\u2019${m[1]}` },
  // rock ’n’ roll
  { find: new RegExp(`${OPENS}\u2018n'$`, 'u'), replace: () => '\u2019n\u2019' },
  // ’em, ’til, ’tis: fixed when the word ends.
  {
    find: new RegExp(`${OPENS}\u2018(${ELISIONS})([\\s.,;:!?])$`, 'iu'),
    replace: (m) => `\u2019${m[1]}${m[2]}`,
  },
  { find: new RegExp(`${OPENS}"$`, 'u'), replace: () => '\u201C' },
  { find: /"$/, replace: () => '\u201D' },
  { find: new RegExp(`${OPENS}'$`, 'u'), replace: () => '\u2018' },
  // Closing single quote and apostrophe are the same character: don’t, O’Brien, boys’.
  { find: /'$/, replace: () => '\u2019' },
  { find: /--$/, replace: () => '\u2014' },
  // A spaced hyphen between words is a spaced en dash; 1990-95 and well-known stay as typed.
  { find: new RegExp(`(?<=${WORD_CHAR}[\\p{P}]?) - $`, 'u'), replace: () => ' \u2013 ' },
  { find: /\.\.\.$/, replace: () => '\u2026' },
];

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
