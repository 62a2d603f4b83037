// The speaker rules added for issue 4: split quotations, names without titles or honours, descriptors traced back, and abstaining over guessing.
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';

function speakers(...paragraphs: string[]): (string | null)[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text).map((quotation) => quotation.speaker);
}

interface Case {
  name: string;
  paragraphs: string[];
  expected: (string | null)[];
}

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const { name, paragraphs, expected } of cases) {
      it(name, () => {
        expect(speakers(...paragraphs)).toEqual(expected);
      });
    }
  });
}

table('gives the quotation after the attribution to the same speaker', [
  {
    name: 'said X, then a new sentence',
    paragraphs: ['“The ferry will run,” said Lena Marsh. “But not on Sunday.”'],
    expected: ['Lena Marsh', 'Lena Marsh'],
  },
  {
    name: 'X said with a time phrase',
    paragraphs: ['“We are ready,” Lena Marsh said on Monday. “The boats are fuelled.”'],
    expected: ['Lena Marsh', 'Lena Marsh'],
  },
  {
    name: 'a pronoun cue, then a new sentence',
    paragraphs: ['Harbour master Lena Marsh inspected the pier.', '“It is sound,” she said. “We reopen at noon.”'],
    expected: ['Lena Marsh', 'Lena Marsh'],
  },
]);

table('resolves he or she to the one person just named', [
  {
    name: 'named without speaking in the paragraph before',
    paragraphs: ['Lena Marsh toured the flooded quay.', '“The ferry will run,” she said.'],
    expected: ['Lena Marsh'],
  },
  {
    name: 'two people named: abstains',
    paragraphs: ['Lena Marsh and Ana Ruiz met on the pier.', '“The boats are fuelled,” she said.'],
    expected: [null],
  },
]);

table('returns the name without titles, honours or a country', [
  {
    name: 'a capitalised job title in front and KC behind',
    paragraphs: ['“The evidence is thin,” Prosecutor Amara Okafor KC said.'],
    expected: ['Amara Okafor'],
  },
  {
    name: 'KC after the name, said first',
    paragraphs: ['“The evidence is thin,” said Amara Okafor KC.'],
    expected: ['Amara Okafor'],
  },
  {
    name: 'MP after the name',
    paragraphs: ['“The bill is flawed,” Daniel Reyes MP said.'],
    expected: ['Daniel Reyes'],
  },
  { name: 'PhD after the name', paragraphs: ['“The data are clear,” said Hana Sato PhD.'], expected: ['Hana Sato'] },
  {
    name: 'Jr. is kept, with its period',
    paragraphs: ['“We will appeal,” Martin Luther Cole Jr. said.'],
    expected: ['Martin Luther Cole Jr.'],
  },
  {
    name: 'a surname traced to the full name with Jr.',
    paragraphs: ['Senator Ana Ruiz Jr. spoke.', '“Vote yes,” Ruiz said.'],
    expected: ['Ana Ruiz Jr.'],
  },
  {
    name: 'an aside between commas after the name',
    paragraphs: ['“The evidence is thin,” Amara Okafor KC, for the defence, said.'],
    expected: ['Amara Okafor'],
  },
  {
    name: 'a country’s possessive before a person',
    paragraphs: ['“Growth is slowing,” Kenya’s Wanjiru Kamau said.'],
    expected: ['Wanjiru Kamau'],
  },
  {
    name: 'a country’s possessive before an organisation',
    paragraphs: ["“Banks must report losses,” Japan's Financial Services Agency said."],
    expected: ['Financial Services Agency'],
  },
  {
    name: 'a possessive that is the company’s own name stays',
    paragraphs: ['“Sales rose,” McDonald’s Corp said.'],
    expected: ['McDonald’s Corp'],
  },
  {
    name: 'a sports role opening the sentence',
    paragraphs: ['Striker Ana Ruiz said: “We were robbed.”'],
    expected: ['Ana Ruiz'],
  },
  {
    name: 'a surname that is also a job is still a name',
    paragraphs: ['“We were robbed,” Adam Driver said.'],
    expected: ['Adam Driver'],
  },
]);

