import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speakerOffer } from '../../../core/quotes/calibration';
import { articleJson } from '../../electron/library/index/library-files';
import { byline } from '../fixtures/run-byline';

const SEED = 'tests/fixtures/seed/000_6da7febdb4ae2164';

const folder = () => mkdtempSync(join(tmpdir(), 'byline-quotes-'));

describe('byline quotes', () => {
  it('prints the seed article’s five quotations with their offsets and speaker, keys in contract order', async () => {
    const gold = JSON.parse(readFileSync(`${SEED}.quotes.json`, 'utf8')) as {
      text: string;
      start: number;
      end: number;
      speaker: string;
    }[];

    const { code, stdout } = await byline('quotes', `${SEED}.txt`);

    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(printed.map(({ text, start, end, speaker }) => ({ text, start, end, speaker }))).toEqual(gold);
    for (const quotation of printed)
      expect(Object.keys(quotation)).toEqual(['text', 'speaker', 'start', 'end', 'confidence']);
  });

  it('with --why also says for each quotation the cue it read, the reason the app shows and what the app offers', async () => {
    const file = join(folder(), 'story.txt');
    writeFileSync(file, ['Harbour master Lena Marsh inspected the pier.', '“It is sound,” she said.'].join('\n\n'));

    const { code, stdout } = await byline('quotes', file, '--why');

    expect(code).toBe(0);
    const [printed] = JSON.parse(stdout) as { speaker: string; confidence: number; offer: string }[];
    expect(Object.keys(printed!)).toEqual(['text', 'speaker', 'start', 'end', 'confidence', 'cue', 'why', 'offer']);
    expect(printed).toMatchObject({ speaker: 'Lena Marsh', cue: 'pronoun', why: '“she” → Lena Marsh' });
    expect(printed!.offer).toBe(speakerOffer(printed!.speaker, printed!.confidence));
  });

  it('counts offsets in the text as read, carriage returns included', async () => {
    const file = join(folder(), 'crlf.txt');
    const text = 'Flood hits town\r\n\r\n“The water came fast,” Ana Ruiz said.\r\n';
    writeFileSync(file, text);

    const [quotation] = JSON.parse((await byline('quotes', file)).stdout) as {
      text: string;
      start: number;
      end: number;
      speaker: string;
    }[];

    expect(text.slice(quotation!.start, quotation!.end)).toBe('The water came fast,');
    expect(quotation!.speaker).toBe('Ana Ruiz');
  });

  it('reads an article file by its body’s plain text, paragraphs joined by blank lines', async () => {
    const file = join(folder(), 'storm.byline.json');
    writeFileSync(
      file,
      articleJson({
        id: 'storm-story',
        headline: 'Storm',
        paragraphs: ['Ferries stayed in port.', '“Nobody sails today,” harbour master Ian Cole said.'],
      }),
    );

    const printed = JSON.parse((await byline('quotes', file)).stdout) as unknown[];

    expect(printed).toEqual([
      { text: 'Nobody sails today,', speaker: 'Ian Cole', start: 26, end: 45, confidence: expect.any(Number) },
    ]);
  });

  it('refuses a file that cannot be read with exit code 1 and its reason, not the usage text', async () => {
    const { code, stdout, stderr } = await byline('quotes', join(folder(), 'absent.txt'));

    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^byline: cannot read .*absent\.txt: there is no such file \(ENOENT\)\n$/);
  });
});
