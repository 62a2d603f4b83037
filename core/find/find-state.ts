// The find bar's state inside the editor: the query, its matches, the current one, and how
// they follow edits without rescanning the whole article on every keystroke.
import type { Node as PMNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { compileQuery, findInTextblock, matchesIn, type FindMatch, type FindQuery } from './search';

export interface FindPluginState {
  query: FindQuery | null;
  pattern: RegExp | null;
  /** Why the query cannot run (a regular expression that is not valid), for the find bar to say. */
  problem: string | null;
  matches: FindMatch[];
  /** Index into `matches`, or -1 when there is no current match. */
  current: number;
  decorations: DecorationSet;
}

/** What the find commands tell the plugin through transaction metadata. */
export type FindAction =
  | { type: 'setQuery'; query: FindQuery; near: number }
  | { type: 'setCurrent'; index: number }
  /** After an edit, make current the first match starting at or after `near`. */
  | { type: 'currentNear'; near: number }
  | { type: 'clear' };

export const findPluginKey = new PluginKey<FindPluginState>('findReplace');

export const FIND_MATCH_CLASS = 'find-match';
export const FIND_MATCH_CURRENT_CLASS = 'find-match-current';

export const EMPTY_FIND: FindPluginState = {
  query: null,
  pattern: null,
  problem: null,
  matches: [],
  current: -1,
  decorations: DecorationSet.empty,
};

/** "3 of 12": `current` counts from 1, and is 0 when no match is current. */
export function findState(state: EditorState): {
  total: number;
  current: number;
  query: FindQuery | null;
  problem: string | null;
} {
  const find = findPluginKey.getState(state) ?? EMPTY_FIND;
  return { total: find.matches.length, current: find.current + 1, query: find.query, problem: find.problem };
}

export function applyFind(tr: Transaction, previous: FindPluginState): FindPluginState {
  const action = tr.getMeta(findPluginKey) as FindAction | undefined;
  if (action?.type === 'clear') return EMPTY_FIND;
  if (action?.type === 'setQuery') {
    const { pattern, problem } = compileQuery(action.query);
    if (!pattern) return { ...EMPTY_FIND, query: action.query, problem };
    const matches = matchesIn(tr.doc, pattern);
    return withCurrent(
      tr.doc,
      { ...previous, query: action.query, pattern, problem: null, matches },
      firstAtOrAfter(matches, action.near),
    );
  }
  // With no query there is nothing to follow: typing costs this plugin nothing.
  if (!previous.pattern) return previous;
  let next = tr.docChanged ? followEdit(tr, previous, previous.pattern) : previous;
  if (action?.type === 'setCurrent') next = withCurrent(tr.doc, next, action.index);
  if (action?.type === 'currentNear') next = withCurrent(tr.doc, next, firstAtOrAfter(next.matches, action.near));
  return next;
}

/** Maps matches through the edit and rescans only the textblocks it touched. */
function followEdit(tr: Transaction, previous: FindPluginState, pattern: RegExp): FindPluginState {
  const blocks = touchedTextblocks(tr);
  const inTouched = (match: FindMatch): boolean => blocks.some((b) => match.from >= b.from && match.to <= b.to);
  const currentMatch = previous.matches[previous.current];
  const currentAt = currentMatch ? tr.mapping.map(currentMatch.from, -1) : -1;

  const kept: FindMatch[] = [];
  for (const match of previous.matches) {
    const from = tr.mapping.mapResult(match.from, 1);
    const to = tr.mapping.mapResult(match.to, -1);
    const mapped = { from: from.pos, to: to.pos };
    if (from.deleted || to.deleted || mapped.to <= mapped.from || inTouched(mapped)) continue;
    kept.push(mapped);
  }
  const found = blocks.flatMap((b) => findInTextblock(b.node, b.from - 1, pattern));
  const matches = kept.concat(found).sort((a, b) => a.from - b.from);
  const current = currentAt < 0 ? -1 : firstAtOrAfter(matches, currentAt);
  return withCurrent(tr.doc, { ...previous, matches }, current);
}

interface TouchedBlock {
  node: PMNode;
  /** Position of the block's content start and end. */
  from: number;
  to: number;
}

function touchedTextblocks(tr: Transaction): TouchedBlock[] {
  const ranges: { from: number; to: number }[] = [];
  for (const map of tr.mapping.maps) {
    for (const range of ranges) {
      range.from = map.map(range.from, -1);
      range.to = map.map(range.to, 1);
    }
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push({ from: newStart, to: newEnd }));
  }
  const size = tr.doc.content.size;
  const blocks = new Map<number, TouchedBlock>();
  for (const range of ranges) {
    tr.doc.nodesBetween(Math.max(0, range.from), Math.min(size, range.to), (node, pos) => {
      if (!node.isTextblock) return true;
      blocks.set(pos, { node, from: pos + 1, to: pos + 1 + node.content.size });
      return false;
    });
  }
  return [...blocks.values()];
}

function firstAtOrAfter(matches: FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= pos);
  return index === -1 ? 0 : index;
}

function withCurrent(doc: PMNode, state: FindPluginState, current: number): FindPluginState {
  const index = state.matches.length === 0 ? -1 : Math.min(Math.max(current, -1), state.matches.length - 1);
  const decorations = state.matches.map((m) => Decoration.inline(m.from, m.to, { class: FIND_MATCH_CLASS }));
  const currentMatch = state.matches[index];
  if (currentMatch) {
    decorations.push(Decoration.inline(currentMatch.from, currentMatch.to, { class: FIND_MATCH_CURRENT_CLASS }));
  }
  return { ...state, current: index, decorations: DecorationSet.create(doc, decorations) };
}