table('traces a surname to the full name introduced earlier', [
  {
    name: 'with diacritics',
    paragraphs: ['Goran Kovačević chairs the panel.', '“We need more time,” Kovačević said.'],
    expected: ['Goran Kovačević'],
  },
  {
    name: 'introduced with honours after the name',
    paragraphs: ['Prosecutor Amara Okafor KC opened the case.', '“The evidence is thin,” Okafor said.'],
    expected: ['Amara Okafor'],
  },
  {
    name: 'introduced in the possessive',
    paragraphs: ['Wanjiru Kamau’s office released figures.', '“Growth is slowing,” Kamau said.'],
    expected: ['Wanjiru Kamau'],
  },
  {
    name: 'introduced after a country and a title',
    paragraphs: ['Britain’s Prime Minister Keir Starling spoke.', '“We are united,” Starling said.'],
    expected: ['Keir Starling'],
  },
]);

table('never names a bare honorific or a document', [
  { name: 'Dr alone', paragraphs: ['“We need more time,” Dr said.'], expected: [null] },
  { name: 'Dr. alone, said first', paragraphs: ['“We need more time,” said Dr.'], expected: [null] },
  {
    name: 'an honorific with a surname is the surname',
    paragraphs: ['“We will vote,” Dr King said.'],
    expected: ['King'],
  },
  {
    name: 'a statement from an organisation is the organisation',
    paragraphs: ['“The plant is safe,” said a statement from Norvale Energy.'],
    expected: ['Norvale Energy'],
  },
  { name: 'a statement on its own', paragraphs: ['“The plant is safe,” a statement said.'], expected: [null] },
  {
    name: 'in a statement after the organisation',
    paragraphs: ['“Prices will rise,” the Reserve Bank of Fiji said in a statement on Tuesday.'],
    expected: ['Reserve Bank of Fiji'],
  },
  {
    name: 'a newspaper whose name ends like a document',
    paragraphs: ['“No comment,” the Washington Post reported.'],
    expected: ['Washington Post'],
  },
]);

table('traces a descriptor to whoever was introduced in that role', [
  {
    name: 'the judge after Justice',
    paragraphs: [
      '“Order,” said Justice Priya Nair.',
      'Lawyers argued for an hour.',
      '“This court is not a stage,” the judge said.',
    ],
    expected: ['Priya Nair', 'Priya Nair'],
  },
  {
    name: 'the forecaster after an appositive',
    paragraphs: [
      'The Coastal Weather Service, the region’s official forecaster, issued a warning.',
      '“Gusts may reach 90 km/h,” the forecaster said.',
    ],
    expected: ['Coastal Weather Service'],
  },
  {
    name: 'the forecaster after the role came first',
    paragraphs: [
      'The national forecaster, the Coastal Weather Service, warned of gusts.',
      '“Stay indoors,” the forecaster said.',
    ],
    expected: ['Coastal Weather Service'],
  },
  {
    name: 'the forecaster after a lowercase role before the name',
    paragraphs: ['“Gales by noon,” forecaster Coastal Weather Service said.', '“Stay in,” the forecaster said.'],
    expected: ['Coastal Weather Service', 'Coastal Weather Service'],
  },
  {
    name: 'the forecaster to the one weather service named',
    paragraphs: ['The Coastal Weather Service issued an amber warning.', '“Stay indoors,” the forecaster said.'],
    expected: ['Coastal Weather Service'],
  },
  {
    name: 'a role with no one named in it stays the noun phrase',
    paragraphs: ['“Rates stay,” the lender said.'],
    expected: ['the lender'],
  },
]);

table('in a sentence naming two people, the speaker is the subject of the speech verb', [
  {
    name: 'A said B had',
    paragraphs: ['Tomas Berg said Ingrid Holm had “no right to the land.”'],
    expected: ['Tomas Berg'],
  },
  {
    name: 'A told B',
    paragraphs: ['Tomas Berg told Ingrid Holm: “You have no right to the land.”'],
    expected: ['Tomas Berg'],
  },
  {
    name: 'an opening participle naming B',
    paragraphs: ['Asked about Ingrid Holm, Tomas Berg said she had “no right to the land.”'],
    expected: ['Tomas Berg'],
  },
]);
