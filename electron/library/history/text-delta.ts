// A revision stored as what changed in the article file's text since the one before: a few
// character edits where typing changed a word and the save moved savedAt, instead of the whole
// article again. Lines are matched first (the file is pretty-printed JSON, a paragraph's text on
// one line), then each changed stretch is narrowed to the characters that differ.
import { diffSequences } from '../../../core/review/diff';

/** At offset `at` of the earlier text, `removed` characters give way to `inserted`. */
export type TextEdit = [at: number, removed: number, inserted: string];

function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/u);
}

/** The edits turning `before` into `after`, in order, none overlapping. */
export function textDelta(before: string, after: string): TextEdit[] {
  const a = linesOf(before);
  const b = linesOf(after);
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const runs = diffSequences(Int32Array.from(a, idOf), Int32Array.from(b, idOf));
  const edits: TextEdit[] = [];
  let offset = 0;
  let i = 0;
  let j = 0;
  let removed = '';
  let inserted = '';
  const flush = () => {
    if (removed === '' && inserted === '') return;
    edits.push(narrowed(offset - removed.length, removed, inserted));
    removed = inserted = '';
  };
  for (const { kind, count } of runs) {
    if (kind === 'equal') {
      flush();
      for (const line of a.slice(i, i + count)) offset += line.length;
      i += count;
      j += count;
    } else if (kind === 'delete') {
      const gone = a.slice(i, (i += count)).join('');
      removed += gone;
      offset += gone.length;
    } else inserted += b.slice(j, (j += count)).join('');
  }
  flush();
  return edits;
}

/** The edit replacing `removed` (at `at`) by `inserted`, less what both begin and end with. */
function narrowed(at: number, removed: string, inserted: string): TextEdit {
  let start = 0;
  const shorter = Math.min(removed.length, inserted.length);
  while (start < shorter && removed[start] === inserted[start]) start++;
  let end = 0;
  while (end < shorter - start && removed[removed.length - 1 - end] === inserted[inserted.length - 1 - end]) end++;
  return [at + start, removed.length - start - end, inserted.slice(start, inserted.length - end)];
}

/** `before` with `edits` made; throws when they do not fit it (a damaged record). */
export function applyTextDelta(before: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let position = 0;
  for (const edit of edits) {
    const [at, removed, inserted] = edit;
    if (!Number.isInteger(at) || !Number.isInteger(removed) || typeof inserted !== 'string')
      throw new Error('an edit of the wrong shape');
    if (at < position || removed < 0 || at + removed > before.length) throw new Error('an edit outside the text');
    pieces.push(before.slice(position, at), inserted);
    position = at + removed;
  }
  pieces.push(before.slice(position));
  return pieces.join('');
}
