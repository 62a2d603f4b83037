// The shortest edit script between two sequences of tokens: one Myers diff (An O(ND) Difference
// Algorithm, 1986) serving the body's word diff (diff.ts) and the history file's deltas
// (electron/library/history): both compare long sequences with few differences.
import type { DiffKind } from './diff';

/** A run of `count` tokens: equal in both, deleted from the first, or inserted from the second. */
export interface DiffRun {
  kind: DiffKind;
  count: number;
}

/**
 * Beyond this many differences the middle of two sequences counts as replaced whole: the exact
 * script would cost memory growing with its square, and a reader learns nothing from it.
 */
const MAX_DIFFERENCES = 2_000;

/** The shortest edit script turning `a` into `b` (tokens compared as numbers), as runs in order. */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): DiffRun[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const runs: DiffRun[] = [];
  push(runs, 'equal', start);
  for (const run of middle(a, b, start, endA, endB)) push(runs, run.kind, run.count);
  push(runs, 'equal', a.length - endA);
  return runs;
}

function push(runs: DiffRun[], kind: DiffKind, count: number): void {
  if (count === 0) return;
  const last = runs[runs.length - 1];
  if (last?.kind === kind) last.count += count;
  else runs.push({ kind, count });
}

/** Myers' greedy forward search over a[start, endA) and b[start, endB), then back along the trace. */
function middle(a: ArrayLike<number>, b: ArrayLike<number>, start: number, endA: number, endB: number): DiffRun[] {
  const n = endA - start;
  const m = endB - start;
  const replaced = (): DiffRun[] => [
    ...(n > 0 ? [{ kind: 'delete' as const, count: n }] : []),
    ...(m > 0 ? [{ kind: 'insert' as const, count: m }] : []),
  ];
  if (n === 0 || m === 0) return replaced();
  const max = Math.min(n + m, MAX_DIFFERENCES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for diagonals -d-1 … d+1 as it stood before step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return replaced();
  const reversed: DiffRun[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const snakeStart = down ? previousX : previousX + 1;
    reversed.push({ kind: 'equal', count: x - snakeStart });
    reversed.push({ kind: down ? 'insert' : 'delete', count: 1 });
    x = previousX;
    y = previousX - previousK;
  }
  reversed.push({ kind: 'equal', count: x });
  const runs: DiffRun[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) push(runs, reversed[i]!.kind, reversed[i]!.count);
  return runs;
}
