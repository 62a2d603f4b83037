// Reading a speaker phrase: a pronoun, a name with its title ("NATO Secretary General Jens
// Stoltenberg"), an organisation ("NATO"), or an unnamed source's noun phrase ("a spokeswoman").
import { isDemonym, isNationality } from './demonyms';
import { givenNameGender } from './given-names';
import type { RawCue } from './speech-cues';
import { CUE_VERBS } from './speech-verbs';
import { GENERIC_ORGANISATION, GENERIC_PLURALS, ORGANISATION_WORDS, ROLE_ACRONYMS } from './group-words';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES, POSSESSIVE, POST_NOMINALS, TITLE_WORDS } from './speaker-words';
import { MONTHS, WEEKDAYS } from './calendar-words';

export type Gender = 'male' | 'female';

export type Subject =
  | { kind: 'pronoun'; gender: Gender | 'plural' | 'first' }
  | {
      kind: 'name';
      name: string;
      title: string | null;
      role: string | null;
      organisation: boolean;
      gender: Gender | null;
    }
  | { kind: 'phrase'; phrase: string; head: string; organisation: boolean };

const NAME_PARTICLES = new Set([
  'ter',
  'ten',
  'di',
  'los',
  'las',
  'della',
  'do',
  'das',
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'dos',
  'del',
  'of',
  'and',
  'for',
]);
// A statement is never the speaker; neither are the things words are written on ("a banner reading …").
const DOCUMENT =
  /^(?:statement|statements|release|post|letter|report|filing|email|memo|tweet|interview|document|communique|communiqué|banner|banners|sign|signs|poster|posters|placard|placards|slogan|graffiti|headline|leaflet|leaflets|notice)$/u;
const DETERMINERS = /^(a|an|the|one|another|two|three|four|several|some|many|its|his|her|their)$/iu;
const PRONOUNS: Record<string, Subject> = {
  he: { kind: 'pronoun', gender: 'male' },
  she: { kind: 'pronoun', gender: 'female' },
  they: { kind: 'pronoun', gender: 'plural' },
  i: { kind: 'pronoun', gender: 'first' },
  we: { kind: 'pronoun', gender: 'first' },
};

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || /^(al|el)-\p{Lu}/u.test(word);
const isNameWord = (word: string) => isCapitalised(word) || NAME_PARTICLES.has(word.toLowerCase());
const isAcronym = (word: string) => /^\p{Lu}{2,}s?$/u.test(word);

const MAX_SUBJECT_WORDS = 9;
// Offices that are never a surname, so a capitalised run ending in one is a role ("Congress President").
const OFFICES =
  /^(?:President|Minister|Secretary|Premier|Governor|Chairman|Chairwoman|Chairperson|Spokesman|Spokeswoman|Spokesperson|Commissioner|Director|Coach|Manager|Captain|Skipper|Senator|Mayor|Councillor|MP|MLA|CEO|CM)$/u;
const SILK = /^(?:KC|QC|SC)$/u;

// Words that make the text before a name a clause, not a role ("and that the Alliance said").
const CLAUSE_WORDS =
  /^(and|that|but|or|when|as|if|which|who|to|of|in|on|at|with|for|from|by|is|was|are|were|has|had|have|will|would|not|it|this|there|what|while|after|before|because|than)$/iu;

// Words that open a sentence without being part of the speaker ("But Stoltenberg said").
const CONNECTORS =
  /^(but|and|yet|so|then|still|however|meanwhile|also|now|later|instead|earlier|here|there|as|while)$/iu;

// A clause opening with one of these holds its subject after it ("after the Prime Minister said").
const SUBORDINATORS = /^(?:after|before|when|because|since|although|though|until|once|whereas|where)$/iu;

// A time phrase opening the sentence ("On Monday Ana Ruiz said") is not part of the speaker's name.
const TIME_OPENER = /^(?:on|in|at|by|during|early|late|last|this|next|since|until|before|after)$/iu;
const TIME_WORD = new RegExp(
  `^(?:${WEEKDAYS}|${MONTHS}|morning|afternoon|evening|night|week|weekend|month|year|\\d{1,4}(?:st|nd|rd|th)?)[’']?s?$`,
  'iu',
);

