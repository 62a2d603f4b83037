// What one paragraph tells about the people in it: the role given beside a name, however the sentence gives it.
import { describe, expect, it } from 'vitest';
import { scanParagraph } from '../../../core/quotes/scan-paragraph';

const rolesIn = (paragraph: string) =>
  scanParagraph(paragraph).mentions.flatMap(({ subject }) =>
    subject.kind === 'name' && subject.role !== null ? [[subject.name, subject.role]] : [],
  );

describe('scanParagraph: roles given beside a name', () => {
  const cases: [string, string[][]][] = [
    ['Her coach, Dragan Petrović, watched from the stands.', [['Dragan Petrović', 'Her coach']]],
    ['Dragan Petrović, her coach, watched from the stands.', [['Dragan Petrović', 'her coach']]],
    ['Japan’s trade minister, Yoko Shimizu, met her counterpart.', [['Yoko Shimizu', 'Japan’s trade minister']]],
    [
      'Joan Whitby, 71, a retired nurse, stood up.',
      [
        ['Joan Whitby', 'a retired nurse'],
        ['Joan Whitby', '71-year-old'],
      ],
    ],
    ['Semi Vakacegu, 34, scored twice.', [['Semi Vakacegu', '34-year-old']]],
    ['Amara Okafor KC, defending, rose first.', [['Amara Okafor', 'defending']]],
    ['Ana Ruiz is the hospital’s director.', [['Ana Ruiz', 'the hospital’s director']]],
    ['Tom Reed, Ana Ruiz’s lawyer, left at noon.', [['Tom Reed', 'Ana Ruiz’s lawyer']]],
  ];
  for (const [paragraph, expected] of cases) {
    it(paragraph, () => {
      expect(rolesIn(paragraph)).toEqual(expected);
    });
  }

  it('keeps a name typed with combining accents in one piece', () => {
    expect(scanParagraph('Ana Kovac\u030cevic\u0301 runs the shelter.').names.map(({ name }) => name)).toEqual([
      'Ana Kovac\u030cevic\u0301',
    ]);
  });
});
