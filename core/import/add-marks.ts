// Many marks added to a document in one pass. A Transform adds them one step at a time and keeps
// every intermediate document, each a fresh copy of the top-level list: a 2 MB story with 50,000
// quotations took minutes and gigabytes that way. Here each textblock a mark touches is rebuilt
// once and every other node is kept as it is, with the result Transform.addMark would give: the
// marks land on the same inline nodes, in the same order, and equal neighbours are joined.
import { Fragment, type Mark, type MarkType, type Node as PMNode } from '@tiptap/pm/model';

export interface MarkAddition {
  from: number;
  to: number;
  mark: Mark;
}

interface Ordered extends MarkAddition {
  /** Its place in the caller's list: where two additions overlap, the later one is applied last. */
  order: number;
}

export function withMarksAdded(doc: PMNode, additions: readonly MarkAddition[]): PMNode {
  if (additions.length === 0) return doc;
  const sorted: Ordered[] = additions
    .map((addition, order) => ({ ...addition, order }))
    .sort((a, b) => a.from - b.from || a.order - b.order);
  const pending = { sorted, next: 0, active: [] as Ordered[] };
  return rebuilt(doc, 0, pending);
}

interface Pending {
  sorted: Ordered[];
  /** The first addition not yet reached by the walk. */
  next: number;
  /** Additions reached whose range may still cover what comes next. */
  active: Ordered[];
}

/** `node`, whose content starts at `start`, with the additions applied to its textblocks. */
function rebuilt(node: PMNode, start: number, pending: Pending): PMNode {
  const end = start + node.content.size;
  if (!touches(pending, start, end)) return node;
  const children: PMNode[] = [];
  let changed = false;
  node.content.forEach((child, offset) => {
    const at = start + offset;
    const next = child.isTextblock
      ? inlineMarked(child, at + 1, pending)
      : child.isLeaf
        ? child
        : rebuilt(child, at + 1, pending);
    changed ||= next !== child;
    children.push(next);
  });
  return changed ? node.copy(Fragment.fromArray(children)) : node;
}

/** Whether any addition reached or still to come covers part of [start, end). */
function touches(pending: Pending, start: number, end: number): boolean {
  pending.active = pending.active.filter((addition) => addition.to > start);
  return pending.active.length > 0 || (pending.sorted[pending.next]?.from ?? Infinity) < end;
}

function inlineMarked(block: PMNode, start: number, pending: Pending): PMNode {
  const end = start + block.content.size;
  if (!touches(pending, start, end)) return block;
  while (pending.next < pending.sorted.length && pending.sorted[pending.next]!.from < end)
    pending.active.push(pending.sorted[pending.next++]!);
  const covering = pending.active.filter((addition) => addition.from < end).sort((a, b) => a.order - b.order);
  const pieces: PMNode[] = [];
  block.content.forEach((child, offset) => {
    const at = start + offset;
    for (const [from, to] of segments(child, at, covering)) {
      const piece = child.isText ? child.cut(from - at, to - at) : child;
      pieces.push(withMarks(piece, block, covering, from, to));
    }
  });
  return block.copy(Fragment.fromArray(pieces));
}

/** The stretches of an inline node between the edges of the additions over it; an atom is never cut. */
function segments(child: PMNode, at: number, covering: readonly Ordered[]): [number, number][] {
  const end = at + child.nodeSize;
  if (!child.isText) return [[at, end]];
  const edges = new Set([at, end]);
  for (const { from, to } of covering) {
    if (from > at && from < end) edges.add(from);
    if (to > at && to < end) edges.add(to);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  return sorted.slice(1).map((to, i) => [sorted[i]!, to]);
}

function withMarks(piece: PMNode, parent: PMNode, covering: readonly Ordered[], from: number, to: number): PMNode {
  let marks = piece.marks;
  for (const addition of covering) {
    if (addition.from >= to || addition.to <= from) continue;
    if (!addition.mark.isInSet(marks) && parent.type.allowsMarkType(addition.mark.type))
      marks = addition.mark.addToSet(marks);
  }
  return marks === piece.marks ? piece : piece.mark(marks);
}

/** Whether [from, to) holds a node carrying a mark of `type`, answered without walking the document each time. */
export function markedRanges(doc: PMNode, type: MarkType): (from: number, to: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isInline && type.isInSet(node.marks)) {
      starts.push(pos);
      ends.push(pos + node.nodeSize);
    }
  });
  return (from, to) => {
    // The first marked node ending after `from` (inline nodes are in document order and never overlap).
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > from) high = middle;
      else low = middle + 1;
    }
    return low < starts.length && starts[low]! < to;
  };
}
