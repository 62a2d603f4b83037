// Unattributed quotations gathered by suggested speaker: one line per speaker, not one per quotation.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { quoteFindings } from '../../../core/attribution/findings';
import { groupUnattributed } from '../../../core/attribution/unattributed-groups';
import { bodySchema } from '../../../core/body/schema';
import { doc, p, q } from '../../builders/body';
import { detection } from './fixtures';

const lines = Array.from({ length: 15 }, (_, n) => `line ${n + 1}`);
const body = bodySchema().nodeFromJSON(
  doc(
    ...lines.map((line) => p(`“${line},” a spokesperson said.`)),
    p('“Other words,” said Ana Ruiz.'),
    p(q(null, 'Marked, nobody chosen', 'm')),
    p(q('jens', 'Attributed already', 'j')),
    p('“Loose words,” it was said.'),
  ),
);
const detected = [
  ...lines.map((line) => ({ ...detection(body, [line], 'a spokesperson'), speakerKind: 'unnamed' as const })),
  detection(body, ['Other words'], 'Ana Ruiz'),
  detection(body, ['Loose words'], null),
];

describe('unattributed quotations by suggested speaker', () => {
  const groups = groupUnattributed(quoteFindings(body, [newSource('jens', 'Jens Stoltenberg')], detected));

  it('gathers the fifteen quotations of one speaker into one group, in reading order', () => {
    expect(groups.map((group) => [group.speaker?.speaker ?? null, group.findings.length])).toEqual([
      ['a spokesperson', 15],
      ['Ana Ruiz', 1],
      [null, 2],
    ]);
    expect(groups[0]!.findings.map((finding) => finding.text)).toEqual(lines);
    expect(groups[0]!.speaker).toMatchObject({ speakerKind: 'unnamed' });
  });

  it('leaves attributed quotations out, and keeps quotations with no suggestion together', () => {
    expect(groups.flatMap((group) => group.findings).some((finding) => finding.status !== 'unattributed')).toBe(false);
    expect(groups[2]!.findings.map((finding) => finding.text)).toEqual(['Marked, nobody chosen', 'Loose words']);
  });

  it('compares speakers loosely, as the source list does', () => {
    const loose = [detection(body, ['line 1'], 'a  Spokesperson'), detection(body, ['line 2'], 'a spokesperson')];
    const suggested = groupUnattributed(quoteFindings(body, [], loose)).filter((group) => group.speaker !== null);
    expect(suggested.map((group) => group.findings.length)).toEqual([2]);
  });
});
