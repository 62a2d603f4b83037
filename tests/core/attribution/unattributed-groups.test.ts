// Unattributed quotations gathered by suggested speaker: one line per speaker, not one per quotation,
// and only for suggestions reliable enough to be accepted in one click.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { quoteFindings } from '../../../core/attribution/findings';
import { groupUnattributed } from '../../../core/attribution/unattributed-groups';
import { bodySchema } from '../../../core/body/schema';
import { doc, p, q } from '../../builders/body';
import { confidenceFor } from '../../renderer/quotes/offers';
import { detection } from './fixtures';

const ONE_CLICK = confidenceFor('one-click');
const QUESTION = confidenceFor('question');
const TOO_WEAK = confidenceFor('too weak');

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
    ...detection(body, [line], 'a spokesperson', ONE_CLICK),
    speakerKind: 'unnamed' as const,
  })),
  detection(body, ['Other words'], 'Ana Ruiz', ONE_CLICK),
  detection(body, ['Loose words'], null),
  { ...detection(body, ['Her words'], 'Ana Ruiz', QUESTION), cue: { kind: 'pronoun' as const, words: 'she' } },
  { ...detection(body, ['More of hers'], 'Ana Ruiz', QUESTION), cue: { kind: 'pronoun' as const, words: 'she' } },
  detection(body, ['Faint words'], 'Ana Ruiz', TOO_WEAK),
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
      detection(body, ['line 1'], 'a  Spokesperson', ONE_CLICK),
      detection(body, ['line 2'], 'a spokesperson', ONE_CLICK),
    ];
    const suggested = groupUnattributed(quoteFindings(body, [], loose)).filter((group) => group.speaker !== null);
    expect(suggested.map((group) => group.findings.length)).toEqual([2]);
  });
});
