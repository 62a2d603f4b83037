// What search reads besides headline and body (bylines, deck, kicker, section, tags, the sources
// quoted) and how it ranks a word by where it stands; and how many matched beyond those returned.
import { describe, expect, it } from 'vitest';
import { newSource } from '../../../../core/article/source';
import { tempFolder, writeArticle } from './library-files';
import { hitIds as ids, openIndexes } from './open-indexes';

const indexes = openIndexes();

describe('the fields search reads', () => {
  it('finds the article by Ana Costa when searching Costa', async () => {
    const folder = tempFolder();
    writeArticle(folder, {
      id: 'ferry-strike',
      headline: 'Ferry crews strike',
      paragraphs: ['Crossings were cancelled.'],
      fields: { bylines: [{ name: 'Ana Costa', role: 'Staff reporter' }] },
    });
    writeArticle(folder, { id: 'council-vote', headline: 'Council votes', paragraphs: ['The vote was close.'] });
    const index = await indexes.ready(folder);

    expect(await ids(index, 'Costa')).toEqual(['ferry-strike']);
  });

  it.each([
    ['the deck', { deck: 'Ferries stay in port as the wind rises' }, 'ferries'],
    ['the kicker', { kicker: 'Exclusive' }, 'exclusive'],
    ['the section', { section: 'Business' }, 'business'],
    ['a tag', { tags: ['shipping'] }, 'shipping'],
    ['a source quoted', { sources: [newSource('s1', 'Jens Stoltenberg')] }, 'stoltenberg'],
  ])('finds an article by %s', async (_, fields, query) => {
    const folder = tempFolder();
    writeArticle(folder, { id: 'with-fields', headline: 'Storm warning', paragraphs: ['Winds of 90 km/h.'], fields });
    writeArticle(folder, { id: 'council-vote', headline: 'Council votes', paragraphs: ['The vote was close.'] });
    const index = await indexes.ready(folder);

    expect(await ids(index, query)).toEqual(['with-fields']);
  });

  it('ranks a word in the headline above the same word in the details, and that above the body', async () => {
    const folder = tempFolder();
    const filler = ['The council met on Tuesday and talked about the weather and the roads.'];
    writeArticle(folder, {
      id: 'word-in-body',
      headline: 'Council meets',
      paragraphs: ['The harbour was quiet.', ...filler],
      savedAt: '2025-03-03T09:00:00.000Z',
    });
    writeArticle(folder, {
      id: 'word-in-details',
      headline: 'Council meets again',
      paragraphs: filler,
      fields: { deck: 'A vote on the harbour is due' },
      savedAt: '2025-03-02T09:00:00.000Z',
    });
    writeArticle(folder, {
      id: 'word-in-headline',
      headline: 'Harbour reopens',
      paragraphs: filler,
      savedAt: '2025-03-01T09:00:00.000Z',
    });
    const index = await indexes.ready(folder);

    expect(await ids(index, 'harbour')).toEqual(['word-in-headline', 'word-in-details', 'word-in-body']);
  });
});

describe('how many matched', () => {
  it('says how many articles matched in all when it returns only the best of them', async () => {
    const folder = tempFolder();
    for (let n = 1; n <= 7; n++)
      writeArticle(folder, { id: `budget-story-${n}`, headline: `Budget story ${n}`, paragraphs: ['The budget.'] });
    writeArticle(folder, { id: 'other-story', headline: 'Harbour reopens', paragraphs: ['Ferries sail again.'] });
    const index = await indexes.ready(folder);

    const found = await index.search('budget', 3);

    expect(found.hits).toHaveLength(3);
    expect(found.total).toBe(7);
  });
});
