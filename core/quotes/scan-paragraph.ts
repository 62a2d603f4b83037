// Everything detection learns from one paragraph on its own: its quotations, the speech cue
// beside each, and the people it names. Pure and keyed only by the paragraph's text, so the
// editor can keep the result for every paragraph a keystroke did not touch.
import { marksIn, opensWithMark, type MarkedSpan } from './marks';
import { introducedName, readSubject, titledName, type Gender, type IntroducedName, type Subject } from './names';
import { givenNameGender } from './given-names';
import { TITLE_WORDS } from './speaker-words';
import { closesSentence, sentenceEnd, sentenceStart } from './sentences';
import { colonSpeaker, grammaticalSubject, sentenceSubject } from './sentence-subject';
import { cueAfter, cueBefore, cuesIn, type RawCue } from './speech-cues';
import { readSpan } from './traps';

export type CueVia = 'verb' | 'colon' | 'subject';

export interface ScannedQuote {
  /** The quotation's text inside the marks, in paragraph offsets. */
  from: number;
  to: number;
  /** False when the paragraph ends inside the quotation (it may go on in the next paragraph). */
  closed: boolean;
  /** The speaker named beside this quotation in its own sentence, if any. */
  cue: Subject | null;
  /** How `cue` ties the speaker to the quotation: a speech verb, a colon introduction, or being the sentence's subject. */
  cueVia: CueVia | null;
  /** Nothing of its sentence comes before the opening mark (“A,” she said. “B.”): it may share an earlier speaker in the paragraph. */
  opensSentence: boolean;
  /**
   * Where a pronoun cue before the mark was written ("She said Justin Trudeau plans … “a threat”"): the
   * pronoun means someone named before it, so the walk reads the quotation there; null elsewhere.
   */
  cueAt: number | null;
}

/** A speaker named in the paragraph's own words, outside quotations, at `at`. */
export interface Mention {
  at: number;
  subject: Subject;
  /** True for "X said …" (X attributes something here); false for a person merely introduced. */
  speaks: boolean;
  /** A surname opening a sentence ("Webb did not identify …"): it keeps a known person in mind, never makes one up. */
  weak?: boolean;
}

export interface ParagraphScan {
  quotes: ScannedQuote[];
  /** The paragraph's first visible character opens a quotation: an AP continuation when the previous one is still open. */
  opensWithQuote: boolean;
  mentions: Mention[];
  /** A paragraph with no quotation that ends in a colon ("Glass has since apologised:"): whom it hands the next paragraph's words to. */
  colonLead: Subject | null;
  /** A subhead ("Phenomenal", "Tottenham 2-1 Chelsea"): a few words, no quotation, no full stop. Speakers carry over it. */
  heading: boolean;
  /** A subhead that is only a person's full name ("Manuel Pellegrini"): the words under it are theirs. */
  headingName: string | null;
  /** Whether nothing but quotations (and their cues) is in the paragraph. */
  onlyQuotes: boolean;
  genderHints: { name: string; gender: Gender }[];
  /** Full names of people and organisations the paragraph introduces, so a later surname or "the association" can be traced. */
  names: IntroducedName[];
}

/** The speaker phrase, or the appositive beside it when that is the name ("said Smith’s lawyer, Jane Doe"). */
function subjectOf(cue: RawCue | null): Subject | null {
  if (!cue) return null;
  const subject = readSubject(cue);
  if (subject || cue.role === null) return subject;
  const appositive = readSubject({ subject: cue.role, role: null });
  return appositive?.kind === 'name' ? appositive : null;
}

interface FoundCue {
  cue: Subject | null;
  cueVia: CueVia | null;
  cueAt: number | null;
}

const NO_CUE: FoundCue = { cue: null, cueVia: null, cueAt: null };
const found = (cue: Subject | null, cueVia: CueVia): FoundCue => (cue ? { cue, cueVia, cueAt: null } : NO_CUE);

/** “It was over.” Smith … : a full stop inside the marks and a capital after them start a new sentence. */
function endsOwnSentence(text: string, span: MarkedSpan): boolean {
  const inside = text.slice(span.from, span.to).trimEnd();
  return (
    inside.endsWith('.') && !inside.endsWith('..') && /^\s+\p{Lu}/u.test(text.slice(span.close! + 1, span.close! + 4))
  );
}

