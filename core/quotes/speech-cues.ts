// Speech cues: the words that tie a quotation to whoever said it ("X said", "said X", "according to X").
import { CUE_VERBS, FRAMING_VERBS } from './speech-verbs';
import { MONTHS, WEEKDAYS } from './calendar-words';

// Words between a subject and its verb that do not change who spoke ("he later said").
const ADVERBS =
  /^(also|later|then|again|once|further|previously|earlier|recently|simply|only|had|has|have|been|being|would|will|once|\p{L}+ly)$/iu;

/** Where the speaker phrase was found relative to its cue. */
export interface RawCue {
  /** The words naming the speaker, as written ("NATO Secretary General Jens Stoltenberg", "he", "a spokeswoman"). */
  subject: string;
  /** An appositive role given beside the name (", the fire chief,"). */
  role: string | null;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}’'\-]|\.(?=\p{L}))*/gu;

interface Token {
  word: string;
  index: number;
}

/** Words of `text` in order; an exec loop, since a spread over matchAll allocates an iterator and a match array per word. */
function words(text: string, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match && tokens.length < limit; match = WORD.exec(text))
    tokens.push({ word: match[0], index: match.index });
  return tokens;
}

/** The first word of `text` that `wanted` accepts, reading no further than that word. */
function firstWord(text: string, wanted: (token: Token) => boolean): Token | undefined {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const token = { word: match[0], index: match.index };
    if (wanted(token)) return token;
  }
  return undefined;
}

const isCueWord = (word: string) => CUE_VERBS.has(word.toLowerCase());

// One pass over the text tells whether any cue is there at all; most sentences have none, and tokenising them is the cost.
const ANY_CUE = new RegExp(`\\b(?:${[...CUE_VERBS, ...FRAMING_VERBS].join('|')}|according to)\\b`, 'iu');
const ANY_SPEECH_VERB = new RegExp(`\\b(?:${[...CUE_VERBS].join('|')}|according to)\\b`, 'iu');
const SPEECH_VERBS = new RegExp(`\\b(?:${[...CUE_VERBS].join('|')})\\b`, 'giu');
const REPORTED_VERBS = new RegExp(`\\b(?:${[...CUE_VERBS, ...FRAMING_VERBS].join('|')})\\b`, 'giu');
const ACCORDING_TO = /\baccording to\b/iu;
// A speaker phrase is a few words, an appositive at most: no need to read further back than this.
const SUBJECT_REACH = 160;

/** A plain substring check before the case-blind pattern: most sentences say no "according to", and the pattern costs more to rule out. */
const mentionsAccording = (text: string) => text.includes('ccording to') || text.includes('CCORDING TO');

export function hasSpeechCue(text: string): boolean {
  return ANY_CUE.test(text);
}

// Where a speaker phrase after "said" stops: time, place and manner phrases are not the speaker.
const SUBJECT_STOP = new RegExp(
  `(?<!\\bclose)\\s(?:on|in|at|about|during|after|before|when|while|who|which|that|adding|as|to|with|from|by|last|this|yesterday|today|tonight|earlier|later|afterwards|afterward|again|too|then|outside|inside|near|behind|beside|following|${WEEKDAYS})\\b`,
  'iu',
);

const ISSUED_BY =
  /^\s*(?:a|an|the)\s+(?:\p{L}+\s+)?(?:statement|release|post|letter|report|filing)\s+(?:from|by|issued by)\s+/iu;

// A name set off by commas after a role ("the party’s leader, Tadeusz Nowicki,"): the name is the speaker, the role only describes them.
const ROLE_OPENING = /^(?:the|a|an|one|his|her|their|its|our|\p{Lu}[\p{L}\p{M}.-]*[’']s)\s/iu;
const FULL_NAME =
  /^\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:de|da|van|von|der|bin|al|del|la|le|dos)\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)+$/u;

function nameFirst(cue: RawCue): RawCue {
  return cue.role !== null && FULL_NAME.test(cue.role) && ROLE_OPENING.test(cue.subject)
    ? { subject: cue.role, role: cue.subject }
    : cue;
}

function splitAppositive(phrase: string): RawCue {
  const parts = phrase
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return { subject: parts[0] ?? '', role: parts.length > 1 ? parts.slice(1).join(', ') : null };
}

