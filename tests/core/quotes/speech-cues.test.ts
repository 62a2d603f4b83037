// The cue beside a quotation: the name set off after a role, the speaker of "said of", "according to X, Y said", and a sentence already finished.
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';
import { cueAfter, cueBefore } from '../../../core/quotes/speech-cues';

function speakers(...paragraphs: string[]): (string | null)[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text).map((quotation) => quotation.speaker);
}

describe('a name set off by commas after a role is the speaker', () => {
  it('after the quotation', () => {
    expect(cueAfter(', the party’s leader, Tadeusz Nowicki, said.')).toEqual({
      subject: 'Tadeusz Nowicki',
      role: 'the party’s leader',
    });
  });

  it('after "said"', () => {
    expect(cueAfter(', said the union’s general secretary, Omar Haddad.')).toEqual({
      subject: 'Omar Haddad',
      role: 'the union’s general secretary',
    });
  });

  it('before the quotation', () => {
    expect(cueBefore('Her coach, Dragan Petrović, said: ')).toEqual({ subject: 'Dragan Petrović', role: 'Her coach' });
  });

  it('a role after the name stays the role', () => {
    expect(cueAfter(', Dragan Petrović, her coach, said.')).toEqual({ subject: 'Dragan Petrović', role: 'her coach' });
  });
});

describe('the speaker, not the person spoken of or to', () => {
  const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
    {
      name: 'said of',
      paragraphs: ['“She is a fine player,” Tomas Berg said of Ingrid Holm.'],
      expected: ['Tomas Berg'],
    },
    {
      name: 'said about, said first',
      paragraphs: ['Tomas Berg and Ingrid Holm met on Friday.', '“She is a fine player,” said Berg about Holm.'],
      expected: ['Tomas Berg'],
    },
    {
      name: 'told',
      paragraphs: ['Ingrid Holm met Tomas Berg on Friday.', '“It went well,” Berg told Holm.'],
      expected: ['Tomas Berg'],
    },
    {
      name: 'according to one, said by the other',
      paragraphs: ['According to Ingrid Holm, Tomas Berg said: “The money is gone.”'],
      expected: ['Tomas Berg'],
    },
    {
      name: 'the one who disagreed speaks last',
      paragraphs: ['Tomas Berg said the deal was done, but Ingrid Holm disagreed. “It is not signed.”'],
      expected: ['Ingrid Holm'],
    },
  ];
  for (const { name, paragraphs, expected } of cases) {
    it(name, () => {
      expect(speakers(...paragraphs)).toEqual(expected);
    });
  }
});

describe('cues a reader finds clear', () => {
  const cases: [string[], (string | null)[]][] = [
    [['“I saw the van,” the witness told the court.'], ['the witness']],
    [['“The scheme was a failure,” Hamid Rostami told the committee.'], ['Hamid Rostami']],
    [['“Margins will recover,” Hamid Rostami told analysts on a call.'], ['Hamid Rostami']],
    [['“The vote was rigged,” Hamid Rostami wrote on X.'], ['Hamid Rostami']],
    [['“We will not form a coalition,” the party’s leader, Tadeusz Nowicki, said.'], ['Tadeusz Nowicki']],
    [['“Exports are strong,” Japan’s trade minister, Yoko Shimizu, said.'], ['Yoko Shimizu']],
    [['“The post office was our lifeline,” Joan Whitby, 71, a retired nurse, said.'], ['Joan Whitby']],
    [
      ['Tadeusz Nowicki leads the party.', '“We will not form a coalition,” said Nowicki, who has led it since 2015.'],
      ['Tadeusz Nowicki'],
    ],
    [['Maria Costa told the court: “I saw the van at nine.', '“Then it drove away.”'], ['Maria Costa']],
  ];
  for (const [paragraphs, expected] of cases) {
    it(paragraphs.join(' / '), () => {
      expect(speakers(...paragraphs)).toEqual(expected);
    });
  }
});
