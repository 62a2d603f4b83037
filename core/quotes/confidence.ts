// How sure the attribution is of a speaker, by the evidence it went on. One table, so the numbers
// can be compared with each other and calibrated against what reporters see in real news.
export const CONFIDENCE = {
  /** Nothing in the text says who spoke. */
  nobody: 0.2,
  /** Two or more people could be meant. */
  ambiguous: 0.3,
  /** A person named in full in the cue: "said Ana Ruiz". */
  fullName: 0.9,
  /** An organisation named in the cue: "the Sweet Home Fire District said". */
  organisationNamed: 0.85,
  /** One word of a name: "said Ruiz", matched to the person named so earlier or first named so. */
  partName: 0.75,
  /** A pronoun whose gender is that of the latest person named, with nobody else named since. */
  pronounKnownGender: 0.8,
  /** A pronoun whose gender fits the latest person's given name. */
  pronounGivenName: 0.75,
  /** A pronoun taken to mean the latest person, whose gender the text never gave. */
  pronounLatest: 0.7,
  /** A pronoun meaning the one person introduced nearby. */
  pronounOnlyIntroduced: 0.7,
  /** "They said" after an organisation spoke. */
  pluralOrganisation: 0.6,
  /** "The mayor said" after a person introduced as the mayor. */
  describedEarlier: 0.8,
  /** A role phrase that one person or organisation plays in the story. */
  playingRole: 0.75,
  /** A definite role nobody was given ("the Dutchman"), taken to mean the person named last. */
  definiteRole: 0.6,
  /** "The company said" after an organisation was named: the one named last. */
  organisationBack: 0.7,
  /** A role phrase whose trade names one organisation in the story ("the bank" → "First Bank"). */
  tradeOfOrganisation: 0.7,
  /** An unnamed source, kept by its noun phrase: "a spokeswoman said". */
  unnamedSource: 0.75,
  /** The subject of the sentence a partial quotation sits in, with no speech verb: "He mocked it as a “messaging bill.”" */
  sentenceSubject: 0.7,
  /** A speaker named in the same paragraph, with no cue tying them to the quotation. */
  sameParagraph: 0.7,
  /** A speaker carried over from the previous paragraph. */
  previousParagraph: 0.6,
} as const;
