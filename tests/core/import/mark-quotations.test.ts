// Import marks quotations as the editor's "Attribute to …" would: an unnamed speaker becomes a
// source with no name and the noun phrase as its role, never a person called "a police spokeswoman".
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { markQuotations, type OfferOf } from '../../../core/import/mark-quotations';
import { doc, p } from '../../builders/body';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

/** A calibration that trusts every suggestion with one click, so the marking itself is what is tested. */
const settled: OfferOf = ({ speaker }) => (speaker === null ? 'none' : 'one-click');

const story = doc(
  p('“The road will stay closed until Friday,” a police spokeswoman said on Monday.'),
  p('“We will rebuild every house,” Mayor Ana Ruiz said.'),
  p('“Nobody was hurt,” a police spokeswoman said.'),
);

describe('marking an imported body', () => {
  it('makes an unnamed speaker one source with no name and the phrase as its role, used by each of its quotations', () => {
    const { sources } = markQuotations(story, [], ids(), settled);
    expect(sources.map(({ name, title }) => ({ name, title }))).toEqual([
      { name: '', title: 'a police spokeswoman' },
      { name: 'Ana Ruiz', title: 'Mayor' },
    ]);
  });

  it('attributes to an unnamed source the article already has, and to one an older file named by its phrase', () => {
    for (const existing of [
      newSource('kept', '', { title: 'A police spokeswoman' }),
      newSource('kept', 'a police spokeswoman', {}),
    ]) {
      const { sources, body } = markQuotations(story, [existing], ids(), settled);
      expect(sources.filter((source) => /spokeswoman/i.test(source.name + source.title))).toEqual([existing]);
      expect(JSON.stringify(body).match(/"sourceId":"kept"/g)).toHaveLength(2);
    }
  });

  it('with the measured calibration, settles no suggestion the editor would only ask about: no source made, each left to confirm', () => {
    const { sources, body, toConfirm, unattributed } = markQuotations(story, [], ids());
    expect({ sources, marks: JSON.stringify(body).includes('"sourceId"'), toConfirm, unattributed }).toEqual({
      sources: [],
      marks: false,
      toConfirm: 3,
      unattributed: 0,
    });
  });
});
