import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';

/** Quotation texts found in paragraphs written one per array entry, joined as a body's plain text. */
function quotedIn(...paragraphs: string[]): string[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text).map((quotation) => quotation.text);
}

describe('finds direct quotations', () => {
  const cases: { name: string; paragraphs: string[]; expected: string[] }[] = [
    {
      name: 'curly marks',
      paragraphs: ['“We will rebuild the bridge,” the mayor said.'],
      expected: ['We will rebuild the bridge,'],
    },
    {
      name: 'straight marks',
      paragraphs: ['"We will rebuild the bridge," the mayor said.'],
      expected: ['We will rebuild the bridge,'],
    },
    {
      name: 'mixed marks',
      paragraphs: ['"We will rebuild the bridge,” the mayor said.'],
      expected: ['We will rebuild the bridge,'],
    },
    {
      name: 'a closing glyph typed where an opening one belongs',
      paragraphs: ['The mayor said: ”We will rebuild the bridge.”'],
      expected: ['We will rebuild the bridge.'],
    },
    {
      name: 'opened after a colon',
      paragraphs: ['He said: “The talks will go on until we have a deal.”'],
      expected: ['The talks will go on until we have a deal.'],
    },
    {
      name: 'a partial quotation inside a sentence',
      paragraphs: ['The minister called the plan “a betrayal of working families” and left.'],
      expected: ['a betrayal of working families'],
    },
    {
      name: 'a short partial quotation with a speech cue',
      paragraphs: ['She said the response was “too slow” and promised an inquiry.'],
      expected: ['too slow'],
    },
    {
      name: 'nested single quotes stay inside the quotation',
      paragraphs: ['“They told us ‘leave now’ and we ran,” said Ana Ruiz.'],
      expected: ['They told us ‘leave now’ and we ran,'],
    },
    {
      name: 'one sentence split by its attribution is two quotations',
      paragraphs: ['“A new school,” she said. “And a clinic.”'],
      expected: ['A new school,', 'And a clinic.'],
    },
    {
      name: 'AP continuation over three paragraphs',
      paragraphs: [
        '“The river rose fast.',
        '“By midnight the street was under water.',
        '“We lost everything,” said Tom Reed.',
      ],
      expected: ['The river rose fast.\n\n“By midnight the street was under water.\n\n“We lost everything,'],
    },
    {
      name: 'a quotation never closed ends with its paragraph when the next one does not reopen',
      paragraphs: ['“The river rose fast. We lost everything.  ', 'Reed has lived on the street since 1990.'],
      expected: ['The river rose fast. We lost everything.'],
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(quotedIn(...paragraphs)).toEqual(expected);
    });
  }
});

describe('does not mistake other uses of quotation marks for quotations', () => {
  const cases: { name: string; paragraph: string }[] = [
    { name: 'apostrophes: possessive plural', paragraph: 'The tenants’ association met on Tuesday.' },
    { name: 'apostrophes: a decade', paragraph: 'The building dates from the ’90s.' },
    { name: 'apostrophes: rock ’n’ roll', paragraph: 'He played rock ’n’ roll in the clubs of the city.' },
    { name: 'apostrophes: a name and a contraction', paragraph: 'O’Brien don’t agree, said nobody, and it’s fine.' },
    { name: 'scare quotes after so-called', paragraph: 'The so-called “reforms” cut the budget by a third.' },
    {
      name: 'scare quotes: a short phrase without a speech cue',
      paragraph: 'The council’s “consultation” lasted four days.',
    },
    { name: 'a title of a work after its kind', paragraph: 'The theatre staged the play “Hamlet” last spring.' },
    {
      name: 'a title after “titled”',
      paragraph: 'The ministry published a report titled “Roads to Recovery in the North” on Monday.',
    },
    { name: 'a title after “called”', paragraph: 'She recorded an album called “Blue Nights Over Lisbon” in 2019.' },
    {
      name: 'a title in title case with no speech cue',
      paragraph: 'He starred in “The Last Days of Summer” before moving to television.',
    },
    {
      name: 'a title with the comma inside the marks',
      paragraph: 'The band’s hit “Summer Rain,” released in 1998, topped the charts.',
    },
    { name: 'a nickname after “known as”', paragraph: 'The drummer, known as “Sticks,” toured for four decades.' },
    { name: 'a nickname inside a name', paragraph: 'Dwayne “The Rock” Johnson visited the school.' },
    { name: 'a word mentioned as a word', paragraph: 'The word “resilience” appears 40 times in the plan.' },
    { name: 'a phrase mentioned as a phrase', paragraph: 'The phrase “build back better” was first used in 2015.' },
  ];
  for (const { name, paragraph } of cases) {
    it(name, () => {
      expect(quotedIn(paragraph)).toEqual([]);
    });
  }
});

describe('offsets and pieces', () => {
  it('gives each piece of a multi-paragraph quotation in its own paragraph, marks excluded', () => {
    const text = '“First part.\n\n“Second part,” he said.';
    const [quotation] = detectQuotations(blockParagraphs(text), text);

    expect(quotation!.pieces).toEqual([
      { paragraph: 0, from: 1, to: 12 },
      { paragraph: 1, from: 1, to: 13 },
    ]);
    expect(text.slice(quotation!.start, quotation!.end)).toBe(quotation!.text);
  });

  it('rebuilds the text between paragraphs as line breaks when the whole text is not given', () => {
    const text = '“First part.\n\n“Second part,” he said.';
    const [quotation] = detectQuotations(blockParagraphs(text));

    expect(quotation!.text).toBe('First part.\n\n“Second part,');
  });
});
