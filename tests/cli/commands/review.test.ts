// `byline review FILE`: the desk's view of an article, exactly as the contract spells it.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../core/review/review';
import { doc, p, text } from '../../builders/body';
import { articleFile, draftArticle, expectUsageError } from '../fixtures/article-files';
import { byline } from '../fixtures/run-byline';

const AT = '2025-03-14T08:00:00Z';
const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } });
const suggestion = (type: 'insertion' | 'deletion', id: string, by: string) => ({ type, attrs: { id, by, at: AT } });

const thread = (id: string, quote: string, anchor: Review['threads'][number]['anchor'] = { kind: 'body' }) => ({
  id,
  anchor,
  quote,
  comments: [{ id: `${id}-c1`, by: 'Dana Whitfield', at: AT, text: `About ${quote}` }],
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
});

/** A story the desk has read: three threads (one on the headline) and three suggestions. */
function reviewedArticle() {
  const body = doc(
    p(
      'Rain fell ',
      text('all night', [comment('t-late')]),
      ' on the ',
      text('narrow ', [suggestion('insertion', 's-add', 'Dana Whitfield')]),
      'valley',
      text(' road', [suggestion('deletion', 's-cut', 'Lee Park')]),
      '.',
    ),
    p(
      text('Schools', [comment('t-early'), suggestion('deletion', 's-swap', 'Dana Whitfield')]),
      text('Classes', [suggestion('insertion', 's-swap', 'Dana Whitfield')]),
      ' closed.',
    ),
  );
  const review: Review = {
    stage: 'editing',
    assignee: 'Dana Whitfield',
    due: null,
    log: [],
    // Opened in another order than a reader meets them; one thread's words were deleted.
    threads: [
      thread('t-early', 'Schools'),
      thread('t-gone', 'the mayor said'),
      thread('t-late', 'all night'),
      thread('t-head', 'Floods close the valley road', { kind: 'field', field: 'headline' }),
    ].map((each) =>
      each.id === 't-late' ? { ...each, resolved: true, resolvedBy: 'Amina Rahim', resolvedAt: AT } : each,
    ),
  };
  return draftArticle({ body, review });
}

describe('byline review', () => {
  it('prints stage, assignee, threads in reading order and each suggestion with its kind, old and new words', async () => {
    const { code, stdout, stderr } = await byline('review', articleFile(reviewedArticle()));

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const comments = (quote: string) => [{ by: 'Dana Whitfield', at: AT, text: `About ${quote}` }];
    expect(JSON.parse(stdout)).toEqual({
      stage: 'editing',
      assignee: 'Dana Whitfield',
      threads: [
        {
          id: 't-head',
          quote: 'Floods close the valley road',
          resolved: false,
          comments: comments('Floods close the valley road'),
        },
        { id: 't-late', quote: 'all night', resolved: true, comments: comments('all night') },
        { id: 't-early', quote: 'Schools', resolved: false, comments: comments('Schools') },
        { id: 't-gone', quote: 'the mayor said', resolved: false, comments: comments('the mayor said') },
      ],
      suggestions: [
        { id: 's-add', kind: 'insert', old: '', new: 'narrow ', by: 'Dana Whitfield', at: AT },
        { id: 's-cut', kind: 'delete', old: ' road', new: '', by: 'Lee Park', at: AT },
        { id: 's-swap', kind: 'replace', old: 'Schools', new: 'Classes', by: 'Dana Whitfield', at: AT },
      ],
    });
    // The keys in the contract's order, at every level.
    const printed = JSON.parse(stdout) as { threads: { comments: object[] }[]; suggestions: object[] };
    expect(Object.keys(printed)).toEqual(['stage', 'assignee', 'threads', 'suggestions']);
    expect(Object.keys(printed.threads[0]!)).toEqual(['id', 'quote', 'resolved', 'comments']);
    expect(Object.keys(printed.threads[0]!.comments[0]!)).toEqual(['by', 'at', 'text']);
    expect(Object.keys(printed.suggestions[0]!)).toEqual(['id', 'kind', 'old', 'new', 'by', 'at']);
  });

  it('gives an article nobody has reviewed as a draft with nothing on it, and a published one as published', async () => {
    expect((await byline('review', articleFile(draftArticle()))).json).toEqual({
      stage: 'draft',
      assignee: null,
      threads: [],
      suggestions: [],
    });
    const published = draftArticle({ status: 'published', publishedAt: '2025-03-14T08:00:00+01:00' });
    expect((await byline('review', articleFile(published))).json).toMatchObject({ stage: 'published' });
  });

  it('refuses a file that is not an article with exit 1, and a missing FILE with exit 2', async () => {
    const file = articleFile(draftArticle());
    await expectUsageError(file, ['review'], /missing FILE \(usage: byline review FILE\)/);
    await expectUsageError(file, ['review', file, '--all'], /unknown option: --all/);
    const { code, stderr } = await byline('review', '/nonexistent/story.byline.json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read \/nonexistent\/story\.byline\.json/);
  });
});
