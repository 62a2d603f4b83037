// Who the article has named so far, so a surname, a pronoun or "the fire chief" can be traced
// back to the full name as first introduced.
import { givenNameGender } from './given-names';
import type { Gender, IntroducedName, Subject } from './names';
import { describes, givenText, jobsFor, tradeName } from './roles';
import type { SpeakerCue, SpeakerKind } from './types';
import { CONFIDENCE } from './confidence';
import { plausibleName } from './plausible-name';
import { GENERIC_ORGANISATION } from './group-words';
import { personNoun, phraseGender } from './phrase-gender';
import { isNationality } from './demonyms';
import { misspeltSurname } from './misspelt';
import {
  cueOf,
  firstWord,
  GLUED,
  lastWord,
  loose,
  onlyEndingIn,
  opposite,
  roleParts,
  spelling,
  surnameOf,
  withoutOwner,
} from './name-keys';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  title: string | null;
}

interface Person extends Speaker {
  gender: Gender | null;
  /** The role the text gave in words ("the city's fire chief"), matched by descriptors. */
  role: string | null;
  /** The paragraph the person was last named in. */
  seenIn: number;
}

export type Resolution =
  { speaker: Speaker; confidence: number; cue: SpeakerCue | null } | { speaker: null; confidence: number; cue: null };

const ABSTAIN: Resolution = { speaker: null, confidence: CONFIDENCE.nobody, cue: null };
const AMBIGUOUS: Resolution = { speaker: null, confidence: CONFIDENCE.ambiguous, cue: null };

/** What the text said about a person's gender, else what their given name suggests. */
const genderOf = (person: Person): Gender | null => person.gender ?? givenNameGender(person.name);

export class People {
  /** People by surname and by first name, for "Stoltenberg said". */
  private readonly byWord = new Map<string, Person[]>();
  private readonly byName = new Map<string, Person>();
  /** People in the order they were last named; pronouns look here. */
  private recent: Person[] = [];
  private readonly unnamed = new Map<string, Speaker>();
  private lastSpeaker: Speaker | null = null;
  /** The paragraph an unnamed source last spoke in, and whether a person was named after it: "he said" is that source till then. */
  private unnamedSpokeIn = -2;
  private personSinceUnnamed = true;
  private paragraph = 0;
  /** Full names seen anywhere, by surname, and organisations by name: a later "Adebayo said" or "the association said" looks here. */
  private readonly fullNames = new Map<string, Set<string>>();
  private readonly organisations: string[] = [];
  private readonly organisationRoles = new Map<string, string>();
  /** The paragraph each organisation was last named in, for "the company said". */
  private readonly organisationSeen = new Map<string, number>();
  /** The paragraph each full name was last seen in, whether or not that person spoke. */
  private readonly lastIntroduced = new Map<string, number>();

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

  private knowsWord(word: string): boolean {
    const key = spelling(word);
    return this.byName.has(key) || this.byWord.has(key) || this.fullNames.has(key);
  }

  /** Moves the reading on to paragraph `index`. */
  reading(index: number): void {
    this.paragraph = index;
  }

  /** Resolves a speaker phrase to whoever the article introduced, recording them as the latest named. */
  resolve(subject: Subject): Resolution {
    const found = this.resolveSubject(subject);
    return found.speaker ? { ...found, cue: cueOf(subject, found.speaker) } : found;
  }

