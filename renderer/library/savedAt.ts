// "Last saved" in the library list: relative while recent, a short date after; the clock is passed in.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function savedAgo(iso: string, now: number, locale?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const elapsed = now - at;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Date(at).toLocaleDateString(
    locale,
    sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' },
  );
}

export function fullDate(iso: string, locale?: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : new Date(at).toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' });
}

/** A count still being made (a cold library's first minutes) shows as such, never as zero. */
export function wordsLabel(words: number | null): string {
  if (words === null) return 'counting…';
  return words === 1 ? '1 word' : `${words.toLocaleString('en-US')} words`;
}

/**
 * When the desk wants an article, in the list: "in 40 min", "in 3 h", "5 Dec" further off,
 * "40 min ago" once passed (the list marks it overdue).
 */
export function dueWhen(iso: string, now: number, locale?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const ahead = at - now;
  const span = Math.abs(ahead);
  if (span < DAY) {
    const amount = span < HOUR ? `${Math.max(1, Math.round(span / MINUTE))} min` : `${Math.round(span / HOUR)} h`;
    return ahead >= 0 ? `in ${amount}` : `${amount} ago`;
  }
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Date(at).toLocaleDateString(
    locale,
    sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' },
  );
}
