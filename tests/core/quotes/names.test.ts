// Reading who a speaker phrase names: titles in front of the name, a time phrase, two people at once, "X of Y", a role through whose it is.
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { readSubject } from '../../../core/quotes/names';
import { blockParagraphs } from '../../../core/quotes/plain-text';

function speakers(...paragraphs: string[]): (string | null)[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text).map((quotation) => quotation.speaker);
}

describe('a capitalised title in front of a name is not part of it', () => {
  const cases: [string, string][] = [
    ['“We will review the budget,” Trustee Ahmed Siddiqui said.', 'Ahmed Siddiqui'],
    ['Councillor Ruth Abara said: “The depot must close.”', 'Ruth Abara'],
    ['“We lost our focus,” said Coach Dana Whitlock.', 'Dana Whitlock'],
    ['“The sentence stands,” Judge Miriam Castle said.', 'Miriam Castle'],
    ['“The van was found empty,” Detective Inspector Liam Forde said.', 'Liam Forde'],
    ['“Not on my watch,” Senator Helen Dray said.', 'Helen Dray'],
    ['“Prices will fall,” Finance Minister Oskar Lind said.', 'Oskar Lind'],
    ['“The vaccine works,” said Prof. Alan Whyte.', 'Alan Whyte'],
    ['“The road stays shut,” Cllr Ahmed Siddiqui said.', 'Ahmed Siddiqui'],
    ['“The van was found empty,” DCI Liam Forde said.', 'Liam Forde'],
    ['“We found the car,” Det Sgt Liam Forde said.', 'Liam Forde'],
    ['“We tried everything,” Professor Emerita Ana Ruiz said.', 'Ana Ruiz'],
    ['Witness Ruth Bell told the court: “I saw him run.”', 'Ruth Bell'],
  ];
  for (const [paragraph, expected] of cases) {
    it(paragraph, () => {
      expect(speakers(paragraph)).toEqual([expected]);
    });
  }

  it('keeps the title for the source the editor creates', () => {
    const [quotation] = detectQuotations(blockParagraphs('“We will review the budget,” Trustee Ahmed Siddiqui said.'));

    expect(quotation).toMatchObject({ speaker: 'Ahmed Siddiqui', speakerTitle: 'Trustee' });
  });

  it('traces a later surname to the name without a capitalised trade in front', () => {
    expect(
      speakers('Landlord Ciarán O’Dowd has run the pub since 1998.', '“The regulars stayed,” O’Dowd said.'),
    ).toEqual(['Ciarán O’Dowd']);
  });
});

describe('what stands around a name is not part of it', () => {
  it('a time phrase opening the sentence', () => {
    expect(
      speakers('On Monday Ana Kovačević said the shelter was full.', '“We turn people away,” Kovačević said.'),
    ).toEqual(['Ana Kovačević']);
  });

  it('where the speaker is from, after "of"', () => {
    expect(speakers('“We checked the numbers twice,” said Kofi Mensah of the University of Ghana.')).toEqual([
      'Kofi Mensah',
    ]);
  });

  it('whom the speaker spoke of, after "of"', () => {
    expect(
      speakers('Tomas Berg and Ingrid Holm argued outside the court.', '“This is not over,” said Holm of Berg.'),
    ).toEqual(['Ingrid Holm']);
  });

  it('an organisation named with "of" stays whole', () => {
    expect(speakers('“Rates will stay where they are,” the Bank of England said.')).toEqual(['Bank of England']);
  });
});

describe('two people named together are not one speaker', () => {
  it('reads "A and B" as no one', () => {
    expect(readSubject({ subject: 'Tomas Berg and Ingrid Holm', role: null })).toBeNull();
  });

  it('keeps a company named with "and"', () => {
    expect(readSubject({ subject: 'Procter and Gamble', role: null })).toMatchObject({
      kind: 'name',
      name: 'Procter and Gamble',
    });
  });

  it('does not hand a later surname to both', () => {
    expect(speakers('Tomas Berg and Ingrid Holm argued outside the court.', '“This is not over,” Holm said.')).toEqual([
      'Ingrid Holm',
    ]);
  });
});

describe('an unnamed source stays the noun phrase the text uses', () => {
  it('a spokesman for a named company', () => {
    expect(speakers('“We do not comment on leaks,” said a spokesman for Norvale Energy.')).toEqual([
      'a spokesman for Norvale Energy',
    ]);
  });

  it('a role named through whose it is', () => {
    expect(speakers('“She will appeal,” Ana Ruiz’s lawyer said.')).toEqual(['Ana Ruiz’s lawyer']);
  });

  it('the same role traced to the person introduced in it', () => {
    expect(
      speakers('Tom Reed, Ana Ruiz’s lawyer, left the court at noon.', '“She will appeal,” Ana Ruiz’s lawyer said.'),
    ).toEqual(['Tom Reed']);
  });
});
