// Word lists written as running text, the way a desk keeps them: easier to read and to extend than
// one quoted word per line.

/** The words of `lists`, split at white space, as one set. */
export const wordSet = (...lists: string[]): ReadonlySet<string> =>
  new Set(lists.flatMap((list) => list.split(/\s+/u)).filter((word) => word !== ''));