function cueFor(text: string, span: MarkedSpan, nextStart: number): FoundCue {
  // A quotation that ends its own sentence (“… will continue.” TSMC said AI …) leaves the next sentence to someone else.
  if (span.close !== null && !endsOwnSentence(text, span)) {
    const afterEnd = sentenceEnd(text, span.close + 1, nextStart);
    const after = subjectOf(cueAfter(text.slice(span.close + 1, afterEnd)));
    if (after) return found(after, 'verb');
  }
  // The whole sentence, earlier quotations in it included: “He called it “a farce” and “a disgrace”” has one cue for both.
  const start = sentenceStart(text, 0, span.open);
  const before = text.slice(start, span.open);
  // A finished sentence before the mark ("… but Holm disagreed. “…”") is not this quotation's cue: the latest speaker is, in attribute.ts.
  if (before.trim() === '' || closesSentence(before)) return NO_CUE;
  const verb = subjectOf(cueBefore(before));
  if (verb) return { ...found(verb, 'verb'), cueAt: verb.kind === 'pronoun' ? start : null };
  if (before.trimEnd().endsWith(':')) return found(subjectOf(colonSpeaker(before)), 'colon');
  // Quoted words inside a reporter's sentence with no speech verb are its subject's words.
  return found(subjectOf(sentenceSubject(before)), 'subject');
}

const SENTENCE_BREAK =
  /(?<=[\p{Ll}\p{N})][.!?]["”’]?)(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Jr|Sr)\.)\s+(?=[\p{Lu}“"])/u;
// Two or more capitalised words: a person or an organisation introduced by name ("Oluwaseun Adebayo", "World Health Organization").
// \p{M} keeps a name typed with combining accents ("Kovac\u030cevic\u0301") in one piece.
const NAME_RUN =
  /\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:(?:de|da|di|do|das|dos|van|von|der|den|bin|al|of|del|della|la|le|los|las|for|du|ter|ten)\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*)+(?:(?<=\s(?:Jr|Sr))\.)?/gu;
// The role first, then the name: "The city’s fire chief, Tom Reed, said …", "Her coach, Dragan Petrović,".
const ROLE_THEN_NAME =
  /\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+[\p{Ll}\p{M}’' -]{2,60}),\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}’'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}’'-]+)*),/gu;
