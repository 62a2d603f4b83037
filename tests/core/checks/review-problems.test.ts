// The desk's part of the pre-publish check: approval, pending suggestions and open comments.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { prePublishCheck } from '../../../core/checks/pre-publish';
import { commentOnField, commentOnWords, resolveThread } from '../../../core/review/threads';
import { cm, del, doc, ins, p } from '../../builders/body';
import { NOW, readyArticle, ZONE } from '../stamps/articles';

const check = (article: Article, requireApproval?: boolean) =>
  prePublishCheck(
    article,
    { headlineLimit: 110, timeZone: ZONE, ...(requireApproval === undefined ? {} : { requireApproval }) },
    NOW,
  );
const codes = (article: Article, requireApproval?: boolean) =>
  check(article, requireApproval).map(({ code, severity }) => `${code}:${severity}`);
const inStage = (stage: 'draft' | 'ready' | 'editing' | 'changes-requested') =>
  readyArticle({ review: { stage, assignee: null, due: null, log: [], threads: [] } });
const input = { id: 't1', commentId: 'c1', by: 'Editor', at: '2025-03-14T07:40:00Z', text: 'Who counted?' };

describe('the desk in the pre-publish check', () => {
  it.each(['draft', 'ready', 'editing', 'changes-requested'] as const)(
    'blocks an article that is %s as not-approved',
    (stage) => {
      const problems = check(inStage(stage));
      expect(problems.map(({ code, severity }) => [code, severity])).toEqual([['not-approved', 'blocking']]);
      expect(problems[0]!.message).toMatch(/has not approved/);
    },
  );

  it('lets an unapproved article through when the newsroom turned the rule off', () => {
    expect(codes(inStage('draft'), false)).toEqual([]);
  });

  it('treats a file written before the desk as a draft that needs approval', () => {
    const { review: _none, ...old } = readyArticle();
    expect(codes(old)).toEqual(['not-approved:blocking']);
  });

  it('blocks each pending suggestion once, naming who suggested what', () => {
    const article = readyArticle({
      body: doc(
        p('Rain fell ', ...del('s1', 'Ana', 'all night'), ...ins('s1', 'Ana', 'for hours'), ' on the valley.'),
        p('The road ', ...ins('s2', 'Jonas', 'to Kabul '), 'closed.'),
      ),
    });
    const problems = check(article).filter(({ code }) => code === 'open-suggestion');
    expect(problems.map(({ severity, message }) => [severity, message])).toEqual([
      ['blocking', 'Ana suggested replacing “all night” with “for hours”; accept or reject it before publishing.'],
      ['blocking', 'Jonas suggested adding “to Kabul”; accept or reject it before publishing.'],
    ]);
  });

  it('blocks an open comment, on the body or a field, and not a resolved one', () => {
    const onBody = commentOnWords(readyArticle(), 'Rain fell', input);
    if (!onBody.ok) throw new Error(onBody.reason);
    expect(codes(onBody.article)).toEqual(['unresolved-comment:blocking']);
    const resolved = resolveThread(onBody.article, 't1', 'Editor', input.at);
    if (!resolved.ok) throw new Error(resolved.reason);
    expect(codes(resolved.article)).toEqual([]);
    const onField = commentOnField(readyArticle(), 'headline', { ...input, id: 't2' });
    if (!onField.ok) throw new Error(onField.reason);
    expect(check(onField.article)[0]).toMatchObject({ code: 'unresolved-comment', where: { field: 'review' } });
  });

  it('still blocks a comment whose words were deleted, saying so', () => {
    const article = readyArticle({
      body: doc(p('Rain fell all night on the valley.')),
      review: {
        stage: 'approved',
        assignee: null,
        due: null,
        log: [],
        threads: [
          {
            id: 'gone',
            anchor: { kind: 'body' },
            quote: 'the old bridge',
            comments: [{ id: 'c1', by: 'Editor', at: input.at, text: 'Which bridge?' }],
            resolved: false,
            resolvedBy: null,
            resolvedAt: null,
          },
        ],
      },
    });
    expect(check(article).map(({ code, message }) => [code, message])).toEqual([
      ['unresolved-comment', 'A comment on “the old bridge” is not resolved (its words were deleted).'],
    ]);
    // A comment mark still in the body ties the problem to its words.
    const marked = readyArticle({ body: doc(p(...cm('gone', 'Rain fell'), ' all night.')), review: article.review });
    expect(check(marked)[0]!.where).toEqual({ body: { from: 1, to: 10 } });
  });
});