/** The phrase after "said" in "said Jens Stoltenberg, the Secretary General." */
function subjectAfterVerb(rest: string): RawCue | null {
  // A period after a title or an initial ("Dr.", "John F.") does not end the speaker's name.
  const clause =
    rest.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Jr|Sr|\p{Lu}))[.;:!?]/u)[0] ?? '';
  const [name, ...roles] = clause.split(/,|\s[-–—]\s/u);
  // "said a statement from the ministry": the speaker is whoever issued it, so read on past "from".
  const issuer = ISSUED_BY.exec(name ?? '');
  const subject = (issuer ? (name ?? '').slice(issuer[0].length) : (name ?? '')).split(SUBJECT_STOP)[0]!.trim();
  if (subject === '') return null;
  const role = roles.join(',').trim();
  return nameFirst({ subject, role: role === '' ? null : role });
}

const TIME_PHRASE = new RegExp(
  `^(?:(?:on|in|at|by|early|late|last|this|next|earlier|later)\\s+)?(?:${WEEKDAYS}|morning|afternoon|evening|night|week|weekend|month|year|${MONTHS}|yesterday|today|\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2})$`,
  'iu',
);

const OPENING_PHRASE =
  /^(?:regarding|concerning|despite|following|after|before|in|on|at|for|with|asked|speaking|addressing|responding|writing|talking)\b/iu;

const LEADING_NAME =
  /^(\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:de|da|van|von|der|den|bin|al|del|la|le)\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*){1,3}),\s+(\p{Ll}[^]*),$/u;

/** The first clause of `phrase` that is a full name followed by an aside ("Weighing in, John Olson, energy analyst …,"). */
function leadingName(phrase: string): RegExpExecArray | null {
  for (let from = 0; from !== -1 && from < phrase.length;) {
    const found = LEADING_NAME.exec(phrase.slice(from));
    if (found) return found;
    const comma = phrase.indexOf(', ', from);
    from = comma === -1 ? -1 : comma + 2;
  }
  return null;
}

