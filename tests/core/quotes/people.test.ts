// Tracing a later mention back to who was introduced: spellings of one surname, descriptors by role, pronouns settled by given names.
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';

function speakers(...paragraphs: string[]): (string | null)[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text).map((quotation) => quotation.speaker);
}

describe('a surname later is the full name as first introduced', () => {
  const cases: { name: string; paragraphs: string[]; expected: string }[] = [
    {
      name: 'diacritics',
      paragraphs: ['Ana Kovačević runs the shelter.', '“We are full every night,” Kovačević said.'],
      expected: 'Ana Kovačević',
    },
    {
      name: 'a curly apostrophe',
      paragraphs: ['Ciarán O’Dowd opened the pub in 1998.', '“The regulars stayed,” O’Dowd said.'],
      expected: 'Ciarán O’Dowd',
    },
    {
      name: 'a straight apostrophe later for a curly one',
      paragraphs: ['Ciarán O’Dowd opened the pub in 1998.', "“The regulars stayed,” O'Dowd said."],
      expected: 'Ciarán O’Dowd',
    },
    {
      name: 'a hyphen',
      paragraphs: ['Elena Marquez-Hill chairs the board.', '“We will sell the building,” Marquez-Hill said.'],
      expected: 'Elena Marquez-Hill',
    },
    {
      name: 'Mc',
      paragraphs: ['Seán McAllister owns the boatyard.', '“Orders are down,” McAllister said.'],
      expected: 'Seán McAllister',
    },
    {
      name: 'accents typed as combining marks',
      paragraphs: ['Ana Kovac\u030cevic\u0301 runs the shelter.', '“We are full,” Kovačević said.'],
      expected: 'Ana Kovac\u030cevic\u0301',
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(speakers(...paragraphs)).toEqual([expected]);
    });
  }
});

describe('a descriptor is whoever the text introduced in that role', () => {
  const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
    {
      name: 'role, then name',
      paragraphs: ['Her coach, Dragan Petrović, said she was fit.', '“She trained all week,” the coach said.'],
      expected: ['Dragan Petrović'],
    },
    {
      name: 'name, then role',
      paragraphs: ['Dragan Petrović, her coach, watched from the stands.', '“She trained all week,” the coach said.'],
      expected: ['Dragan Petrović'],
    },
    {
      name: 'an organisation, then its role',
      paragraphs: [
        'Aerotec, the engine maker, said the fault was rare.',
        '“No other aircraft are affected,” the engine maker said.',
      ],
      expected: ['Aerotec'],
    },
    {
      name: 'a country’s minister',
      paragraphs: [
        'Japan’s trade minister, Yoko Shimizu, met her counterpart.',
        '“Exports are strong,” the minister said.',
      ],
      expected: ['Yoko Shimizu'],
    },
    {
      name: 'a role given with "is"',
      paragraphs: ['Ana Ruiz is the hospital’s director.', '“We need beds,” the director said.'],
      expected: ['Ana Ruiz'],
    },
    {
      name: 'a silk is a barrister',
      paragraphs: [
        'Amara Okafor KC defended the driver.',
        '“He was not at the wheel,” the defence barrister told the jury.',
      ],
      expected: ['Amara Okafor'],
    },
    {
      name: 'defending makes the defence barrister',
      paragraphs: [
        'Amara Okafor KC, defending, rose first.',
        '“He was not at the wheel,” the defence barrister told the jury.',
      ],
      expected: ['Amara Okafor'],
    },
    {
      name: 'the qualifier picks one of two barristers',
      paragraphs: [
        'Amara Okafor KC, defending, and Paul Grant KC, prosecuting, addressed the jury.',
        '“He was not at the wheel,” the defence barrister said.',
      ],
      expected: ['Amara Okafor'],
    },
    {
      name: 'two barristers and nothing to pick one: abstains',
      paragraphs: [
        'Amara Okafor KC and Paul Grant KC addressed the jury.',
        '“He was not at the wheel,” the defence barrister said.',
      ],
      expected: [null],
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(speakers(...paragraphs)).toEqual(expected);
    });
  }
});

describe('a pronoun between people the text leaves open is settled by their given names', () => {
  it('he, after a woman and a man were named', () => {
    expect(speakers('Maria Costa met Omar Haddad on Friday.', '“We listened,” he said.')).toEqual(['Omar Haddad']);
  });

  it('she, after both spoke', () => {
    expect(
      speakers(
        'Omar Haddad said members would strike. Maria Costa said the offer stood.',
        '“We will not move,” she said.',
      ),
    ).toEqual(['Maria Costa']);
  });

  it('she, for the woman who spoke last rather than the man who spoke before her', () => {
    const story = [
      'The mayor, Ann Fox, said the bridge would reopen.',
      '“It is not safe,” said Tom Reed, an engineer.',
      'Fox said she trusted the survey. “We checked twice,” she said.',
    ];

    expect(speakers(...story)).toEqual(['Tom Reed', 'Ann Fox']);
  });

  it('a descriptor spelt like a name every object has ("the constructor") is an unnamed source', () => {
    expect(speakers('“We are done,” the constructor said.', '“So are we,” the forecaster said.')).toEqual([
      'the constructor',
      'the forecaster',
    ]);
  });

  it('two men and he: abstains', () => {
    expect(
      speakers('Paul Grant said the plan was dead. Omar Haddad said it was not.', '“We agreed on nothing,” he said.'),
    ).toEqual([null]);
  });

  it('a given name never rules out the only person there is', () => {
    expect(speakers('Mayor Tom Reed visited the harbour.', '“It is sound,” she said.')).toEqual(['Tom Reed']);
  });
});
