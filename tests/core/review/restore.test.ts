// Restoring an earlier revision brings back what the article said, and leaves its record alone.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { restoreRevision } from '../../../core/review/restore';
import { fullStory, source, update } from '../../builders/article';
import { paragraphs } from '../../builders/body';

const old: Article = fullStory(paragraphs('The first draft.'), {
  id: 'article-0001',
  headline: 'First headline',
  deck: 'First deck',
  kicker: 'First kicker',
  section: 'Local',
  bylines: [{ name: 'Amina Rahim', role: null }],
  dateline: null,
  tags: ['draft'],
  sources: [source('s1', 'First source')],
  publishedAt: null,
  updatedAt: null,
  updates: [],
  publishStamps: [],
});

const current: Article = fullStory(paragraphs('The published story, corrected.'), {
  id: 'article-0001',
  internalNote: 'Legal read it.',
  review: {
    stage: 'editing',
    assignee: 'Ben Editor',
    due: null,
    log: [{ from: 'published', to: 'editing', by: 'Ben Editor', at: '2021-02-20T10:00:00Z', note: null }],
    threads: [],
  },
  updates: [update('u9', 'correction', '2021-02-20T09:00:00Z', 'Fixes a name.')],
});

describe('restoring an earlier revision', () => {
  it('takes back its words and fields', () => {
    const restored = restoreRevision(current, old);
    expect(restored).toMatchObject({
      headline: 'First headline',
      deck: 'First deck',
      kicker: 'First kicker',
      section: 'Local',
      bylines: [{ name: 'Amina Rahim', role: null }],
      dateline: null,
      tags: ['draft'],
      sources: [source('s1', 'First source')],
      body: paragraphs('The first draft.'),
    });
  });

  it('never moves the record: dates, updates, stamps, the desk’s review, the id and the file name stay', () => {
    const restored = restoreRevision(current, old);
    for (const field of [
      'id',
      'slug',
      'status',
      'createdAt',
      'savedAt',
      'publishedAt',
      'updatedAt',
      'updates',
      'publishStamps',
      'review',
      'internalNote',
    ] as const)
      expect(restored[field]).toEqual(current[field]);
  });

  it('shares nothing with the revision it came from', () => {
    const restored = restoreRevision(current, old);
    restored.tags.push('changed');
    restored.bylines[0]!.name = 'Someone else';
    expect(old.tags).toEqual(['draft']);
    expect(old.bylines[0]!.name).toBe('Amina Rahim');
  });
});
