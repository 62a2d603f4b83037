// Finding text in an article body: pure functions over ProseMirror nodes.
import type { Node as PMNode } from '@tiptap/pm/model';

export interface FindQuery {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
}

/** A match as document positions: `from` before its first character, `to` after its last. */
export interface FindMatch {
  from: number;
  to: number;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
// An apostrophe between letters belongs to the word: "don" is not a whole word in "don’t".
const NOT_AFTER_WORD = String.raw`(?<!${WORD})(?<!${WORD}['’])`;
const NOT_BEFORE_WORD = String.raw`(?!${WORD})(?!['’]${WORD})`;

/** The pattern for a query, or null when there is nothing to look for. */
export function findPattern({ query, matchCase, wholeWord }: FindQuery): RegExp | null {
  if (query === '') return null;
  const escaped = query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = wholeWord ? `${NOT_AFTER_WORD}${escaped}${NOT_BEFORE_WORD}` : escaped;
  // The pattern runs on the original text, so case folding never shifts positions.
  return new RegExp(source, matchCase ? 'gu' : 'giu');
}

/** Every match in the document, in order. Matches stay inside one textblock. */
export function findMatches(doc: PMNode, query: FindQuery): FindMatch[] {
  const pattern = findPattern(query);
  if (!pattern) return [];
  const matches: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    matches.push(...findInTextblock(node, pos, pattern));
    return false;
  });
  return matches;
}

/**
 * Matches inside one textblock starting at `pos`. Text of neighbouring text nodes runs
 * together (a match may cross bold or a link); any other inline node, such as a hard break,
 * ends the run.
 */
export function findInTextblock(block: PMNode, pos: number, pattern: RegExp): FindMatch[] {
  const matches: FindMatch[] = [];
  let run = '';
  let runStart = pos + 1;
  const flush = (): void => {
    pattern.lastIndex = 0;
    for (const found of run.matchAll(pattern)) {
      const from = runStart + found.index;
      matches.push({ from, to: from + found[0].length });
    }
  };
  block.forEach((child, offset) => {
    if (child.isText) {
      if (run === '') runStart = pos + 1 + offset;
      run += child.text ?? '';
      return;
    }
    flush();
    run = '';
  });
  flush();
  return matches;
}
