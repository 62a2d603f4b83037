// Import marks quotations as the editor's "Attribute to …" would: an unnamed speaker becomes a
// source with no name and the noun phrase as its role, never a person called "a police spokeswoman".
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../core/article/source';
import { markQuotations } from '../../../core/import/mark-quotations';
import { doc, p } from '../../builders/body';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const story = doc(
  p('“The road will stay closed until Friday,” a police spokeswoman said on Monday.'),
  p('“We will rebuild every house,” Mayor Ana Ruiz said.'),
  p('“Nobody was hurt,” a police spokeswoman said.'),
);

describe('marking an imported body', () => {
  it('makes an unnamed speaker one source with no name and the phrase as its role, used by each of its quotations', () => {
    const { sources } = markQuotations(story, [], ids());
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
      const { sources, body } = markQuotations(story, [existing], ids());
      expect(sources.filter((source) => /spokeswoman/i.test(source.name + source.title))).toEqual([existing]);
      expect(JSON.stringify(body).match(/"sourceId":"kept"/g)).toHaveLength(2);
    }
  });
});