const NAME_ROLE_PLACE =
  /(?:^|[,;:—–]\s*)(\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:de|da|van|von|der|den|al|bin)\s+)?\p{Lu}[\p{L}\p{M}’'.-]*){1,3}),\s+(\p{Ll}[^,]{2,60}),\s+(\p{Lu}[^,]{1,60})$/u;

/** The phrase in front of the cue verb, from the start of its clause. */
function subjectBeforeVerb(written: string): RawCue | null {
  // "The 47–year–old said": an age typed with dashes is the same age, and its dashes no clause break.
  const text = written.includes('year') ? written.replace(/(\d)[–—‑](year)[–—‑](old)/gu, '$1-$2-$3') : written;
  const tokens = words(text);
  while (tokens.length > 0 && ADVERBS.test(tokens[tokens.length - 1]!.word)) tokens.pop();
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  // "Jr." keeps its period: it is part of the name as written.
  const end =
    last.index +
    last.word.length +
    (/^(?:Jr|Sr)$/u.test(last.word) && text[last.index + last.word.length] === '.' ? 1 : 0);
  const phrase = text.slice(0, end).trim();
  // An appositive sits between two commas ("Jane Smith, the fire chief, said"); otherwise the clause starts after the last comma.
  const appositive = /^(.*?),\s*((?:the|a|an|who)\b[^,]*),?$/iu.exec(phrase);
  // "On Wednesday, the Mayor’s Office told …": a time phrase before the comma is when, not who.
  // "Regarding Sudan, the leaders called …", "Speaking on Sunday, the minister said …": an opening phrase is not who.
  if (appositive && (TIME_PHRASE.test(appositive[1]!.trim()) || OPENING_PHRASE.test(appositive[1]!.trim())))
    return { subject: appositive[2]!.trim(), role: null };
  if (appositive) return splitAppositive(`${appositive[1]},${appositive[2]}`);
  // A full name and then an aside without an article ("John Olson, energy analyst with Sanders, Morris & Mundy, said").
  const named = text.trimEnd().endsWith(',') ? leadingName(`${phrase},`) : null;
  if (named && !/^(?:the|a|an)\s/iu.test(named[1]!))
    return { subject: named[1]!, role: named[2]!.replace(/,$/u, '').trim() };
  // An age between commas ("Ana Ruiz, 54, said").
  const aged = /^(.*?),\s*\d{1,3},?$/u.exec(phrase);
  if (aged)
    return {
      subject: aged[1]!
        .split(/[,;:—–]/u)
        .pop()!
        .trim(),
      role: null,
    };
  // A name, a job in lower case, and where: "Dana Ruiz, deputy director, Port of Halden told".
  const placed = NAME_ROLE_PLACE.exec(phrase);
  if (placed) return { subject: placed[1]!, role: `${placed[2]!}, ${placed[3]!}` };
  // Any other aside between commas ("Amara Okafor KC, prosecuting, said"): the speaker is before it.
  const aside = text.trimEnd().endsWith(',') ? /^(.*),\s*([^,]+)$/u.exec(phrase) : null;
  if (aside)
    return nameFirst({
      subject: aside[1]!
        .split(/[,;:—–]/u)
        .pop()!
        .trim(),
      role: aside[2]!.trim(),
    });
  const clause = phrase
    .split(/[,;:—–]/u)
    .pop()!
    .trim();
  return clause === '' ? null : { subject: clause, role: null };
}

// A party and state, or a party and seat, in brackets after a name says where they are from: "Reid (D-Nev.) told".
const BRACKETED = /\s*\([^()]{1,40}\)/gu;
export const withoutBrackets = (text: string) => (text.includes('(') ? text.replace(BRACKETED, '') : text);

/** A cue right after a closing mark: ", Stoltenberg said.", ", said a spokeswoman.", ", according to the ministry." */
export function cueAfter(after: string): RawCue | null {
  const text = withoutBrackets(after).replace(/^[\s,;:—–-]+/u, '');
  if (!ANY_SPEECH_VERB.test(text)) return null;
  // "… their “most complete” performance, according to manager Daniel Farke": anywhere in the rest of the sentence.
  const according = mentionsAccording(text) ? /(?:^|[\s,])according to\s+(.*)$/iu.exec(text) : null;
  // "…,” Kerr told reporters, according to The Athletic's Anthony Slater": the one with the verb spoke; the other reports it.
  const spokeFirst = according ? words(text.slice(0, according.index), 14).some(({ word }) => isCueWord(word)) : false;
  if (according && !spokeFirst) return subjectAfterVerb(according[1]!);
  // "…,” Sam Aldous, director of the Port Department of the Port Authority of Halden, told Xinhua.": a long aside before the verb.
  const verb = words(text, 24).find(({ word }) => isCueWord(word));
  if (!verb) return null;
  if (verb.index === 0 || text.slice(0, verb.index).trim() === '')
    return subjectAfterVerb(text.slice(verb.word.length));
  return subjectBeforeVerb(text.slice(0, verb.index));
}

const QUOTED_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
const QUOTED_SAYING =
  /\bquoted\s+(him|her|them|\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,3})\s+(?:as\s+)?saying\b/u;

/** "The Guardian quoted him saying": the one quoted is the speaker, not the paper. */
export function quotedSaying(text: string): RawCue | null {
  const quoted = text.includes('quoted') ? QUOTED_SAYING.exec(text) : null;
  return quoted ? { subject: QUOTED_PRONOUN[quoted[1]!] ?? quoted[1]!, role: null } : null;
}

