// Words in scripts written without spaces (Japanese, Chinese, Thai…) are counted as Intl.Segmenter
// finds them, and words in every other script as before, so a Tokyo story's status bar and
// library entry show its real length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../core/body/schema';
import { bodyPlainText, countBodyWords, countWords } from '../../../core/body/text';

const TOKYO = '東京都は本日、新しい予算案を発表した。';

// The rule, in two parts: Segmenter's word-like segments in each run of an unspaced script, and
// the written rule for the rest (letters or digits joined by ' ’ - . , or /).
const UNSPACED_RUN =
  /(?:(?=[^\u0000-\u0DFF])[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmr}\p{scx=Mymr}])+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’\-.,/][\p{L}\p{N}]+)*/gu;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const segmented = (run: string) => [...segmenter.segment(run)].filter((part) => part.isWordLike).length;
const byRule = (text: string) =>
  [...text.matchAll(UNSPACED_RUN)].reduce((sum, [run]) => sum + segmented(run), 0) +
  [...text.replace(UNSPACED_RUN, ' ').matchAll(WORD)].length;

describe('counting words of scripts written without spaces', () => {
  it('counts the Tokyo sentence as the 10 words Intl.Segmenter finds, not 2', () => {
    expect(countWords(TOKYO)).toBe(10);
  });

  it.each([
    ['Thai', 'ภาษาไทยง่ายนิดเดียว', 5],
    ['Chinese beside English', 'Mayor 李明 said 我们今天开会 today', 8],
    ['Japanese with a Latin name and a year', '東京都はNATOと2025年に会議', 9],
    ['Korean, written with spaces', '서울시는 오늘 예산안을 발표했다', 4],
  ])('%s: %j has %i words', (_, text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts a Japanese word split by a bold mark once, as in the text it makes', () => {
    const body: BodyJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '新しい予' },
            { type: 'text', text: '算案', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    };
    expect(countBodyWords(body)).toBe(countWords('新しい予算案'));
    expect(countBodyWords(body)).toBe(3);
  });

  it('counts the words of the rule on any mix of scripts, in text and in bodies split by marks', () => {
    const pieces = [
      '東京',
      '都',
      'は',
      '、',
      '。',
      'ー',
      'カタカナ',
      'ภาษา',
      'ไทย',
      'a',
      'Z',
      '7',
      '’',
      '-',
      ' ',
      '\n',
      'é',
      '𠀀',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => countWords(value) === byRule(value)),
      { numRuns: 1000 },
    );
    const paragraph = fc
      .array(
        text.filter((value) => value !== ''),
        { maxLength: 4 },
      )
      .map((texts): BodyJSON => ({
        type: 'paragraph',
        content: texts.map((value, n) => ({
          type: 'text',
          text: value,
          marks: n % 2 ? [{ type: 'bold' }] : undefined,
        })),
      }));
    const body = fc.array(paragraph, { maxLength: 4 }).map((content): BodyJSON => ({ type: 'doc', content }));
    fc.assert(
      fc.property(body, (doc) => countBodyWords(doc) === countWords(bodyPlainText(doc))),
      { numRuns: 500 },
    );
  });
});
