// Who a sentence is about when no speech verb ties its quotation to anyone: the speaker a colon
// introduces ("Roberto Mancini: “…”", "…praise from the manager: “…”", "Ruiz was blunt: “…”"),
// and the one whose words a partial quotation carries ("He mocked the bill as a “messaging bill.”",
// "Trump’s comment that Tillerson needs to be “tougher.”"). Read as a speaker phrase, like a cue.
import { quotedSaying, withoutBrackets, type RawCue } from './speech-cues';
import { WEEKDAYS } from './calendar-words';

// A name as a colon head: a few capitalised words, titles and particles allowed, and nothing else.
const NAME_HEAD =
  /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|da|van|von|der|den|du|la|le|al|bin)(?:\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|da|van|von|der|den|du|la|le|al|bin)){0,5}$/u;
// "…praise from the manager:", "a message from Ana Ruiz:", "the verdict of the coach:".
const FROM_SPEAKER =
  /\b(?:from|by|of)\s+((?:the|a|an|his|her|their|its)\s+[^\s,;:()]+(?:\s+[^\s,;:()]+){0,4}|\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,4})$/u;
// …when words for what was said come shortly before: "praise from", "the verdict of".
const WORDS_FOR_WORDS =
  /\b(?:praise|verdict|message|reaction|response|reply|answer|words|view|take|assessment|warning|explanation|thoughts|comments?|tribute|criticism)\b[^.:;]{0,40}$/iu;
// Words opening a sentence without being its subject.
const OPENER =
  /^(?:but|and|so|yet|still|now|then|however|meanwhile|instead|later|earlier|asked|speaking|afterwards)\b[,\s]*/iu;
// The subject ends at its verb: an auxiliary or a word that reads as a past or present verb.
const SUBJECT =
  /^((?:[Hh]e|[Ss]he|[Tt]hey)|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,3}[\p{L}\d][\p{L}\d’'-]*|(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+(?:\p{Ll}+\s+){1,2}(?=\p{Lu}[\p{L}\p{M}’'.-]*\s+\p{Lu}))?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|da|van|von|der|den|du|la|le|al|bin))*)\s+(?:(?:also|later|then|again|once|still|even|had|has|have|was|is|were|are|would|will|did|does)\s+)*(?:was|is|were|are|had|has|did|does|took|gave|made|spoke|felt|went|came|saw|put|left|kept|got|won|lost|knew|thought|sought|told|said|began|became|held|stood|wrote|brought|built|caught|fought|meant|sent|spent|ran|drew|threw|\p{Ll}+ed|\p{Ll}+(?<!s)s)\b/u;
// "Trump’s comment that …", "the minister’s remark about …": the words belong to their owner.
const OWNER_OF_WORDS =
  /(\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*){0,3})[’']s?\s+(?:\p{Ll}+\s+)?(?:comment|comments|remark|remarks|words|claim|description|assessment|warning|promise|pledge|description|phrase|verdict|view|statement|tweet|post)\b/u;

const WORDS_NOUN =
  '(?:statement|words|message|reply|response|reaction|verdict|view|comments?|remarks?|explanation|answer|tweet|post)';
const OWN_WORDS = new RegExp(
  `^(?:((?:the\\s+)?[\\p{L}\\p{M}.' -]{2,60}?)[’']s?|(his|her|their))\\s+(?:full\\s+|own\\s+)?${WORDS_NOUN}(?:\\s+(?:read|reads|said|was))?$`,
  'iu',
);
// "DELHI: The Janata Front …", "LISBON - Portugal coach …": the dateline before the subject.
const DATELINE = /^\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*\s*(?::|\s[-–—])\s+/u;
// "The Janata Front on Wednesday attacked …": when, between the subject and its verb.
const WHEN = new RegExp(
  `\\s+(?:(?:on|last|this|early|late)\\s+(?:${WEEKDAYS}|week|weekend|night|morning|month|year)|yesterday|today|tonight)\\b`,
  'iu',
);
const PRONOUN_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** The speaker a colon introduces, from the sentence before the colon; null when it names no one. */
export function colonSpeaker(before: string): RawCue | null {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(':')) return null;
  const lead = trimmed.slice(0, -1).trim();
  if (lead === '') return null;
  if (NAME_HEAD.test(lead)) return { subject: lead, role: null };
  const quoted = quotedSaying(lead);
  if (quoted) return quoted;
  // "His words:", "The governor’s statement:", "Ana Ruiz’s reply:": the words' owner.
  const own = OWN_WORDS.exec(lead);
  if (own) return { subject: own[1] ?? PRONOUN_OF[own[2]!.toLowerCase()]!, role: null };
  const from = FROM_SPEAKER.exec(lead);
  if (from && WORDS_FOR_WORDS.test(lead.slice(0, from.index))) return { subject: from[1]!, role: null };
  return sentenceSubject(lead);
}

/** Whose words a partial quotation in `sentence` carries: the owner of "Trump’s comment", else the subject. */
export function sentenceSubject(sentence: string): RawCue | null {
  const owner = OWNER_OF_WORDS.exec(sentence);
  return owner ? { subject: owner[1]!, role: null } : grammaticalSubject(sentence);
}

/** The subject of `sentence` when it opens with a person, a pronoun or a definite role; else null. */
export function grammaticalSubject(sentence: string): RawCue | null {
  // The main clause may follow an opening one: "Asked about the incident, Ms Thornberry sought to …".
  // Two clauses at most: a subject further in is a clause's, not the sentence's, and each try costs a pattern.
  for (const clause of sentence.split(/,\s+/u, 2)) {
    // "Senator Peter Welch (D-Vt.) released …": a party and state in brackets between the name and its verb.
    const subject = SUBJECT.exec(
      withoutBrackets(clause).trimStart().replace(DATELINE, '').replace(OPENER, '').replace(WHEN, ''),
    );
    if (subject) return { subject: subject[1]!, role: null };
  }
  return null;
}
