import { describe, expect, it } from 'vitest';
import {
  characterCount,
  LENGTH_TARGET_PROBLEM,
  parseLengthTarget,
  parseTags,
} from '../../../renderer/fields/fieldRules';

describe('parseTags', () => {
  it.each([
    { typed: 'council, bridges', tags: ['council', 'bridges'] },
    { typed: '  council ,, Council, bridges,', tags: ['council', 'bridges'] },
    { typed: 'floods,   Rhine   valley ', tags: ['floods', 'Rhine valley'] },
    { typed: ' , ', tags: [] },
  ])('reads "$typed" as $tags', ({ typed, tags }) => {
    expect(parseTags(typed)).toEqual(tags);
  });
});

describe('parseLengthTarget', () => {
  it.each([
    { typed: '', reading: { ok: true, value: null } },
    { typed: ' 800 ', reading: { ok: true, value: 800 } },
    { typed: '0', reading: { ok: false, problem: LENGTH_TARGET_PROBLEM } },
    { typed: '-5', reading: { ok: false, problem: LENGTH_TARGET_PROBLEM } },
    { typed: '12.5', reading: { ok: false, problem: LENGTH_TARGET_PROBLEM } },
    { typed: '2000000', reading: { ok: false, problem: LENGTH_TARGET_PROBLEM } },
  ])('reads "$typed"', ({ typed, reading }) => {
    expect(parseLengthTarget(typed)).toEqual(reading);
  });
});

describe('characterCount', () => {
  it('counts what a reader sees as one character once', () => {
    expect(characterCount('Zürich')).toBe(6);
    expect(characterCount('Zu\u0308rich')).toBe(6);
    expect(characterCount('Flag 🇺🇦')).toBe(6);
  });
});
