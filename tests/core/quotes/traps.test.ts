// Short scare quotes and titles of works that carry the sentence's punctuation are not quotations; short speech with a cue still is.
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';
import { readSpan } from '../../../core/quotes/traps';

function quotedIn(paragraph: string): string[] {
  return detectQuotations(blockParagraphs(paragraph), paragraph).map((quotation) => quotation.text);
}

describe('not quotations', () => {
  const cases: string[] = [
    'The company sold the so-called “unlimited” plan for years.',
    'Ministers plan a new “buyback tax,” critics say.',
    'The council spent the money fixing “potholes.”',
    'Landlords call it a “fair rent,” tenants say.',
    'Her debut album “Broken Neon.” sold 40,000 copies in a week.',
    'Her debut album is “Broken Neon.”',
    'As a child she read “Charlotte’s Web,” and never stopped reading.',
    'He hosts the podcast “Zero to Naira,” which has a million listeners.',
    'The documentary “Salt and Iron.” opens on Friday.',
  ];
  for (const paragraph of cases) {
    it(paragraph, () => {
      expect(quotedIn(paragraph)).toEqual([]);
    });
  }
});

describe('still quotations', () => {
  const cases: [string, string[]][] = [
    ['A government spokeswoman said the plan was “on track” and would be finished by May.', ['on track']],
    ['The minister said the plan was “a disaster.”', ['a disaster.']],
    ['Residents were “furious,” said Ana Ruiz, who organised the meeting.', ['furious,']],
    ['She described the mood in the town as “grim.”', ['grim.']],
    ['Ana Ruiz was asked about the cuts. She said they were “cruel.” Then she left.', ['cruel.']],
    ['The band’s singer told the crowd: “Thank you, Lisbon.”', ['Thank you, Lisbon.']],
  ];
  for (const [paragraph, expected] of cases) {
    it(paragraph, () => {
      expect(quotedIn(paragraph)).toEqual(expected);
    });
  }
});

describe('readSpan', () => {
  it('reads a one-word span with a cue elsewhere in its paragraph as speech', () => {
    expect(readSpan('cruel.', 'She said they were ', '', 'She said they were “cruel.”')).toBe('quotation');
  });

  it('reads the same span with no cue in its paragraph as a scare quote', () => {
    expect(
      readSpan(
        'potholes.',
        'The council spent the money fixing ',
        '',
        'The council spent the money fixing “potholes.”',
      ),
    ).toBe('scare-quote');
  });
});