// A weekday or month after the speaker ("Opposition BNP Wednesday alleged") says when, not who.
const TRAILING_DAY = new RegExp(`^(?:${WEEKDAYS}|yesterday|today|tonight)$`, 'iu');

// "Late on Thursday the Norrland Ferry Company", "At 9 a.m. on Wednesday, the council": when, then who.
const LEADING_TIME = new RegExp(
  `^(?:(?:late|early|later|earlier|speaking)\\s+)?(?:(?:on|at|by|in|during|this|last|next)\\s+)?(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\s+(?:on\\s+)?)?(?:${WEEKDAYS}|morning|afternoon|evening|night|weekend)\\b,?\\s+`,
  'iu',
);

const TIME_START = new RegExp(
  `^(?:late|early|later|earlier|speaking|on|at|by|in|during|this|last|next|\\d.*|${WEEKDAYS}|morning|afternoon|evening|night|weekend)$`,
  'iu',
);

function dropTimePhrase(words: string[]): void {
  const time = words.length > 1 && TIME_START.test(words[0]!) ? LEADING_TIME.exec(words.join(' ')) : null;
  if (time && words.length > time[0].trim().split(/\s+/u).length) words.splice(0, time[0].trim().split(/\s+/u).length);
  while (words.length > 1 && TRAILING_DAY.test(words[words.length - 1]!)) {
    words.pop();
    // "President Samuel Kiprop on Sunday": the "on" goes with the day.
    if (words.length > 1 && /^(?:on|last|this|early|late)$/iu.test(words[words.length - 1]!)) words.pop();
  }
  if (words.length < 3 || !TIME_OPENER.test(words[0]!) || !TIME_WORD.test(words[1]!)) return;
  words.shift();
  while (words.length > 2 && TIME_WORD.test(words[0]!)) words.shift();
}

/** "Tomas Berg and Ingrid Holm": two full names joined by "and" are two speakers, so no one of them is meant. */
function namesTwoPeople(words: readonly string[]): boolean {
  const and = words.indexOf('and');
  if (and < 2 || and + 2 >= words.length) return false;
  // "Vice President and General Counsel Beatriz Montenegro": titles joined by "and", one person.
  const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase());
  if (isTitle(words[and - 1]!) || isTitle(words[and + 1]!) || isTitle(words[and + 2]!)) return false;
  const around = [words[and - 2]!, words[and - 1]!, words[and + 1]!, words[and + 2]!];
  return (
    around.every(isCapitalised) && !around.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()) || isAcronym(word))
  );
}

/**
 * "Kofi Mensah of the University of Ghana", "Holm of Berg": where the words before "of" are a person's
 * name, the speaker ends there and the rest is where they are from or whom they spoke of. The index
 * of that "of", or -1 ("Bank of England", "Secretary of State", "Friends of the Earth" stay whole).
 */
function personBeforeOf(words: readonly string[]): number {
  const of = words.indexOf('of');
  if (of < 1) return -1;
  // Only the capitalised run right before "of" can be the name: "Industry analyst Tobias Rahimi of …".
  let runStart = of;
  while (runStart > 0 && isCapitalised(words[runStart - 1]!)) runStart--;
  // "Sen. John Cornyn of Texas": the title opening the run is not part of the name.
  while (runStart < of - 1 && TITLE_WORDS.has(words[runStart]!.toLowerCase().replace(/\.$/u, ''))) runStart++;
  const before = words.slice(runStart, of);
  if (before.length === 0) return -1;
  const head = words[of - 1]!.toLowerCase();
  if (
    !before.every(isCapitalised) ||
    ORGANISATION_WORDS.has(head) ||
    TITLE_WORDS.has(head) ||
    before.some((word) => TITLE_WORDS.has(word.toLowerCase()))
  )
    return -1;
  // One word before "of" is a name only when a name follows it, not "the …".
  return before.length >= 2 || isCapitalised(words[of + 1] ?? '') ? of : -1;
}

