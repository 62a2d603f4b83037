// Unattributed quotations gathered by suggested speaker: one line per speaker, not one per quotation,
// and only for suggestions reliable enough to be accepted in one click. Each quotation's offer is
// staged, as the detector's adapters set it from the calibration.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { quoteFindings } from '../../../core/attribution/findings';
import { groupUnattributed } from '../../../core/attribution/unattributed-groups';
import { bodySchema } from '../../../core/body/schema';
import { doc, p, q } from '../../builders/body';
import { detection, offering } from './fixtures';

const lines = Array.from({ length: 15 }, (_, n) => `line ${n + 1}`);
const body = bodySchema().nodeFromJSON(
  doc(
    ...lines.map((line) => p(`“${line},” a spokesperson said.`)),
    p('“Other words,” said Ana Ruiz.'),
    p(q(null, 'Marked, nobody chosen', 'm')),
    p(q('jens', 'Attributed already', 'j')),
    p('“Loose words,” it was said.'),
    p('“Her words,” she said.'),
    p('“More of hers,” she said.'),
    p('“Faint words,” someone said.'),
  ),
);
const detected = [
  ...lines.map((line) => ({
    ...offering('one-click', detection(body, [line], 'a spokesperson')),
    speakerKind: 'unnamed' as const,
  })),
  offering('one-click', detection(body, ['Other words'], 'Ana Ruiz')),
  detection(body, ['Loose words'], null),
  {
    ...offering('question', detection(body, ['Her words'], 'Ana Ruiz')),
    cue: { kind: 'pronoun' as const, words: 'she' },
  },
  {
    ...offering('question', detection(body, ['More of hers'], 'Ana Ruiz')),
    cue: { kind: 'pronoun' as const, words: 'she' },
  },
  offering('none', detection(body, ['Faint words'], 'Ana Ruiz')),
];

describe('unattributed quotations by suggested speaker', () => {
  const groups = groupUnattributed(quoteFindings(body, [newSource('jens', 'Jens Stoltenberg')], detected));
  const shape = groups.map((group) => [group.speaker?.speaker ?? null, group.offer, group.findings.length]);

  it('gathers the fifteen one-click quotations of one speaker into one group, in reading order', () => {
    expect(shape[0]).toEqual(['a spokesperson', 'one-click', 15]);
    expect(groups[0]!.findings.map((finding) => finding.text)).toEqual(lines);
    expect(groups[0]!.speaker).toMatchObject({ speakerKind: 'unnamed' });
  });

  it('keeps a speaker’s one-click quotations apart from those where the same name is only a question', () => {
    expect(shape).toEqual([
      ['a spokesperson', 'one-click', 15],
      ['Ana Ruiz', 'one-click', 1],
      [null, 'none', 3],
      ['Ana Ruiz', 'question', 2],
    ]);
    const oneClick = groups.find((group) => group.offer === 'one-click' && group.speaker?.speaker === 'Ana Ruiz')!;
    expect(oneClick.findings.map((finding) => finding.text)).toEqual(['Other words']);
    const asked = groups.find((group) => group.offer === 'question')!;
    expect(asked.findings.every((finding) => finding.offer === 'question')).toBe(true);
    expect(asked.key).not.toBe(oneClick.key);
  });

  it('shows no candidate for a suggestion too weak to offer: it waits with the quotations nobody suggested', () => {
    const none = groups.find((group) => group.offer === 'none')!;
    expect(none.speaker).toBeNull();
    expect(none.key).toBe('');
    expect(none.findings.map((finding) => finding.text)).toEqual([
      'Marked, nobody chosen',
      'Loose words',
      'Faint words',
    ]);
  });

  it('leaves attributed quotations out', () => {
    expect(groups.flatMap((group) => group.findings).some((finding) => finding.status !== 'unattributed')).toBe(false);
  });

  it('compares speakers loosely, as the source list does', () => {
    const loose = [
      offering('one-click', detection(body, ['line 1'], 'a  Spokesperson')),
      offering('one-click', detection(body, ['line 2'], 'a spokesperson')),
    ];
    const suggested = groupUnattributed(quoteFindings(body, [], loose)).filter((group) => group.speaker !== null);
    expect(suggested.map((group) => group.findings.length)).toEqual([2]);
  });
});
