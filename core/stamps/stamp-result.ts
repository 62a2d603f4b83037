// What every stamp returns, and the checks all stamps share: who is stamping, in which zone, and
// whether a time they gave can be read. A refusal is a value with a sentence, never a throw.
import type { Article } from '../article/article';
import { compareInstants, instantIn, isTimeZone } from '../dates/zones';

export type StampResult = { ok: true; article: Article } | { ok: false; reason: string };

/** Longest `by` the article format keeps (ArticleUpdate.by, PublishStamp.by). */
const MAX_NAME = 200;

export const refuse = (reason: string): StampResult => ({ ok: false, reason });

/** An instant written in the newsroom's zone, or the sentence that says why it cannot be. */
export type Reading = { ok: true; instant: string } | { ok: false; reason: string };

/**
 * Reads a time the reporter gave (or the clock's `now`) and writes it with the newsroom zone's
 * offset. Times without an offset are refused: read in this machine's zone they would mean
 * something else on a colleague's.
 */
export function readTime(timeZone: string, at: string, what: string): Reading {
  try {
    return { ok: true, instant: instantIn(timeZone, at) };
  } catch {
    return {
      ok: false,
      reason: `${what} “${at}” is not a time Byline can read: give a date and time with its offset, like 2021-02-18T21:14:00-05:00.`,
    };
  }
}

/** A bad zone gets its own sentence, before any time is read in it. */
export function zoneProblem(timeZone: string): string | null {
  if (isTimeZone(timeZone)) return null;
  return `“${timeZone}” is not a time zone Byline knows: pick the newsroom’s zone by its IANA name, like Europe/Berlin.`;
}

/** Every stamp carries the name of the person at the keyboard. */
export function nameProblem(by: string): string | null {
  if (by.trim() === '') return 'Stamps carry the name of the person making them: set “Your name” in Settings first.';
  if (by.length > MAX_NAME) return `The name on a stamp can be at most ${MAX_NAME} characters.`;
  return null;
}

/** The shared first step of a stamp: a known zone, a name, and `now` read in that zone. */
export function stampContext(timeZone: string, by: string, now: string): Reading {
  const problem = zoneProblem(timeZone) ?? nameProblem(by);
  if (problem !== null) return { ok: false, reason: problem };
  return readTime(timeZone, now, 'The clock’s time');
}

export const isAfter = (a: string, b: string): boolean => compareInstants(a, b) > 0;
export const isBefore = (a: string, b: string): boolean => compareInstants(a, b) < 0;
export const isSameInstant = (a: string, b: string): boolean => compareInstants(a, b) === 0;
