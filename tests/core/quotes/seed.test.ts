import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectQuotations } from '../../../core/quotes/detect';
import { plainTextParagraphs } from '../../../core/quotes/plain-text';

const SEED = 'tests/fixtures/seed/000_6da7febdb4ae2164';

describe('the seed article', () => {
  it('yields exactly the five quotations a careful editor marks, all by Jens Stoltenberg', () => {
    const text = readFileSync(`${SEED}.txt`, 'utf8');
    const gold = JSON.parse(readFileSync(`${SEED}.quotes.json`, 'utf8')) as unknown[];

    const found = detectQuotations(plainTextParagraphs(text), text).map(({ text: quoted, start, end, speaker }) => ({
      text: quoted,
      start,
      end,
      speaker,
    }));

    expect(found).toEqual(gold);
  });
});
