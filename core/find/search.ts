// Finding text in an article body: pure functions over ProseMirror nodes. The text is searched
// with look-alikes folded (fold.ts), so straight and curly quotes, dashes and "..." and "…" find
// each other, and every match is mapped back to the exact characters of the body.
import type { Node as PMNode } from '@tiptap/pm/model';
import { fold, foldPattern, originalRange, type FoldedText } from './fold';

export interface FindQuery {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
  /** The query is a JavaScript regular expression (run with the `u` flag) rather than text. */
  regex: boolean;
}

/** A match as document positions: `from` before its first character, `to` after its last. */
export interface FindMatch {
  from: number;
  to: number;
}

/** A query ready to run, or why it cannot run. */
export type CompiledQuery = { pattern: RegExp; problem: null } | { pattern: null; problem: string | null };

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
// An apostrophe between letters belongs to the word: "don" is not a whole word in "don’t" (folded to "don't").
const NOT_AFTER_WORD = String.raw`(?<!${WORD})(?<!${WORD}')`;
const NOT_BEFORE_WORD = String.raw`(?!${WORD})(?!'${WORD})`;

/** The pattern for a query; no pattern and no problem when there is nothing to look for. */
export function compileQuery({ query, matchCase, wholeWord, regex }: FindQuery): CompiledQuery {
  if (query === '') return { pattern: null, problem: null };
  const body = regex ? `(?:${foldPattern(query)})` : fold(query).text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = wholeWord ? `${NOT_AFTER_WORD}${body}${NOT_BEFORE_WORD}` : body;
  const flags = matchCase ? 'gu' : 'giu';
  if (!regex) return { pattern: new RegExp(source, flags), problem: null };
  try {
    // Checked alone first: wrapped in a group, "a)(b" would be valid and mean something else.
    new RegExp(foldPattern(query), 'u');
    return { pattern: new RegExp(source, flags), problem: null };
  } catch (error) {
    return { pattern: null, problem: expressionProblem(error) };
  }
}

/** "Invalid regular expression: /(/u: Unterminated group" → "Not a valid regular expression: unterminated group." */
function expressionProblem(error: unknown): string {
  const said = error instanceof Error ? error.message : String(error);
  const reason = said.slice(said.lastIndexOf(': ') + 2).replace(/\.$/, '');
  return `Not a valid regular expression: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`;
}

/** Every match in the document, in order. Matches stay inside one textblock. */
export function findMatches(doc: PMNode, query: FindQuery): FindMatch[] {
  const { pattern } = compileQuery(query);
  return pattern ? matchesIn(doc, pattern) : [];
}

/** Every match of a compiled query in the document, in order. */
export function matchesIn(doc: PMNode, pattern: RegExp): FindMatch[] {
  return runMatches(textRunsIn(doc), pattern);
}

/** Matches inside one textblock starting at `pos`. */
export function findInTextblock(block: PMNode, pos: number, pattern: RegExp): FindMatch[] {
  return runMatches(textRuns(block, pos), pattern);
}

function runMatches(runs: TextRun[], pattern: RegExp): FindMatch[] {
  return runs.flatMap((run) => matchesInRun(run, pattern).map(({ from, to }) => ({ from, to })));
}

/**
 * A stretch of text inside one textblock. Text of neighbouring text nodes runs together (a match
 * may cross bold or a link); any other inline node, such as a hard break, ends the run.
 */
export interface TextRun {
  text: string;
  folded: FoldedText;
  /** Document position of the run's first character. */
  start: number;
}

/** Every run of text in the document, in order. */
export function textRunsIn(doc: PMNode): TextRun[] {
  const runs: TextRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    runs.push(...textRuns(node, pos));
    return false;
  });
  return runs;
}

/** The runs of one textblock at `pos`. */
export function textRuns(block: PMNode, pos: number): TextRun[] {
  const runs: TextRun[] = [];
  let text = '';
  let start = pos + 1;
  const flush = (): void => {
    if (text !== '') runs.push({ text, folded: fold(text), start });
    text = '';
  };
  block.forEach((child, offset) => {
    if (!child.isText) return flush();
    if (text === '') start = pos + 1 + offset;
    text += child.text ?? '';
  });
  flush();
  return runs;
}

/** A match in a run, with the regular expression's result on the folded text. */
export interface RunMatch extends FindMatch {
  found: RegExpExecArray;
}

/** Every non-empty match in a run whose ends fall on whole characters of the original. */
export function matchesInRun(run: TextRun, pattern: RegExp): RunMatch[] {
  const matches: RunMatch[] = [];
  pattern.lastIndex = 0;
  for (const found of run.folded.text.matchAll(pattern)) {
    // An empty match ("x*", "^") has nothing to highlight or replace.
    if (found[0] === '') continue;
    const range = originalRange(run.folded, found.index, found.index + found[0].length);
    if (range)
      matches.push({ from: run.start + range.from, to: run.start + range.to, found: found as RegExpExecArray });
  }
  return matches;
}
