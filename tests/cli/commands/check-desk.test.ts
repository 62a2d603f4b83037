// `byline check FILE` lists the desk's three blocking problems with their codes spelled exactly
// as the contract gives them: not-approved, open-suggestion, unresolved-comment.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../core/review/review';
import { doc, p, text } from '../../builders/body';
import { approvedArticle, approvedReview, articleFile, draftArticle } from '../fixtures/article-files';
import { byline } from '../fixtures/run-byline';

const AT = '2025-03-14T08:00:00Z';

async function codes(file: string): Promise<{ exit: number | null; codes: string[] }> {
  const { code, json } = await byline<{ code: string; severity: string }[]>('check', file);
  return { exit: code, codes: (json ?? []).map((problem) => `${problem.code} ${problem.severity}`) };
}

describe('byline check, the desk’s problems', () => {
  it('blocks a story the desk has not approved with not-approved', async () => {
    expect(await codes(articleFile(draftArticle()))).toEqual({ exit: 1, codes: ['not-approved blocking'] });
    expect(await codes(articleFile(approvedArticle()))).toEqual({ exit: 0, codes: [] });
  });

  it('blocks a pending suggestion with open-suggestion, one per suggestion', async () => {
    const body = doc(
      p(
        'Rain fell ',
        text('all ', [{ type: 'deletion', attrs: { id: 's1', by: 'Dana Whitfield', at: AT } }]),
        'night',
        text(' long', [{ type: 'insertion', attrs: { id: 's2', by: 'Lee Park', at: AT } }]),
        '.',
      ),
    );
    expect(await codes(articleFile(approvedArticle({ body })))).toEqual({
      exit: 1,
      codes: ['open-suggestion blocking', 'open-suggestion blocking'],
    });
  });

  it('blocks an open comment thread with unresolved-comment, and lets a resolved one through', async () => {
    const thread = (resolved: boolean): Review['threads'][number] => ({
      id: 't1',
      anchor: { kind: 'field', field: 'headline' },
      quote: 'Floods close the valley road',
      comments: [{ id: 'c1', by: 'Dana Whitfield', at: AT, text: 'Too long?' }],
      resolved,
      resolvedBy: resolved ? 'Amina Rahim' : null,
      resolvedAt: resolved ? AT : null,
    });
    const withThread = (resolved: boolean) =>
      articleFile(approvedArticle({ review: { ...approvedReview(), threads: [thread(resolved)] } }));

    expect(await codes(withThread(false))).toEqual({ exit: 1, codes: ['unresolved-comment blocking'] });
    expect(await codes(withThread(true))).toEqual({ exit: 0, codes: [] });
  });
});