/** A cue in the sentence before an opening mark: "He said: ", "Stoltenberg told reporters that ", "According to X, ". */
export function cueBefore(said: string): RawCue | null {
  if (!ANY_CUE.test(said)) return null;
  const before = withoutBrackets(said);
  const according = mentionsAccording(before) ? /\baccording to\s+([^,]+),/iu.exec(before) : null;
  // "According to Holm, Berg said: …": Holm reports it, Berg said it.
  if (according) {
    const inner = cueBefore(before.slice(according.index + according[0].length));
    // "according to the Fire District, which said …": the relative pronoun is the district.
    return inner && !/^(?:which|who|that)$/iu.test(inner.subject.trim())
      ? inner
      : { subject: according[1]!.trim(), role: null };
  }
  // "The Guardian quoted him saying: “…”": the one quoted speaks, not the paper.
  const quoted = quotedSaying(before);
  if (quoted) return quoted;
  // "Said Brennan: “…”": the verb put first, its speaker after it.
  const inverted = /^\s*(?:Said|Says|Added|Adds)\s+([^:]{2,80}):\s*$/u.exec(before);
  if (inverted) return subjectAfterVerb(inverted[1]!);
  // A verb that opens the sentence ("Asked about the plan, Berg said …") has no subject before it.
  // Only white space before a word is what trim() would drop; finding the first visible character once keeps this linear.
  const firstVisible = before.search(/\S/u);
  const verb = firstWord(
    before,
    ({ word, index }) =>
      firstVisible !== -1 && firstVisible < index && (isCueWord(word) || FRAMING_VERBS.has(word.toLowerCase())),
  );
  if (!verb) return null;
  // "BBC Wales reported the MP was described as a “rising star”": whoever reports words before them did not say them.
  if (/^reported$/iu.test(verb.word)) return reportedSpeaker(before, verb.index);
  // Reported speech: "the minister said the attacker shouted “…”" — the words are the nearest speaker's.
  const nearest = reportedSpeaker(before, verb.index);
  if (nearest) return nearest;
  return subjectBeforeVerb(before.slice(Math.max(0, verb.index - SUBJECT_REACH), verb.index));
}

// A name right before a later speech verb: "… told reporters the suspect, Kasim Darbinyan, had shouted", "… heard Liam Hale shout".
const NAME_BEFORE_VERB =
  /(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:(?:de|da|van|von|der|den|du|la|le|al|bin)\s+)?\p{Lu}[\p{L}\p{M}’'-]*)*),?\s+(?:(?:had|has|have|would|then|also|allegedly|reportedly)\s+)*$/u;

// "… said the attacker shouted", "… told police that the driver yelled": someone the text names by role.
const ROLE_BEFORE_VERB =
  /\b((?:the|a|an|one)\s+[\p{Ll}-]+(?:\s+(?!(?:had|has|then|also|allegedly|reportedly)\b)[\p{Ll}-]+){0,2})\s+(?:(?:had|has|then|also|allegedly|reportedly)\s+)*$/u;

/** The speaker of the last speech verb before the mark, when an earlier one in the sentence only reports it. */
function reportedSpeaker(before: string, firstVerb: number): RawCue | null {
  // "She said the shadow minister had called her “…”": a framing verb after the report is someone's words too.
  REPORTED_VERBS.lastIndex = firstVerb + 1;
  let last: RegExpExecArray | null = null;
  for (let verb = REPORTED_VERBS.exec(before); verb; verb = REPORTED_VERBS.exec(before)) last = verb;
  if (!last || last.index <= firstVerb) return null;
  const clause = before.slice(Math.max(firstVerb, last.index - SUBJECT_REACH), last.index);
  // A role ("the attacker") only before a shout or a framing verb: "the incident reflects …" is no one speaking.
  const shout =
    /^(?:shouted|shout|yelled|yell|screamed|scream|chanted)$/iu.test(last[0]) ||
    FRAMING_VERBS.has(last[0].toLowerCase());
  const name = NAME_BEFORE_VERB.exec(clause) ?? (shout ? ROLE_BEFORE_VERB.exec(clause) : null);
  return name ? { subject: name[1]!, role: null } : null;
}

/** Every "X said" in text outside quotations, in order, for speakers named without a quotation beside them. */
export function cuesIn(sentence: string): RawCue[] {
  const found: RawCue[] = [];
  // The first verb doubles as the "any cue at all" check, so a sentence with one is not searched twice.
  SPEECH_VERBS.lastIndex = 0;
  const first = SPEECH_VERBS.exec(sentence);
  if (!first && !ACCORDING_TO.test(sentence)) return found;
  const according = mentionsAccording(sentence) ? /\baccording to\s+([^,.]+)/iu.exec(sentence) : null;
  if (according) found.push({ subject: according[1]!.trim(), role: null });
  let clauseStart = 0;
  for (let verb = first; verb; verb = SPEECH_VERBS.exec(sentence)) {
    const cue = subjectBeforeVerb(sentence.slice(Math.max(clauseStart, verb.index - SUBJECT_REACH), verb.index));
    if (cue) found.push(cue);
    clauseStart = verb.index + verb[0].length;
  }
  return found;
}