// The same with an owner first ("Japan’s trade minister, Yoko Shimizu,"); tried only where a possessive is, since it may start at any capital.
const OWNER_ROLE_THEN_NAME =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}.-]*[’']s\s+[\p{Ll}\p{M}’' -]{2,60}),\s+(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)+),/gu;
const POSSESSIVE_WORD = /[’']s\s/u;
// The name first, then the role, an age allowed between: "Dragan Petrović, her coach,", "Joan Whitby, 71, a retired nurse,", "Amara Okafor KC, defending,".
const PERSON_WITH_ROLE =
  /(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)+),(?:\s+\d{1,3},)?\s+((?:the|a|an|his|her|their|its|our|(?:\p{Lu}[\p{L}\p{M}-]*\s+)?\p{Lu}[\p{L}\p{M}.-]*[’']s)\s+[^,.]{2,60}|defending|prosecuting|for the (?:defence|defense|prosecution))(?:,|\.$)/gu;
const AGE_BETWEEN_COMMAS = /,\s\d{1,3},/u;
// An age between commas ("Semi Vakacegu, 34, …"), so a later "the 34-year-old" is that person.
const PERSON_AGED =
  /(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+(?:(?:de|da|van|von|der|den|du|la|le|al|bin)\s+)?\p{Lu}[\p{L}\p{M}’'-]+)+),\s+(\d{1,3}),/gu;
// A role given with a verb ("Ana Ruiz is the hospital’s director"), so a later "the director said" is her. The verb is
// found first and the name read back from it: a pattern that starts at the name would be tried at every capital.
const IS_ROLE =
  / (?:is|was|has been|had been|became|serves as|served as) ((?:the|a|an|his|her|their|its|our|\p{Lu}[\p{L}\p{M}.-]*[’']s)\s+[^,.;]{2,60})/gu;
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)+)$/u;
const MALE = /\b(he|him|his|himself)\b/iu;
const FEMALE = /\b(she|her|hers|herself)\b/iu;

const personNamed = (name: string, title: string | null): Subject => ({
  kind: 'name',
  name,
  title,
  role: null,
  organisation: false,
  gender: null,
});

// The job word, and a nationality or a team before it ("Dutch goalkeeper", "Athletic manager").
const WORD_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+)?)(\p{Ll}[\p{L}-]*)\s+$/u;
/** The job in lower case right before `at` ("manager", "Dutch goalkeeper", "analyst"), if there is one. */
function jobBefore(sentence: string, at: number): string | null {
  const found = WORD_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
  return found && TITLE_WORDS.has(found[2]!) ? `${found[1]!}${found[2]!}` : null;
}

/** Matches of a global regex as an array: an exec loop is cheaper than matchAll's iterator, and these run on every sentence. */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return matches;
}

// "Will Hartley own the result?": a question's opening verb is not a given name.
const QUESTION_VERB = /^(?:Will|Can|Could|Should|Would|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|May|Might|Must)\s+/u;
function withoutAuxiliary(run: string, sentence: string, at: number): string {
  return at === sentence.search(/\S/u) ? run.replace(QUESTION_VERB, '') : run;
}

/** People and speakers named in text outside quotations, with gender where a pronoun settles it. */
function readOutside(
  chunk: string,
  offset: number,
  mentions: Mention[],
  hints: ParagraphScan['genderHints'],
  names: IntroducedName[],
): void {
  let at = offset;
  for (const sentence of chunk.split(SENTENCE_BREAK)) {
    const found: Mention[] = [];
    for (const cue of cuesIn(sentence)) {
      const subject = readSubject(cue);
      if (subject) found.push({ at, subject, speaks: true });
    }
    // The sentence is about someone named before: they are who a later "he said" most likely means.
    const about = found.length === 0 ? grammaticalSubject(sentence) : null;
    const aboutSubject = about ? readSubject(about) : null;
    if (aboutSubject?.kind === 'name' && !aboutSubject.organisation)
      found.push({ at, subject: aboutSubject, speaks: false, weak: true });
    const commas = sentence.includes(', ');
    if (commas)
      for (const match of allMatches(PERSON_WITH_ROLE, sentence)) {
        const subject = readSubject({ subject: match[1]!, role: match[2]! });
        if (subject?.kind === 'name' && !subject.organisation)
          found.push({ at: at + match.index, subject, speaks: false });
        if (subject?.kind === 'name' && subject.organisation)
          names.push({ name: subject.name, organisation: true, role: match[2]! });
      }
    if (commas && AGE_BETWEEN_COMMAS.test(sentence))
      for (const match of allMatches(PERSON_AGED, sentence)) {
        const subject = readSubject({ subject: match[1]!, role: `${match[2]!}-year-old` });
        if (subject?.kind === 'name' && !subject.organisation)
          found.push({ at: at + match.index, subject, speaks: false });
      }
    for (const match of allMatches(IS_ROLE, sentence)) {
      const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, match.index - 60), match.index));
      const subject = name ? readSubject({ subject: name[1]!, role: match[1]! }) : null;
      if (subject?.kind === 'name' && !subject.organisation)
        found.push({ at: at + match.index, subject, speaks: false });
    }
    const appositives = commas ? allMatches(ROLE_THEN_NAME, sentence) : [];
    if (commas && POSSESSIVE_WORD.test(sentence)) appositives.push(...allMatches(OWNER_ROLE_THEN_NAME, sentence));
    for (const match of appositives) {
      const subject = readSubject({ subject: match[2]!, role: match[1]! });
      if (subject?.kind === 'name' && !subject.organisation)
        found.push({ at: at + match.index, subject, speaks: false });
      if (subject?.kind === 'name' && subject.organisation)
        names.push({ name: subject.name, organisation: true, role: match[1]! });
    }
    const introduced: IntroducedName[] = [];
    const question = sentence.trimEnd().endsWith('?');
    for (const match of allMatches(NAME_RUN, sentence)) {
      const name = introducedName(question ? withoutAuxiliary(match[0], sentence, match.index) : match[0]);
      if (name) introduced.push(name);
      // A job in lower case right before a name is their title ("manager Tomasz Wierzbicki"), for a later "the manager";
      // and someone named in passing by a given name is who a "he" after them likely means.
      const job = name && !name.organisation ? jobBefore(sentence, match.index) : null;
      if (name && !name.organisation && (job !== null || givenNameGender(name.name) !== null))
        found.push({ at: at + match.index, subject: personNamed(name.name, job), speaks: false });
      const titled = match[0].split(/\s+/u).length >= 3 ? titledName(match[0]) : null;
      if (titled) found.push({ at: at + match.index, subject: titled, speaks: false });
    }
    names.push(...introduced);
    const people = new Set(
      found.flatMap(({ subject }) => (subject.kind === 'name' && !subject.organisation ? [subject.name] : [])),
    );
    for (const name of introduced) {
      if (!name.organisation && ![...people].some((known) => known.endsWith(name.name.split(' ').pop()!)))
        people.add(name.name);
    }
    const [only] = people;
    if (people.size === 1 && only !== undefined) {
      // Only a pronoun after the name can be about them: in "She said Jonathan Reeve plans …" she is someone else.
      const named = sentence.indexOf(only.slice(only.lastIndexOf(' ') + 1));
      const after = named > 0 ? sentence.slice(named) : sentence;
      const male = MALE.test(after);
      if (male !== FEMALE.test(after)) hints.push({ name: only, gender: male ? 'male' : 'female' });
    }
    // A pronoun cue stands unless another cue shares its sentence; people merely named beside it do not count.
    const cues = found.filter((mention) => mention.speaks).length;
    mentions.push(...found.filter(({ subject }) => subject.kind !== 'pronoun' || cues === 1));
    at += sentence.length + 1;
  }
}

