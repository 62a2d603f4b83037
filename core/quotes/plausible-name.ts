// Whether words read as a speaker's name can be one. A cue's subject is read from a sentence, and a
// sentence can open with "On Wednesday" or "Just days after": never a source, in the editor's
// suggestion or in a source an import creates (issue 14: an import once made a source "On Wednesday").

import { WEEKDAYS } from './calendar-words';

// Words that open a clause or name a time, never a person or an organisation on their own.
const NOT_A_NAME = new Set([
  'on',
  'in',
  'at',
  'by',
  'for',
  'from',
  'during',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'since',
  'until',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'last',
  'this',
  'that',
  'next',
  'just',
  'but',
  'and',
  'or',
  'so',
  'the',
  'a',
  'an',
  'it',
  'there',
  'here',
  'then',
  'now',
  ...WEEKDAYS.split('|'),
  'earlier',
  'later',
  'meanwhile',
  'however',
  'also',
  'still',
  'asked',
  'speaking',
  'regarding',
  'concerning',
  'despite',
  'following',
  'according',
]);

/** False for a "name" that is only clause openers and time words ("On", "On Wednesday", "Just"). */
export function plausibleName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
  return words.length > 0 && !words.every((word) => NOT_A_NAME.has(word.replace(/[.,]$/u, '')));
}
