// Saving never touches the stamps: the library store writes publishedAt, updatedAt, the updates
// log and the publish record exactly as they were (the editor's session: tests/renderer/session).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { testLibrary, type TestLibrary } from '../../electron/library/fixtures/library';
import { doc, p } from '../../builders/body';
import { readyArticle } from './articles';
import { applyStamp, expectConsistentDates, expectStampKeepsRules, MINUTE, START, step } from './stamp-steps';

const STAMP_FIELDS = ['status', 'publishedAt', 'updatedAt', 'embargoUntil', 'updates', 'publishStamps'] as const;
const stampsOf = (article: Article) => Object.fromEntries(STAMP_FIELDS.map((field) => [field, article[field]]));

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

describe('saving through the library store', () => {
  it('writes the stamps as they were and only moves savedAt, across any sequence of saves and stamps', async () => {
    const save = fc.record({
      kind: fc.constant('save' as const),
      advance: fc.integer({ min: 0, max: 120 }),
      headline: fc.string({ minLength: 1, maxLength: 40 }),
      text: fc.string({ maxLength: 60 }),
    });
    const stamp = step.map((stamping) => ({ kind: 'stamp' as const, ...stamping }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(save, stamp), { maxLength: 12 }), async (steps) => {
        let nowMs = START;
        const store = library.store({ clock: { now: () => new Date(nowMs).toISOString() } });
        const created = await store.create({ headline: 'Floods close the valley road' });
        let opened = await store.save(
          { ...readyArticle({ id: created.article.id, slug: created.article.slug }) },
          created.revision,
        );
        for (const next of steps) {
          nowMs += next.advance * MINUTE;
          if (next.kind === 'save') {
            const before = opened.article;
            const edited: Article = {
              ...before,
              headline: next.headline,
              body: next.text === '' ? doc(p()) : doc(p(next.text)),
            };
            opened = await store.save(edited, opened.revision);
            const onDisk = (await library.json(opened.file)) as Article;
            expect(stampsOf(onDisk)).toEqual(stampsOf(before));
            expect(onDisk.savedAt).toBe(new Date(nowMs).toISOString());
            continue;
          }
          const { zone, operation } = next;
          const stamped = expectStampKeepsRules(
            opened.article,
            operation,
            applyStamp(opened.article, operation, nowMs, zone),
          );
          if (stamped !== opened.article) opened = await store.save(stamped, opened.revision);
        }
        expectConsistentDates((await library.json(opened.file)) as Article);
      }),
      { numRuns: 20 },
    );
  });
});