  private resolveSubject(subject: Subject): Resolution {
    switch (subject.kind) {
      case 'pronoun':
        return subject.gender === 'male' || subject.gender === 'female'
          ? this.pronoun(subject.gender)
          : this.plural(subject.gender);
      case 'phrase':
        return this.descriptor(subject.phrase, subject.head, subject.organisation);
      case 'name':
        if (!subject.organisation) return this.named(subject.name, subject.title, subject.role, subject.gender);
        if (!plausibleName(subject.name)) return ABSTAIN;
        // "forecaster Coastal Weather Service said": a later "the forecaster" is that organisation.
        if (subject.title !== null || subject.role !== null)
          this.organisationRoles.set(subject.name, `${subject.title ?? ''} ${subject.role ?? ''}`.trim().toLowerCase());
        this.organisationSeen.set(subject.name, this.paragraph);
        return this.spoke({ name: subject.name, kind: 'organisation', title: null }, CONFIDENCE.organisationNamed);
    }
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

  private spoke(speaker: Speaker, confidence: number): Resolution {
    this.lastSpeaker = speaker;
    if (speaker.kind === 'unnamed') {
      this.unnamedSpokeIn = this.paragraph;
      this.personSinceUnnamed = false;
    }
    return { speaker, confidence, cue: null };
  }

  /** The one person whose surname (or, failing that, first name) is `word`. */
  private bySurname(word: string): Person | null {
    const matches = this.byWord.get(spelling(word));
    return matches?.length === 1 ? matches[0]! : null;
  }

  private named(name: string, title: string | null, role: string | null, gender: Gender | null): Resolution {
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
  private endingOf(name: string): string | null {
    // Only names with the same last word can end with it: two lookups, not a pass over everyone.
    const surname = spelling(surnameOf(name));
    const known = new Set<string>(this.fullNames.get(surname));
    for (const person of this.byWord.get(surname) ?? []) known.add(person.name);
    return onlyEndingIn(name, known);
  }

  private forget(person: Person): void {
    this.byName.delete(spelling(person.name));
    for (const [word, people] of this.byWord)
      this.byWord.set(
        word,
        people.filter((known) => known !== person),
      );
    this.recent = this.recent.filter((known) => known !== person);
  }

  private touch(person: Person): void {
    this.personSinceUnnamed = true;
    person.seenIn = this.paragraph;
    this.recent = this.recent.filter((known) => known !== person);
    this.recent.push(person);
  }

  private pronoun(gender: Gender): Resolution {
    // "“Do not be afraid,” one man said. ¶ “Get used to it,” he said.": the same man, while nobody else is named.
    const source = this.lastSpeaker;
    if (
      source?.kind === 'unnamed' &&
      // "the BNP spokesperson" is likely someone named before; "one man" is no one else.
      /^(?:a|an|one|another)\s/iu.test(source.name) &&
      !this.personSinceUnnamed &&
      this.unnamedSpokeIn >= this.paragraph - 1 &&
      phraseGender(source.name) !== opposite(gender)
    )
      return this.spoke(source, CONFIDENCE.pronounLatest);
    const open = this.recent.filter((person) => person.gender === gender || person.gender === null).reverse();
    const fitting = open.filter((person) => genderOf(person) !== opposite(gender));
    // A given name decides between the people the text leaves open; it never rules out the only one there is.
    if (fitting.length === 0 && open.length > 0 && !this.othersFit(gender, open)) return this.settle(open, gender);
    if (fitting.length === 0) return this.onlyIntroduced(gender);
    return this.settle(fitting, gender);
  }

  /** Someone named close by, other than `speakers`, whom the pronoun could mean by their given name too. */
  private othersFit(gender: Gender, speakers: readonly Person[]): boolean {
    return this.introducedNear(gender).some(
      ([name]) => givenNameGender(name) !== opposite(gender) && !speakers.some((person) => person.name === name),
    );
  }

  /** The latest of `candidates` (most recent first), unless someone else they could mean was named close by. */
  private settle(candidates: readonly Person[], gender: Gender): Resolution {
    const latest = candidates[0]!;
    if (this.namedSince(latest, gender)) return AMBIGUOUS;
    if (latest.gender === gender) return this.spoke(latest, CONFIDENCE.pronounKnownGender);
    // A given name that fits outweighs a rival whose gender nothing tells; a rival who fits as well leaves it open.
    const named = givenNameGender(latest.name) === gender;
    const rival = candidates
      .slice(1)
      .find((person) => person.seenIn >= latest.seenIn - 1 && (!named || genderOf(person) === gender));
    if (rival) return AMBIGUOUS;
    latest.gender = gender;
    return this.spoke(latest, named ? CONFIDENCE.pronounGivenName : CONFIDENCE.pronounLatest);
  }

  /** "Lena Marsh inspected the pier. “It is sound,” she said.": the one person named in this paragraph or the one before. */
  private onlyIntroduced(gender: Gender): Resolution {
    const open = this.introducedNear(gender);
    const fitting = open.filter(([name]) => givenNameGender(name) !== opposite(gender));
    // Among several, the one whose given name fits, else the one the text treats as a person.
    const byGivenName = fitting.filter(([name]) => givenNameGender(name) === gender);
    const persons = fitting.filter(([name]) => this.byName.has(spelling(name)));
    const near =
      open.length <= 1 ? open : byGivenName.length === 1 ? byGivenName : persons.length === 1 ? persons : fitting;
    if (near.length !== 1) return AMBIGUOUS;
    const introduced = this.named(near[0]![0], null, null, gender);
    return introduced.speaker
      ? { speaker: introduced.speaker, confidence: CONFIDENCE.pronounOnlyIntroduced, cue: null }
      : AMBIGUOUS;
  }

  /** People introduced in this paragraph or the one before whom nothing in the text rules out for the pronoun. */
  private introducedNear(gender: Gender): [string, number][] {
    return [...this.lastIntroduced].filter(([name, paragraph]) => {
      const gendered = this.byName.get(spelling(name))?.gender;
      return paragraph >= this.paragraph - 1 && (gendered === undefined || gendered === null || gendered === gender);
    });
  }

  /** Someone else the pronoun could mean was named after `person` last was, even without speaking. */
  private namedSince(person: Person, gender: Gender): boolean {
    for (const [name, paragraph] of this.lastIntroduced) {
      if (
        paragraph <= person.seenIn ||
        name === person.name ||
        person.name.endsWith(name) ||
        name.endsWith(lastWord(person.name))
      )
        continue;
      const other = this.byName.get(spelling(name));
      const known = other?.gender ?? givenNameGender(name);
      // A capitalised run nothing marks as a person ("Regent Mall", "Sky Sports") is no rival for "he".
      if (known === gender || (known === null && other !== undefined)) return true;
    }
    return false;
  }

  private plural(gender: 'plural' | 'first'): Resolution {
    // "they" is a body or a group, never "one man".
    if (
      gender === 'plural' &&
      this.lastSpeaker &&
      (this.lastSpeaker.kind === 'organisation' || /s$/u.test(this.lastSpeaker.name))
    )
      return this.spoke(this.lastSpeaker, CONFIDENCE.pluralOrganisation);
    return ABSTAIN;
  }

  /**
   * "the defence barrister" when no one was given those exact words: the one person whose title or
   * role has the same head noun (or a word for the same job, "Amara Okafor KC, defending"), the
   * qualifier deciding between several; 'ambiguous' when it cannot.
   */
  private playingRole(role: string): Person | 'ambiguous' | null {
    const { head, qualifiers } = roleParts(role);
    const jobs = jobsFor(head);
    const candidates = this.recent.filter((person) => describes(person, jobs));
    if (candidates.length <= 1) return candidates[0] ?? null;
    const qualified = candidates.filter((person) => qualifiers.some((word) => describes(person, jobsFor(word))));
    return qualified.length === 1 ? qualified[0]! : 'ambiguous';
  }

  /** The organisation named last, within the last three paragraphs. */
  private latestOrganisation(): string | null {
    let latest: string | null = null;
    let seen = this.paragraph - 3;
    for (const [name, paragraph] of this.organisationSeen) {
      if (paragraph >= seen) {
        latest = name;
        seen = paragraph;
      }
    }
    return latest;
  }

  /**
   * The people a definite role could mean: everyone named in this paragraph or the one before whom
   * the text treats as a person, except those it described as something else ("Presiding judge …"
   * is not "the former minister"). Full names; one entry per person.
   */
  private peopleNear(describedToo: boolean): string[] {
    const near: string[] = [];
    const add = (name: string) => {
      if (!near.some((known) => known.endsWith(lastWord(name)) || name.endsWith(lastWord(known)))) near.push(name);
    };
    const described = new Set<string>();
    for (const person of this.recent) {
      if (person.seenIn < this.paragraph - 1) continue;
      // A coach can be "the Kiwi" or "the 56-year-old"; only another job rules a person out.
      if (!describedToo && (person.title !== null || person.role !== null)) described.add(lastWord(person.name));
      else add(person.name);
    }
    for (const [name, paragraph] of this.lastIntroduced) {
      if (paragraph >= this.paragraph - 1 && !described.has(lastWord(name)) && this.looksLikePerson(name)) add(name);
    }
    return near;
  }

  /**
   * A name the text treats as a person's: a known given name, someone already met, or a short run
   * that is no plural ("Cardenham Lions") and does not open with a nationality ("Welsh Labour").
   */
  private looksLikePerson(name: string): boolean {
    if (givenNameGender(name) !== null || this.byName.has(spelling(name))) return true;
    const words = name.split(' ');
    return words.length <= 3 && !/s$/u.test(words[words.length - 1]!) && !isNationality(words[0]!);
  }

  /** "the fire chief" is the person introduced with that role; otherwise it names an unnamed source. */
  private descriptor(phrase: string, head: string, organisation: boolean): Resolution {
    const role = withoutOwner(head);
    const roleWords = jobsFor(role);
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const person = this.recent[i]!;
      const described = givenText(person);
      if (roleWords.some((word) => described.includes(word))) {
        this.touch(person);
        return this.spoke(person, CONFIDENCE.describedEarlier);
      }
    }
    const inRole = this.playingRole(role);
    if (inRole === 'ambiguous') return AMBIGUOUS;
    if (inRole) {
      this.touch(inRole);
      return this.spoke(inRole, CONFIDENCE.playingRole);
    }
    const playing = [...this.organisationRoles].filter(([, given]) => ` ${given} `.includes(` ${role} `));
    if (playing.length === 1)
      return this.spoke({ name: playing[0]![0], kind: 'organisation', title: null }, CONFIDENCE.playingRole);
    const trade = tradeName(role);
    const trading = trade ? this.organisations.filter((name) => trade.test(name)) : [];
    if (trading.length === 1)
      return this.spoke({ name: trading[0]!, kind: 'organisation', title: null }, CONFIDENCE.tradeOfOrganisation);
    if (organisation) {
      const head = lastWord(role);
      const named = this.organisations.filter((name) => name.toLowerCase().split(' ').includes(head));
      if (named.length === 1)
        return this.spoke({ name: named[0]!, kind: 'organisation', title: null }, CONFIDENCE.playingRole);
    }
    // "the company said", "the party said": the organisation the story named last, when it named one lately.
    // "his team" is a person's side, not the body named last.
    const body =
      phrase.startsWith('the ') && GENERIC_ORGANISATION.test(lastWord(role)) ? this.latestOrganisation() : null;
    if (body) return this.spoke({ name: body, kind: 'organisation', title: null }, CONFIDENCE.organisationBack);
    const known = this.unnamed.get(role);
    if (known) return this.spoke(known, CONFIDENCE.unnamedSource);
    // "the Dutchman said", "the 34-year-old said", "the press secretary replied": a definite role the text
    // never gave anyone stands, in news copy, for the person the story was just about.
    // Only words for a person stand for one: "the dream" or "the result" is no one.
    const kind = personNoun(role);
    const near = phrase.startsWith('the ') && !organisation && kind ? this.peopleNear(kind === 'origin') : [];
    if (near.length === 1) {
      const found = this.named(near[0]!, null, null, null);
      return found.speaker ? this.spoke(found.speaker, CONFIDENCE.definiteRole) : AMBIGUOUS;
    }
    // With several people about, "the former minister" is one of them, never a source of its own.
    if (near.length > 1) return AMBIGUOUS;
    // "the dream was not to be" read as a speaker is no source: only words for people or a body make one.
    if (!organisation && !kind) return ABSTAIN;
    const speaker: Speaker = { name: phrase, kind: organisation ? 'organisation' : 'unnamed', title: null };
    this.unnamed.set(role, speaker);
    return this.spoke(speaker, CONFIDENCE.unnamedSource);
  }
}
