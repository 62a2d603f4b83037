// The people (and bodies) a story has named so far, filed so a later surname, a misspelt or
// glued name, or a headline's surname can be traced back to the full name as first introduced.
// people.ts builds on it to resolve pronouns and descriptors.
import { givenNameGender } from './given-names';
import type { Gender, IntroducedName, Subject } from './names';
import type { SpeakerCue, SpeakerKind } from './types';
import { CONFIDENCE } from './confidence';
import { plausibleName } from './plausible-name';
import { misspeltSurname } from './misspelt';
import { firstWord, GLUED, loose, onlyEndingIn, spelling, surnameOf } from './name-keys';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  title: string | null;
}

export interface Person extends Speaker {
  gender: Gender | null;
  /** The role the text gave in words ("the city's fire chief"), matched by descriptors. */
  role: string | null;
  /** The paragraph the person was last named in. */
  seenIn: number;
}

export type Resolution =
  { speaker: Speaker; confidence: number; cue: SpeakerCue | null } | { speaker: null; confidence: number; cue: null };

export const ABSTAIN: Resolution = { speaker: null, confidence: CONFIDENCE.nobody, cue: null };
export const AMBIGUOUS: Resolution = { speaker: null, confidence: CONFIDENCE.ambiguous, cue: null };

/** What the text said about a person's gender, else what their given name suggests. */
export const genderOf = (person: Person): Gender | null => person.gender ?? givenNameGender(person.name);

export class NamedPeople {
  /** People by surname and by first name, for "Stoltenberg said". */
  protected readonly byWord = new Map<string, Person[]>();
  protected readonly byName = new Map<string, Person>();
  /** People in the order they were last named; pronouns look here. */
  protected recent: Person[] = [];
  protected readonly unnamed = new Map<string, Speaker>();
  protected lastSpeaker: Speaker | null = null;
  /** The paragraph an unnamed source last spoke in, and whether a person was named after it: "he said" is that source till then. */
  /**
   * The person the latest sentence was about or the latest words were from, and where: a "he said"
   * the text leaves open between them and someone merely mentioned after means them (the subject
   * of a story carries on; the objects of its sentences do not).
   */
  protected subject: string | null = null;
  protected subjectIn = -2;
  /** The subject before that one, and where: two people a pronoun could mean leave it open. */
  protected formerSubject: string | null = null;
  protected formerSubjectIn = -2;
  protected unnamedSpokeIn = -2;
  protected personSinceUnnamed = true;
  protected paragraph = 0;
  /** Full names seen anywhere, by surname, and organisations by name: a later "Adebayo said" or "the association said" looks here. */
  protected readonly fullNames = new Map<string, Set<string>>();
  protected readonly organisations: string[] = [];
  protected readonly organisationRoles = new Map<string, string>();
  /** The paragraph each organisation was last named in, for "the company said". */
  protected readonly organisationSeen = new Map<string, number>();
  /** The paragraph each full name was last seen in, whether or not that person spoke. */
  protected readonly lastIntroduced = new Map<string, number>();

  introduce(names: readonly IntroducedName[]): void {
    for (const { name, organisation, role } of names) {
      if (!organisation) this.personSinceUnnamed = true;
      if (organisation) {
        if (!this.organisations.includes(name)) this.organisations.push(name);
        this.organisationSeen.set(name, this.paragraph);
        if (role !== null) this.organisationRoles.set(name, role.toLowerCase());
        continue;
      }
      this.lastIntroduced.set(name, this.paragraph);
      const surname = spelling(surnameOf(name));
      const known = this.fullNames.get(surname) ?? new Set<string>();
      if ([...known].some((full) => loose(full).endsWith(` ${loose(name)}`))) continue;
      if (![...known].some((full) => spelling(full) === spelling(name))) known.add(name);
      this.fullNames.set(surname, known);
    }
  }

  /** Whether a one-word name is someone the text has named: "Just" opening a sentence is not. */
  knows(subject: Subject): boolean {
    if (subject.kind !== 'name' || subject.organisation || subject.name.includes(' ')) return true;
    return this.knowsWord(subject.name);
  }

  protected knowsWord(word: string): boolean {
    const key = spelling(word);
    return this.byName.has(key) || this.byWord.has(key) || this.fullNames.has(key);
  }

  /** `speaker` spoke, or a sentence was about them: a pronoun left open goes to them. */
  wasSubject(speaker: Speaker): void {
    if (speaker.kind !== 'person') return;
    if (this.subject !== speaker.name) {
      this.formerSubject = this.subject;
      this.formerSubjectIn = this.subjectIn;
    }
    this.subject = speaker.name;
    this.subjectIn = this.paragraph;
  }

  /** Moves the reading on to paragraph `index`. */
  reading(index: number): void {
    this.paragraph = index;
  }

