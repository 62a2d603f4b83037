// The suggested edits in a body, one entry per suggestion in the order a reader meets them: what
// the Review panel lists and `byline review` prints. A suggestion is known by its id; its pieces
// (a word struck out here, another typed there) are gathered under it.
import type { Node as PMNode } from '@tiptap/pm/model';

export interface SuggestionSummary {
  id: string;
  /** replace: one suggestion that both strikes words out and adds others. */
  kind: 'insert' | 'delete' | 'replace';
  /** The words it would take away ('' for an insertion). */
  old: string;
  /** The words it would add ('' for a deletion). */
  new: string;
  by: string;
  at: string;
  /** From the first to the last of its pieces, in positions of the body. */
  from: number;
  to: number;
}

interface Gathering {
  summary: SuggestionSummary;
  deletes: boolean;
  inserts: boolean;
  /** Where its last deleted / inserted piece ended, to join touching pieces without a space. */
  oldEnd: number;
  newEnd: number;
}

export function suggestionsIn(doc: PMNode): SuggestionSummary[] {
  const found = new Map<string, Gathering>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const end = pos + node.nodeSize;
    const words = node.isText ? node.text! : node.type.name === 'hardBreak' ? '\n' : '';
    for (const mark of node.marks) {
      const kind = mark.type.name;
      if (kind !== 'insertion' && kind !== 'deletion') continue;
      const id = String(mark.attrs.id);
      let entry = found.get(id);
      if (!entry) {
        entry = {
          summary: {
            id,
            kind: 'insert',
            old: '',
            new: '',
            by: text(mark.attrs.by),
            at: text(mark.attrs.at),
            from: pos,
            to: end,
          },
          deletes: false,
          inserts: false,
          oldEnd: -1,
          newEnd: -1,
        };
        found.set(id, entry);
      }
      entry.summary.to = Math.max(entry.summary.to, end);
      if (kind === 'deletion') {
        entry.summary.old = joined(entry.summary.old, entry.oldEnd, pos, words);
        entry.oldEnd = end;
        entry.deletes = true;
      } else {
        entry.summary.new = joined(entry.summary.new, entry.newEnd, pos, words);
        entry.newEnd = end;
        entry.inserts = true;
      }
    }
    return false;
  });
  return [...found.values()].map(({ summary, deletes, inserts }) => ({
    ...summary,
    kind: deletes && inserts ? 'replace' : deletes ? 'delete' : 'insert',
  }));
}

/** Pieces that touch read as one run of words; pieces apart (another paragraph) get a space between. */
function joined(sofar: string, lastEnd: number, start: number, words: string): string {
  if (sofar === '' || lastEnd === start) return sofar + words;
  return `${sofar} ${words}`;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
