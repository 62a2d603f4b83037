// Who a speaker phrase means, given whom the article has named so far (named-people.ts): a
// pronoun, "the fire chief", "the Dutchman", "the company", or an unnamed source of its own.
import { givenNameGender } from './given-names';
import type { Gender, Subject } from './names';
import { describes, givenText, jobsFor, tradeName } from './roles';
import { CONFIDENCE } from './confidence';
import { plausibleName } from './plausible-name';
import { GENERIC_ORGANISATION } from './group-words';
import { personNoun, phraseGender } from './phrase-gender';
import { isNationality } from './demonyms';
import { cueOf, lastWord, opposite, roleParts, spelling, withoutOwner } from './name-keys';
import { ABSTAIN, AMBIGUOUS, genderOf, NamedPeople, type Person, type Resolution, type Speaker } from './named-people';

export type { Resolution, Speaker } from './named-people';

export class People extends NamedPeople {
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
    const found = this.byRecency(gender);
    return found.speaker ? found : (this.bySubject(gender) ?? found);
  }

  private byRecency(gender: Gender): Resolution {
    const open = this.recent.filter((person) => person.gender === gender || person.gender === null).reverse();
    const fitting = open.filter((person) => genderOf(person) !== opposite(gender));
    // A given name decides between the people the text leaves open; it never rules out the only one there is.
    if (fitting.length === 0 && open.length > 0 && !this.othersFit(gender, open)) return this.settle(open, gender);
    if (fitting.length === 0) return this.onlyIntroduced(gender);
    return this.settle(fitting, gender);
  }

  /** "Kharge … attacked Chief Minister Chouhan … ¶ He said …": the story's subject, lately, when the pronoun fits them. */
  private bySubject(gender: Gender): Resolution | null {
    const person = this.subject === null ? undefined : this.byName.get(spelling(this.subject));
    if (!person || this.subjectIn < this.paragraph - 2 || genderOf(person) === opposite(gender)) return null;
    // "Grant said … Haddad said … he said": two subjects it could mean, and nothing to choose between them.
    const former = this.formerSubject === null ? undefined : this.byName.get(spelling(this.formerSubject));
    if (former && this.formerSubjectIn >= this.paragraph - 2 && genderOf(former) !== opposite(gender)) return null;
    person.gender ??= gender;
    this.touch(person);
    return this.spoke(person, CONFIDENCE.pronounLatest);
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
    const kind = personNoun(role, phrase);
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