  /** A pronoun seen in a sentence about one person: that person becomes someone a later pronoun can mean. */
  learnGender(name: string, gender: Gender): void {
    const person = this.byName.get(spelling(name)) ?? this.bySurname(name);
    if (person) {
      person.gender ??= gender;
      return;
    }
    if (name.includes(' ')) this.named(name, null, null, gender);
  }

  protected spoke(speaker: Speaker, confidence: number): Resolution {
    this.lastSpeaker = speaker;
    if (speaker.kind === 'unnamed') {
      this.unnamedSpokeIn = this.paragraph;
      this.personSinceUnnamed = false;
    }
    return { speaker, confidence, cue: null };
  }

  /** The one person whose surname (or, failing that, first name) is `word`. */
  protected bySurname(word: string): Person | null {
    const matches = this.byWord.get(spelling(word));
    return matches?.length === 1 ? matches[0]! : null;
  }

  protected named(name: string, title: string | null, role: string | null, gender: Gender | null): Resolution {
    if (!plausibleName(name)) return ABSTAIN;
    // "Rodgers hails …" in the headline, "Brendan Rodgers" in the text: once the full name is known, they are one.
    const early = name.includes(' ') ? undefined : this.byName.get(spelling(name));
    const full = early ? this.fullNames.get(spelling(name)) : undefined;
    if (early && full?.size === 1) {
      this.forget(early);
      return this.named([...full][0]!, title ?? early.title, role ?? early.role, gender ?? early.gender);
    }
    // …and the same when the full name itself comes first after the headline's surname.
    const headline = name.includes(' ') ? this.byName.get(spelling(surnameOf(name))) : undefined;
    if (headline && !this.byName.has(spelling(name)) && (this.fullNames.get(spelling(surnameOf(name)))?.size ?? 0) <= 1)
      this.forget(headline);
    // "BorjeEkholm said": a name typed without its space is the person the text introduced as "Borje Ekholm".
    const glued = name.includes(' ') ? null : GLUED.exec(name);
    const unglued = glued ? `${glued[1]!} ${glued[2]!}` : null;
    if (unglued && [...(this.fullNames.get(spelling(glued![2]!)) ?? [])].some((full) => loose(full) === loose(unglued)))
      return this.named(unglued, title, role, gender);
    // "Van Gaal told", "Te Rangi said", "Silva Moura added": the end of one full name the text gave before.
    const ending = name.includes(' ') && !this.byName.has(spelling(name)) ? this.endingOf(name) : null;
    if (ending) return this.named(ending, title, role, gender);
    // "Lieveremont said" after "Marc Lievremont": a slip of the keyboard is the person the text introduced.
    const slip = name.includes(' ') || this.knowsWord(name) ? null : misspeltSurname(name, this.fullNames.keys());
    if (slip) return this.named(slip, title, role, gender);
    let person = this.byName.get(spelling(name)) ?? (name.includes(' ') ? null : this.bySurname(name));
    if (!person && !name.includes(' ') && this.byWord.has(spelling(name))) return AMBIGUOUS;
    const introduced = name.includes(' ') ? undefined : this.fullNames.get(spelling(name));
    if (!person && introduced && introduced.size > 1) return AMBIGUOUS;
    const [fullName] = introduced ?? [];
    if (!person && fullName) return this.named(fullName, title, role, gender);
    if (!person) {
      person = { name, kind: 'person', title: title ?? null, role, gender, seenIn: this.paragraph };
      this.byName.set(spelling(name), person);
      for (const word of new Set([surnameOf(name), firstWord(name)])) {
        if (word !== null) this.byWord.set(spelling(word), [...(this.byWord.get(spelling(word)) ?? []), person]);
      }
    }
    person.title ??= title;
    // Roles add up: "Joan Whitby, 71, a retired nurse" is both "the 71-year-old" and "the nurse".
    if (role !== null && person.role !== null && !person.role.includes(role)) person.role = `${person.role}; ${role}`;
    person.role ??= role;
    person.gender ??= gender;
    this.touch(person);
    return this.spoke(person, person.name.includes(' ') ? CONFIDENCE.fullName : CONFIDENCE.partName);
  }

  /** The one full name known so far that ends with the words of `name`, letter case aside; null when none or several. */
  protected endingOf(name: string): string | null {
    // Only names with the same last word can end with it: two lookups, not a pass over everyone.
    const surname = spelling(surnameOf(name));
    const known = new Set<string>(this.fullNames.get(surname));
    for (const person of this.byWord.get(surname) ?? []) known.add(person.name);
    return onlyEndingIn(name, known);
  }

  protected forget(person: Person): void {
    this.byName.delete(spelling(person.name));
    for (const [word, people] of this.byWord)
      this.byWord.set(
        word,
        people.filter((known) => known !== person),
      );
    this.recent = this.recent.filter((known) => known !== person);
  }

  protected touch(person: Person): void {
    this.personSinceUnnamed = true;
    person.seenIn = this.paragraph;
    this.recent = this.recent.filter((known) => known !== person);
    this.recent.push(person);
  }
}
