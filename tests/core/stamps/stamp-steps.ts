// Random stamps for the property tests, and the rules every stamp must keep: publishedAt never
// moves once set except by an explicit correction, updates never precede it, and a refused stamp
// leaves the article as it was.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Article } from '../../../core/article/article';
import type { Problem } from '../../../core/checks/problem';
import { compareInstants } from '../../../core/dates/zones';
import { correctPublishedAt, stampPublished } from '../../../core/stamps/publish';
import type { StampResult } from '../../../core/stamps/stamp-result';
import { stampUpdate } from '../../../core/stamps/update';
import { countingIds } from './articles';

export const START = Date.parse('2025-03-01T00:00:00Z');
export const MINUTE = 60_000;

export const ZONES = [
  'Europe/Berlin',
  'Asia/Kabul',
  'Australia/Lord_Howe',
  'America/New_York',
  'Asia/Kathmandu',
  'UTC',
] as const;

/** Minutes before the clock's time; negative is in the future. Null: no time picked. */
const picked = fc.option(fc.integer({ min: -60, max: 24 * 60 }), { nil: null });

export const stampOperation = fc.oneof(
  fc.record({
    type: fc.constant('publish' as const),
    back: picked,
    blocking: fc.boolean(),
    override: fc.option(fc.constantFrom('', '  ', 'Desk approved'), { nil: null }),
  }),
  fc.record({
    type: fc.constant('correct' as const),
    back: fc.integer({ min: -60, max: 24 * 60 }),
    reason: fc.constantFrom('', 'Went live earlier'),
  }),
  fc.record({
    type: fc.constant('update' as const),
    back: picked,
    kind: fc.constantFrom('update' as const, 'correction' as const, 'clarification' as const),
    note: fc.constantFrom('', 'Road reopened.'),
  }),
);
export type StampOperation = typeof stampOperation extends fc.Arbitrary<infer T> ? T : never;

/** One step: the clock moves on, then someone in some zone stamps. */
export const step = fc.record({
  advance: fc.integer({ min: 0, max: 6 * 60 }),
  zone: fc.constantFrom(...ZONES),
  operation: stampOperation,
});
export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const BLOCKING: Problem = {
  code: 'unattributed-quote',
  severity: 'blocking',
  message: 'The quotation “Q” has no source.',
  where: { body: { from: 1, to: 3 } },
};

export function applyStamp(article: Article, operation: StampOperation, nowMs: number, timeZone: string): StampResult {
  const now = new Date(nowMs).toISOString();
  const at = (back: number | null) => (back === null ? {} : { at: new Date(nowMs - back * MINUTE).toISOString() });
  const common = { now, by: 'Amina Rahim', timeZone, newId: countingIds(operation.type) };
  switch (operation.type) {
    case 'publish':
      return stampPublished(article, {
        ...common,
        ...at(operation.back),
        problems: operation.blocking ? [BLOCKING] : [],
        ...(operation.override === null ? {} : { override: { reason: operation.override } }),
      });
    case 'correct':
      return correctPublishedAt(article, {
        ...common,
        at: new Date(nowMs - operation.back * MINUTE).toISOString(),
        reason: operation.reason,
      });
    case 'update':
      return stampUpdate(article, { ...common, ...at(operation.back), kind: operation.kind, note: operation.note });
  }
}

/** What must hold of every article any sequence of stamps can produce. */
export function expectConsistentDates(article: Article): void {
  const { publishedAt, updatedAt, updates, publishStamps } = article;
  if (publishedAt === null) {
    expect(updatedAt).toBeNull();
    expect(updates).toEqual([]);
    return;
  }
  expect(article.status).toBe('published');
  expect(publishStamps.at(-1)!.publishedAt).toBe(publishedAt);
  if (updatedAt !== null) expect(compareInstants(updatedAt, publishedAt)).toBeGreaterThanOrEqual(0);
  updates.forEach((update, i) => {
    expect(compareInstants(update.at, publishedAt)).toBeGreaterThanOrEqual(0);
    if (i > 0) expect(compareInstants(update.at, updates[i - 1]!.at)).toBeGreaterThanOrEqual(0);
  });
  expect(updatedAt).toBe(updates.at(-1)?.at ?? null);
}

/** Checks one stamp against the article before it; returns the article after it. */
export function expectStampKeepsRules(before: Article, operation: StampOperation, result: StampResult): Article {
  const snapshot = structuredClone(before);
  if (!result.ok) {
    expect(result.reason.length).toBeGreaterThan(10);
    expect(before).toEqual(snapshot);
    return before;
  }
  const after = result.article;
  if (before.publishedAt !== null && operation.type !== 'correct') expect(after.publishedAt).toBe(before.publishedAt);
  if (operation.type === 'publish' && operation.blocking)
    expect(after.publishStamps.at(-1)!.override).toEqual({ reason: 'Desk approved', problems: ['unattributed-quote'] });
  if (operation.type === 'update') expect(after.updates.length).toBe(before.updates.length + 1);
  else expect(after.publishStamps.length).toBe(before.publishStamps.length + 1);
  expectConsistentDates(after);
  return after;
}
