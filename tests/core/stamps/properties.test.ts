// Properties of any sequence of stamps; saving.test.ts adds real saves between them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, readyArticle } from './articles';
import { applyStamp, expectStampKeepsRules, MINUTE, START, step } from './stamp-steps';

describe('any sequence of stamps', () => {
  it('keeps publishedAt fixed once set (but for corrections), updates at or after it, and refusals changing nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let article = deepFreeze(readyArticle());
        let nowMs = START;
        for (const { advance, zone, operation } of steps) {
          nowMs += advance * MINUTE;
          article = deepFreeze(expectStampKeepsRules(article, operation, applyStamp(article, operation, nowMs, zone)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('publishes an article at most once: every later publish stamp is refused', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        let article = readyArticle();
        let nowMs = START;
        for (const { advance, zone, operation } of steps) {
          nowMs += advance * MINUTE;
          const wasPublished = article.publishedAt !== null;
          const result = applyStamp(article, operation, nowMs, zone);
          if (operation.type === 'publish' && wasPublished) expect(result.ok).toBe(false);
          if (result.ok) article = result.article;
        }
        expect(article.publishStamps.filter((stamp) => stamp.kind === 'published').length).toBe(
          article.publishedAt === null ? 0 : 1,
        );
      }),
      { numRuns: 200 },
    );
  });
});