const CUE_WORDS = /\b(he|she|they|said|says|added|told|asked|wrote)\b/giu;
const LETTERS = /\p{L}+/gu;

/** At most three words outside quotations besides the cue's own; counting stops at the fourth. */
function fewSpeakingWords(outside: string): boolean {
  const speaking = outside.replace(CUE_WORDS, '');
  LETTERS.lastIndex = 0;
  let count = 0;
  while (count <= 3 && LETTERS.exec(speaking)) count++;
  return count <= 3;
}

/** The speaker a paragraph ending in a colon introduces, read from its last sentence. */
function leadOf(text: string): Subject | null {
  const trimmed = text.trimEnd();
  return subjectOf(colonSpeaker(trimmed.slice(sentenceStart(trimmed, 0, trimmed.length - 1))));
}

const HEADING = /^[^.!?:;]{1,60}$/u;
const isHeading = (text: string) => HEADING.test(text.trim()) && text.trim().split(/\s+/u).length <= 6;

/** The one person's name that is the whole of `text`, if it is. */
function onlyName(text: string, names: readonly IntroducedName[]): string | null {
  const [only, ...others] = names;
  return only && others.length === 0 && !only.organisation && text.trim() === only.name ? only.name : null;
}

export function scanParagraph(text: string): ParagraphScan {
  const spans = marksIn(text);
  const quotes: ScannedQuote[] = [];
  const mentions: Mention[] = [];
  const genderHints: ParagraphScan['genderHints'] = [];
  const names: IntroducedName[] = [];
  let outsideEnd = 0;
  let outsideWords = '';
  spans.forEach((span, i) => {
    const previousEnd = i === 0 ? 0 : (spans[i - 1]!.close ?? text.length) + 1;
    const nextStart = spans[i + 1]?.open ?? text.length;
    const before = text.slice(sentenceStart(text, previousEnd, span.open), span.open);
    const after = span.close === null ? '' : text.slice(span.close + 1, sentenceEnd(text, span.close + 1, nextStart));
    const inside = text.slice(span.from, span.to);
    // A paragraph that opens with a mark is a quotation (or the next part of one) whatever it holds.
    const isQuotation =
      span.close === null ||
      (i === 0 && opensWithMark(text, spans)) ||
      readSpan(inside, before, after, text) === 'quotation';
    if (isQuotation)
      quotes.push({
        from: span.from,
        to: span.to,
        closed: span.close !== null,
        ...cueFor(text, span, nextStart),
        opensSentence: before.trim() === '' || closesSentence(before),
      });
    // Scare quotes and titles are part of the surrounding sentence, so they stay in the outside text.
    if (isQuotation) {
      const chunk = text.slice(outsideEnd, span.open);
      readOutside(chunk, outsideEnd, mentions, genderHints, names);
      outsideWords += chunk;
      outsideEnd = span.close === null ? text.length : span.close + 1;
    }
  });
  const rest = text.slice(outsideEnd);
  readOutside(rest, outsideEnd, mentions, genderHints, names);
  outsideWords += rest;
  return {
    quotes,
    opensWithQuote: opensWithMark(text, spans),
    mentions: mentions.sort((a, b) => a.at - b.at),
    onlyQuotes: quotes.length > 0 && fewSpeakingWords(outsideWords),
    heading: spans.length === 0 && isHeading(text),
    headingName: spans.length === 0 && isHeading(text) ? onlyName(text, names) : null,
    colonLead: spans.length === 0 && text.trimEnd().endsWith(':') ? leadOf(text) : null,
    genderHints,
    names,
  };
}
