// A surname typed wrong once ("Lieveremont" for "Lievremont", "Kowalcyzk" for "Kowalczyk") is
// still the person the text introduced: a typo on the page must not become a second speaker.

/** Edit distance with adjacent swaps counted as one edit (optimal string alignment), up to `most`; more is most + 1. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The one known surname `word` is a slip of: same first letter, one edit away for a surname of five
 * letters or more, two for ten or more. Null when none or several are that close; short names
 * ("Lee", "Lea") are never matched, since they are different people far too often.
 */
export function misspeltSurname(word: string, known: Iterable<string>): string | null {
  if (word.length < 5) return null;
  const most = word.length >= 10 ? 2 : 1;
  const lower = word.toLowerCase();
  let found: string | null = null;
  for (const surname of known) {
    if (surname === word || surname.length < 5 || surname[0] !== word[0]) continue;
    if (distance(lower, surname.toLowerCase(), most) > most) continue;
    if (found !== null && found !== surname) return null;
    found = surname;
  }
  return found;
}
