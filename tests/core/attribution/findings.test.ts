// The findings the Quotes panel shows and the pre-publish checks judge.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { countsBySource, quoteFindings, summarize, summaryLine } from '../../../core/attribution/findings';
import { bodySchema } from '../../../core/body/schema';
import { doc, p, q } from '../../builders/body';
import { detection } from './fixtures';

const jens = { ...newSource('jens', 'Jens Stoltenberg'), obtained: 'press-conference' as const };
const body = bodySchema().nodeFromJSON(
  doc(
    p('He said ', q('jens', 'we stand together', 'a'), '.'),
    p('A spokeswoman said “no comment”.'),
    p(q(null, 'Nobody knows', 'b')),
    p(q('ghost', 'I was never here', 'c')),
    p(q('jens', 'Again', 'd')),
  ),
);

describe('quote findings', () => {
  const detected = [
    detection(body, ['no comment'], 'a spokeswoman', 0.6),
    detection(body, ['we stand together'], 'Jens Stoltenberg'),
  ];
  const findings = quoteFindings(body, [jens], detected);

  it('lists every quotation once, in document order, with a status', () => {
    expect(findings.map((finding) => [finding.text, finding.status])).toEqual([
      ['we stand together', 'attributed'],
      ['no comment', 'unattributed'],
      ['Nobody knows', 'unattributed'],
      ['I was never here', 'unknown-source'],
      ['Again', 'attributed'],
    ]);
  });

  it('names the source and how it was obtained, or the detector’s suggestion with its confidence', () => {
    expect(findings[0]).toMatchObject({
      speaker: 'Jens Stoltenberg',
      obtained: 'press-conference',
      confidence: 1,
      suggested: false,
    });
    expect(findings[1]).toMatchObject({ quoteId: null, speaker: 'a spokeswoman', confidence: 0.6, suggested: true });
    expect(findings[3]).toMatchObject({ speaker: null, sourceId: 'ghost' });
  });

  it('counts quotations per source and sums them up', () => {
    expect(countsBySource(findings, [jens, newSource('other', 'Ana Ruiz')])).toEqual([
      { sourceId: 'jens', name: 'Jens Stoltenberg', quotes: 2 },
      { sourceId: 'other', name: 'Ana Ruiz', quotes: 0 },
    ]);
    expect(summaryLine(summarize(findings, [jens]))).toBe(
      '5 quotations, 1 source, 2 unattributed, 1 not in the source list',
    );
    expect(
      summaryLine(
        summarize(
          findings.filter((finding) => finding.status === 'attributed'),
          [jens],
        ),
      ),
    ).toBe('2 quotations, 1 source, 0 unattributed');
  });
});
