// How the walk files and compares names (a surname, a key that ignores apostrophe style and letter
// case, a role's head word) and words the cue a resolved speaker is shown with: small pure helpers
// for people.ts.
import type { Gender, Subject } from './names';
import type { Speaker } from './named-people';
import { remembered } from './remembered';
import type { SpeakerCue } from './types';
import { MONTHS, WEEKDAYS } from './calendar-words';

const PRONOUN_WORDS = { male: 'he', female: 'she', plural: 'they', first: 'I' } as const;

/** The cue a resolved subject is shown with: the words the text used, and how they led to the speaker. */
export function cueOf(subject: Subject, speaker: Speaker): SpeakerCue {
  switch (subject.kind) {
    case 'pronoun':
      return { kind: 'pronoun', words: PRONOUN_WORDS[subject.gender] };
    case 'phrase':
      return speaker.name === subject.phrase
        ? { kind: 'unnamed', words: subject.phrase }
        : { kind: 'descriptor', words: subject.phrase };
    case 'name':
      return { kind: speaker.name === subject.name ? 'name' : 'part-name', words: subject.name };
  }
}

export const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
/** The surname a later mention uses: "Ruiz" for "Ana Ruiz Jr.". */
export const surnameOf = (name: string) => lastWord(name.replace(/\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/u, ''));
export const opposite = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');
export const firstWord = (name: string) => (name.includes(' ') ? name.slice(0, name.indexOf(' ')) : null);
/** The key a name is filed under: a straight apostrophe matches a curly one (O'Dowd, O’Dowd), and composed accents match combining ones. */
const spellings = new Map<string, string>();
export const spelling = (name: string) =>
  remembered(spellings, name, (key) => key.normalize('NFC').replace(/'/gu, '’'));
export const GLUED = /^(\p{Lu}\p{Ll}+)(\p{Lu}[\p{Ll}’'-]+)$/u;
export const CALENDAR = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})\\s`, 'iu');
/** A name compared without letter case: "Van Gaal" is the end of "Louis van Gaal". */
export const loose = (name: string) => spelling(name).toLocaleLowerCase();

// Descriptors repeat ("a spokeswoman" in every story): their parts are worked out once per distinct string.
const owners = new Map<string, string>();
/** "the city’s fire chief" is looked up as "fire chief". */
export const withoutOwner = (head: string) => remembered(owners, head, (key) => key.replace(/^\p{L}+[’']s\s+/u, ''));
const parts = new Map<string, { head: string; qualifiers: readonly string[] }>();
/** A role's last word, and the words before it that tell two people with that word apart. */
export const roleParts = (role: string) =>
  remembered(parts, role, (key) => {
    const words = key.split(' ');
    return { head: words[words.length - 1]!, qualifiers: words.slice(0, -1) };
  });

/** The one of `known` full names that ends with the words of `name`, letter case aside; null when none or several. */
export function onlyEndingIn(name: string, known: Iterable<string>): string | null {
  const tail = ` ${loose(name)}`;
  // A weekday or month run into a name ("Monday Ana Kovačević") is no longer name for "Ana Kovačević".
  const matches = [...known].filter((full) => loose(full).endsWith(tail) && !CALENDAR.test(full));
  // "Da Silva Moura" met at a sentence's start is the end of "Ricardo da Silva Moura": one person.
  const longest = matches.filter((full) => !matches.some((other) => loose(other).endsWith(` ${loose(full)}`)));
  return longest.length === 1 ? longest[0]! : null;
}
