// What a descriptor's words say of the person behind them: whether they are words for a person at
// all ("the Kiwi", "the 34-year-old", "the former minister", not "the dream"), and the gender an
// unnamed source's words give them ("one man", "a spokeswoman"), so a "he said" in the next
// paragraph can be that source and a "she said" cannot.
import { isDemonym } from './demonyms';
import type { Gender } from './names';
import { GENERIC_PLURALS, ROLE_ACRONYMS } from './group-words';
import { TITLE_WORDS } from './speaker-words';
import { wordSet } from './word-list';

const MALE = /\b(?:man|men|boy|father|son|husband|brother|uncle|grandfather|gentleman|\p{L}+man|\p{L}+men)$/iu;
const FEMALE =
  /\b(?:woman|women|girl|mother|daughter|wife|widow|sister|aunt|grandmother|lady|\p{L}+woman|\p{L}+women)$/iu;

/** "one man" is male, "a spokeswoman" female, "a spokesperson" or "a resident" either. */
export function phraseGender(phrase: string): Gender | null {
  if (FEMALE.test(phrase)) return 'female';
  return MALE.test(phrase) ? 'male' : null;
}

// People a story quotes without a name whose word has no telling ending.
const PEOPLE_WORDS = wordSet(`
  source police witness friend neighbour neighbor relative family victim mother father child children boy girl wife husband son daughter brother sister aunt uncle local fan resident official expert critic people aide staff crowd colleague associate guest pupil parent nurse doctor judge jury chief head boss coach captain skipper teen youth kid baby mum mom dad widow survivor
`);
/** "witnesses" → "witness", "officials" → "official"; other words as they are. */
const singular = (word: string) => word.replace(/(?<=ss|sh|ch|x)es$|(?<!s)s$/u, '');

// Endings of words for what people do or are: player, director, scientist, politician, defendant, student, trainee.
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|one)$/u;

/**
 * Whether a descriptor's head (lowercased; `written` is the phrase as the text gave it) is a word for a person: 'origin' for a nationality or an age (which
 * any described person may also have), 'job' for anything else a person is; null for other nouns.
 */
export function personNoun(head: string, written = head): 'origin' | 'job' | null {
  // "spokesman for the city council": the person is the noun before what they speak for.
  const words = head.split(/\s+(?:for|at|from|with|of|in|on|to)\s+/u)[0]!.split(' ');
  const last = singular(words[words.length - 1]!);
  // A nationality by its ending only as written, capital and all: "the Kuwaiti", never "the taxi".
  const asWritten = written.slice(written.lastIndexOf(' ') + 1);
  if (isDemonym(head) || isDemonym(last) || isDemonym(asWritten) || /^\d{1,3}-year-old$/u.test(last)) return 'origin';
  if (
    TITLE_WORDS.has(last) ||
    ROLE_ACRONYMS.has(last.toUpperCase()) ||
    PERSON_ENDING.test(last) ||
    PEOPLE_WORDS.has(last) ||
    GENERIC_PLURALS.has(words[words.length - 1]!)
  )
    return 'job';
  return null;
}