/** Reads a cue's speaker phrase; null when it does not look like one (a clause, a long description). */
export function readSubject(cue: RawCue): Subject | null {
  const words = cue.subject
    .replace(/[“”"’'`,]+$/u, '')
    .split(/\s+/u)
    .filter((word) => word !== '');
  // A closing mark or a full stop left before the subject ("”. He added") is no part of it.
  while (words.length > 0 && !/[\p{L}\p{N}]/u.test(words[0]!)) words.shift();
  while (words.length > 1 && (CONNECTORS.test(words[0]!) || SUBORDINATORS.test(words[0]!))) words.shift();
  // "Said Brennan: …": the verb put first is not part of the name.
  if (words.length > 1 && /^\p{Lu}/u.test(words[0]!) && CUE_VERBS.has(words[0]!.toLowerCase())) words.shift();
  dropTimePhrase(words);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  if (namesTwoPeople(words)) return null;
  const ofAt = personBeforeOf(words);
  if (ofAt > 0)
    return readSubject({ subject: words.slice(0, ofAt).join(' '), role: cue.role ?? words.slice(ofAt + 1).join(' ') });
  // "a statement from the ministry" speaks for the ministry.
  const document =
    /^(?:a|an|the)\s+(?:\p{L}+\s+)?(?:statement|release|post|letter|report|filing)\s+(?:from|by|issued by)\s+(.+)$/iu.exec(
      words.join(' '),
    );
  if (document) return readSubject({ subject: document[1]!, role: cue.role });
  // A statement, a post or a letter is never the speaker; only the one who issued it is.
  if (DOCUMENT.test(words[words.length - 1]!)) return null;
  const pronoun = words.length === 1 ? PRONOUNS[words[0]!.toLowerCase()] : undefined;
  if (pronoun) return pronoun;
  // "Residents said", "Officials said" at a sentence's start: people the text does not name, not a person called Residents.
  if (words.length === 1 && GENERIC_PLURALS.has(words[0]!.toLowerCase()))
    return { kind: 'phrase', phrase: words[0]!.toLowerCase(), head: words[0]!.toLowerCase(), organisation: false };
  if (DETERMINERS.test(words[0]!) && !isCapitalised(words[words.length - 1]!)) return phrase(nounPhrase(words));
  // "the MP added", "the CEO said": a role written in capitals.
  // "a Welsh Labour MP said": an unnamed member, however the party is written.
  if (DETERMINERS.test(words[0]!) && ROLE_ACRONYMS.has(words[words.length - 1]!)) return phrase(words);
  // "the Dutchman", "the South African": a nationality standing for a person, not a name.
  if (words.length > 1 && DETERMINERS.test(words[0]!) && isDemonym(words.slice(1).join(' '))) return phrase(words);
  // "a spokesman for Norvale Energy": an unnamed source speaking for a named one is still unnamed.
  if (DETERMINERS.test(words[0]!) && !isCapitalised(words[1] ?? '') && words.some((word) => SPEAKING_FOR.test(word)))
    return phrase(words);
  const owned = OWNER.test(cue.subject) ? ownedRole(words) : null;
  if (owned) return owned;
  let nameStart = words.length;
  while (nameStart > 0 && isNameWord(words[nameStart - 1]!)) nameStart--;
  // A particle opening the name as written stays in it ("Van der Linde told"); "of", "and", "for" never open one.
  while (
    nameStart < words.length &&
    NAME_PARTICLES.has(words[nameStart]!.toLowerCase()) &&
    (!isCapitalised(words[nameStart]!) || /^(?:of|and|for)$/iu.test(words[nameStart]!))
  )
    nameStart++;
  if (nameStart === words.length) return null;
  const prefix = words.slice(0, nameStart);
  // Lowercase words before a name are a role ("fire chief Tom Brady"), never a clause ("and that the Alliance").
  const isRole = (word: string) =>
    TITLE_WORDS.has(word.toLowerCase()) || DETERMINERS.test(word) || !CLAUSE_WORDS.test(word);
  if (prefix.length > 4 || !prefix.every(isRole)) return null;
  return named(words.slice(nameStart), prefix, cue.role);
}

export interface IntroducedName {
  name: string;
  organisation: boolean;
  /** The role given beside the name (", the region’s official forecaster,"), so "the forecaster" can be traced back. */
  role: string | null;
}

const OPENERS =
  /^(the|a|an|in|on|at|but|and|after|before|when|while|as|if|for|from|by|with|this|that|last|next|during|since|under|over|regarding|concerning|despite|following|dr|mr|mrs|ms|prof)$/iu;

/** A capitalised run read as a full name it introduces; null for a lone word or a run that is not a name. */
export function introducedName(run: string): IntroducedName | null {
  // "Wanjiru Kamau’s office": the name is without the possessive.
  const words = run.replace(/[’']s$/u, '').split(/\s+/u);
  // "The Andrew Marr Show", "The Sunday Times": a person's name never takes "the"; a title or programme does.
  const definite = /^the$/iu.test(words[0] ?? '');
  while (words.length > 0 && OPENERS.test(words[0]!)) words.shift();
  // "Said Brennan: …" opens with the verb; "Says Ruiz" likewise.
  if (words.length > 0 && CUE_VERBS.has(words[0]!.toLowerCase())) words.shift();
  // A capitalised occupation opening a sentence is not a first name ("Physicist Ada Obi").
  // …unless a particle follows it: "Pieter van Dijkhuizen".
  if (
    words.length >= 3 &&
    /(ist|er|or|ian|ant|ent|ee)$/u.test(words[0]!) &&
    !/^\p{Lu}{2,}/u.test(words[0]!) &&
    !NAME_PARTICLES.has(words[1]!)
  )
    words.shift();
  if (words.length < 2) return null;
  const subject = named(words, [], null);
  if (!subject || subject.kind !== 'name') return null;
  // "Welsh Labour", "British Airways", "Irish Times": a run opening with a nationality is a body, never a person.
  if (subject.organisation || (definite && subject.title === null) || isNationality(words[0]!))
    return { name: subject.name, organisation: true, role: null };
  const parts = subject.name.split(' ');
  return parts.length >= 2 && parts.length <= 4 && !parts.some(isAcronym)
    ? { name: subject.name, organisation: false, role: null }
    : null;
}

/** A capitalised run that reads as a title and a full name ("Fire Chief Tom Brady"), for people introduced without a quotation. */
export function titledName(run: string): Subject | null {
  const subject = named(run.split(' '), [], null);
  return subject &&
    subject.kind === 'name' &&
    !subject.organisation &&
    subject.title !== null &&
    // A possessive is no title: "Fredericton’s Regent Mall" is a place.
    !subject.title.split(' ').every((word) => POSSESSIVE.test(word)) &&
    subject.name.includes(' ')
    ? subject
    : null;
}

const SPEAKING_FOR = /^(?:for|at|from|with)$/u;
const OWNER = /[’']s\s/u;

/** "Ana Ruiz’s lawyer": a role named through whose it is, an unnamed source unless someone was introduced in it. */
function ownedRole(words: readonly string[]): Subject | null {
  const owner = words.findIndex((word) => POSSESSIVE.test(word));
  if (owner < 0 || owner === words.length - 1) return null;
  const role = words.slice(owner + 1);
  if (role.some(isCapitalised) || !words.slice(0, owner + 1).every(isNameWord)) return null;
  const head = role.join(' ').toLowerCase();
  return {
    kind: 'phrase',
    phrase: words.join(' '),
    head,
    organisation: role.some((word) => ORGANISATION_WORDS.has(word.toLowerCase())),
  };
}

/** "a rugby club official confronted the men and": the noun phrase ends where its verb or a clause starts. */
function nounPhrase(words: string[]): string[] {
  const end = words.findIndex(
    (word, i) =>
      i > 1 &&
      (/^(?:and|that|who|which|but|or)$/iu.test(word) ||
        (/(?:ed|s)$/u.test(word) && DETERMINERS.test(words[i + 1] ?? ''))),
  );
  return end > 1 ? words.slice(0, end) : words;
}

function phrase(words: string[]): Subject | null {
  if (words.length < 2) return null;
  const head = words.slice(1).join(' ').toLowerCase();
  const organisation =
    words.slice(1).some((word) => ORGANISATION_WORDS.has(word.toLowerCase()) || GENERIC_ORGANISATION.test(word)) &&
    !/spokes|official|member|officer|chief|head|director|president|minister|secretary|premier|governor|chair|mayor/iu.test(
      head,
    );
  return { kind: 'phrase', phrase: [words[0]!.toLowerCase(), ...words.slice(1)].join(' '), head, organisation };
}

function isOrganisation(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  const beforeOf = words[words.indexOf('of') - 1]?.toLowerCase();
  return (
    ORGANISATION_WORDS.has(last) ||
    (beforeOf !== undefined && ORGANISATION_WORDS.has(beforeOf)) ||
    words.every((word) => isAcronym(word) || NAME_PARTICLES.has(word))
  );
}

function named(nameWords: string[], prefix: string[], role: string | null): Subject | null {
  const words = nameWords.filter((word, i) => i > 0 || !DETERMINERS.test(word));
  // A silk ("KC", "QC") is the one honour that says what the speaker does, so a later "the barrister" can be traced back.
  const silk: string[] = [];
  while (words.length > 1 && POST_NOMINALS.test(words[words.length - 1]!)) {
    const honour = words.pop()!.replace(/[.,]$/u, '');
    if (SILK.test(honour)) silk.push(honour);
  }
  const owner = words.findIndex((word) => POSSESSIVE.test(word));
  // Only a possessive with a name of two words or more after it: "McDonald’s Corp" is the company's own name.
  const possessive = owner >= 0 && words.length - owner - 1 >= 2 ? words.splice(0, owner + 1) : [];
  if (words.length === 0) return null;
  if (isOrganisation(words)) {
    const given = [...prefix, ...possessive].filter((word) => !DETERMINERS.test(word));
    return {
      kind: 'name',
      name: words.join(' '),
      title: given.length > 0 ? given.join(' ') : null,
      role,
      organisation: true,
      gender: null,
    };
  }
  // Capitalised titles run into the name ("NATO Secretary General Jens Stoltenberg"): the name starts after the last title word.
  let lastTitle = -1;
  // "DI Jane Holt" is a detective inspector; "Ludovica di Stefano" has a particle: a title word that is also one counts in capitals only.
  // "Airbus CCO Pierre Lemaire": a job in capitals is a title too.
  const isTitle = (word: string) =>
    (TITLE_WORDS.has(word.toLowerCase()) && (!NAME_PARTICLES.has(word.toLowerCase()) || isAcronym(word))) ||
    ROLE_ACRONYMS.has(word);
  // "the Prime Minister said", "Coach says …": titles with no name after them are a role, never a person called "Minister".
  // "the Congress President criticised", "Foreign Secretary said": a run ending in an office is that office, not a name.
  if (words.length > 1 && OFFICES.test(words[words.length - 1]!)) return phrase(['the', ...words]);
  // "Christian Coleman Coleman told": a word the page typed twice is the name once.
  if (words.length > 2 && words[words.length - 1] === words[words.length - 2]) words.pop();
  // An honorific is no role: "Dr King" is a surname, "Dr" alone no one (below).
  if (!words.some((word) => HONORIFICS.test(word)) && words.every((word) => isTitle(word.replace(/\.$/u, ''))))
    return phrase(['the', ...words]);
  for (let i = 0; i < words.length - 1; i++) if (isTitle(words[i]!)) lastTitle = i;
  // A word no one is named before a known given name is a title too: "Administrator David Okonkwo", "Maître Olivier Sanogo";
  // an adverb run into it ("Directly Johan Molin", a translation's slip) is dropped.
  if (lastTitle < 0 && words.length >= 3 && givenNameGender(words.join(' ')) === null) {
    if (givenNameGender(words.slice(1).join(' ')) !== null) {
      if (/ly$/u.test(words[0]!)) words.shift();
      else lastTitle = 0;
    }
  }
  // "Minister for Environment": a title's own "for" or "of", not a name.
  if (/^(?:for|of|and)$/u.test(words[lastTitle + 1] ?? '')) return null;
  // An honorific on its own ("Dr") names no one.
  if (lastTitle >= words.length - 2 && HONORIFICS.test(words[words.length - 1]!)) return null;
  const titleWords = [...prefix, ...possessive, ...words.slice(0, lastTitle + 1), ...silk].filter(
    (word) => !DETERMINERS.test(word),
  );
  const lowered = titleWords.map((word) => word.toLowerCase());
  const gender: Gender | null = lowered.some((word) => MALE_TITLES.has(word))
    ? 'male'
    : lowered.some((word) => FEMALE_TITLES.has(word))
      ? 'female'
      : null;
  return {
    kind: 'name',
    name: words.slice(lastTitle + 1).join(' '),
    title: titleWords.length > 0 ? titleWords.join(' ') : null,
    role,
    organisation: false,
    gender,
  };
}
