// The cross-paragraph pass (AP linking, then attribution with who-was-named-so-far) as a walk that
// leaves checkpoints behind, so that after an edit it can resume at the last checkpoint before the
// change and stop at the first checkpoint after it where its state is the same as last time: from
// there on the earlier walk's results hold unchanged.
import { attributeParagraph, freshAttributionState, type Attribution, type AttributionState } from './attribute';
import { Linker, type LinkedQuotation } from './link-paragraphs';
import { FutureReads, Recorder, type ReadLog } from './read-log';
import type { ParagraphScan } from './scan-paragraph';
import { applyPatch, compareGraphs, copyGraph, untrackedAsRead, type PatchEntry } from './snapshot';

export interface Checkpoint {
  /** The walk stands before this paragraph, with no quotation open across the break before it. */
  paragraph: number;
  /** How many quotations start before `paragraph`. */
  quotations: number;
  /** A private copy of the attribution state there; never changed, only copied again. */
  state: AttributionState;
  /** What the walk touched of People's maps from here to the next checkpoint (or the end). */
  reads: ReadLog;
  /**
   * Entries in which the state for the text as it now is differs from `state`, put in in order: a
   * walk that met an earlier walk here or before found them never touched again, and kept its later
   * results and checkpoints (see compareGraphs). `stateOf` puts them in.
   */
  patch: PatchEntry[];
}

/** A fresh copy of the state at a checkpoint, patch put in; `recorder` tracks its maps' reads. */
function stateOf(checkpoint: Checkpoint, recorder: Recorder | null): AttributionState {
  const state = copyGraph(checkpoint.state, recorder);
  applyPatch(state, copyGraph(checkpoint.patch));
  return state;
}

/** Two patches one after the other, one entry per key (the later one). */
function composed(first: readonly PatchEntry[], then: readonly PatchEntry[]): PatchEntry[] {
  if (first.length === 0) return then.slice();
  const last = new Map<string, PatchEntry>();
  for (const entry of [...first, ...then]) {
    const key = `${entry.path}\u0000${typeof entry.key}\u0000${String(entry.key)}`;
    last.delete(key);
    last.set(key, entry);
  }
  return [...last.values()];
}

export interface CrossParagraph {
  linked: LinkedQuotation[];
  /** One per linked quotation. */
  attributions: Attribution[];
  /** In paragraph order; the first stands before paragraph 0. */
  checkpoints: Checkpoint[];
  /** Each person's title at the end of the text (see AttributionState.titles). */
  titles: ReadonlyMap<string, string | null>;
}

/** Paragraphs replaced by an edit: `from` up to `oldTo` before it, `from` up to `newTo` after it. */
export interface ParagraphChange {
  from: number;
  oldTo: number;
  newTo: number;
}

/** What an update kept of the earlier walk: its first `prefix` quotations, and from `suffix.old` on, the rest (now from `suffix.now`). */
export interface Kept {
  prefix: number;
  suffix: { old: number; now: number } | null;
}

/** The whole walk; `spacing` is how many paragraphs at least lie between checkpoints (Infinity: none after the first). */
export function crossParagraph(scans: readonly ParagraphScan[], spacing: number): CrossParagraph {
  const start: Checkpoint = {
    paragraph: 0,
    quotations: 0,
    state: freshAttributionState(),
    reads: new Map(),
    patch: [],
  };
  return walk(scans, start, { linked: [], attributions: [], checkpoints: [start] }, spacing, null).result;
}

/**
 * The walk after an edit: the same result as `crossParagraph(scans, spacing)` (checkpoints aside),
 * reading only from the last checkpoint before the change to the first one after it where the state
 * matches the earlier walk's. A change that moved paragraphs (newTo ≠ oldTo) shifts every later
 * paragraph number the state holds, so the walk then goes on to the end.
 */
export function crossParagraphAfter(
  previous: CrossParagraph,
  scans: readonly ParagraphScan[],
  change: ParagraphChange,
  spacing: number,
): Walked {
  let at = 0;
  while (at + 1 < previous.checkpoints.length && previous.checkpoints[at + 1]!.paragraph <= change.from) at++;
  const first = resume(previous, scans, change, spacing, at);
  const patched = new Set(previous.checkpoints[at]!.patch.map((entry) => entry.path));
  if (!first.logs.some((log) => [...patched].some((path) => log.get(path) === 'all'))) return first;
  // A patch puts its entries at the end of their map, where a whole walk may have filed them earlier:
  // a walk that went through such a map starts again from a checkpoint that has no patch.
  while (previous.checkpoints[at]!.patch.length > 0) at--;
  return resume(previous, scans, change, spacing, at);
}

function resume(
  previous: CrossParagraph,
  scans: readonly ParagraphScan[],
  change: ParagraphChange,
  spacing: number,
  at: number,
): Walked {
  const start = previous.checkpoints[at]!;
  const resumed = {
    linked: previous.linked.slice(0, start.quotations),
    attributions: previous.attributions.slice(0, start.quotations),
    checkpoints: previous.checkpoints.slice(0, at + 1),
  };
  const same = change.newTo === change.oldTo ? previous : null;
  return walk(scans, start, resumed, spacing, same && { previous: same, after: change.newTo, next: at + 1 });
}

interface Convergence {
  previous: CrossParagraph;
  /** No checkpoint before this paragraph can match: the text before it changed. */
  after: number;
  /** The earlier walk's next checkpoint to compare with. */
  next: number;
}

/**
 * Whether the walk compares its state at the `met`-th checkpoint of the earlier walk it meets. A
 * change that fades is met at the first or second; one that lasts (a new name, a title) fails every
 * one. Some fade only once the people they moved are named again (a cue typed out of "Fox said"
 * leaves Fox named earlier until the next story about her), so after the first few the walk still
 * compares, at the 8th, 16th, 32nd…: a lasting change costs a few more comparisons, not a walk.
 */
const EVERY_UNTIL = 4;
const compares = (met: number) => met <= EVERY_UNTIL || (met & (met - 1)) === 0;

type Partial = Omit<CrossParagraph, 'titles'>;

/** A walk's result, what it kept of the earlier walk, how many paragraphs it attributed, and what it read. */
interface Walked {
  result: CrossParagraph;
  kept: Kept;
  walked: number;
  logs: ReadLog[];
}

function walk(
  scans: readonly ParagraphScan[],
  start: Checkpoint,
  into: Partial,
  spacing: number,
  converge: Convergence | null,
): Walked {
  const { linked, attributions, checkpoints } = into;
  const prefix = start.quotations;
  // Reads are recorded only where there are checkpoints to compare with later.
  const recorder = spacing === Infinity ? null : new Recorder();
  const state = stateOf(start, recorder);
  // The stretch after the start is walked anew, so the start's record of reads is replaced.
  if (recorder) checkpoints[checkpoints.length - 1] = { ...start, reads: recorder.log };
  const logs = recorder ? [recorder.log] : [];
  const linker = new Linker();
  let attributed = start.paragraph;
  let next = start.quotations;
  let last = start.paragraph;
  let met = 0;
  for (let paragraph = start.paragraph; paragraph < scans.length; paragraph++) {
    linker.read(scans[paragraph]!, paragraph, linked);
    // A quotation still open may go on in the next paragraph, and its speaker depends on how it ends.
    if (linker.open) continue;
    for (; attributed <= paragraph; attributed++)
      next = attributeParagraph(state, scans[attributed]!, attributed, linked, next, attributions);
    const boundary = paragraph + 1;
    if (converge) {
      const { previous } = converge;
      while (
        converge.next < previous.checkpoints.length &&
        previous.checkpoints[converge.next]!.paragraph < Math.max(boundary, converge.after)
      )
        converge.next++;
      const match = previous.checkpoints[converge.next];
      if (match?.paragraph === boundary && compares(++met)) {
        const future = new FutureReads(previous.checkpoints.slice(converge.next).map((checkpoint) => checkpoint.reads));
        const patch = compareGraphs(state, match.patch.length === 0 ? match.state : stateOf(match, null), future);
        if (patch) {
          if (recorder) untrackedAsRead(state, recorder);
          return {
            ...converged(previous, converge.next, patch, { linked, attributions, checkpoints }, prefix),
            walked: boundary - start.paragraph,
            logs,
          };
        }
      }
    }
    if (recorder && boundary - last >= spacing && boundary < scans.length) {
      untrackedAsRead(state, recorder);
      recorder.log = new Map();
      logs.push(recorder.log);
      checkpoints.push({
        paragraph: boundary,
        quotations: linked.length,
        state: copyGraph(state),
        reads: recorder.log,
        patch: [],
      });
      last = boundary;
    }
  }
  linker.finish(linked);
  for (; attributed < scans.length; attributed++)
    next = attributeParagraph(state, scans[attributed]!, attributed, linked, next, attributions);
  if (recorder) untrackedAsRead(state, recorder);
  return {
    result: { linked, attributions, checkpoints, titles: state.titles },
    kept: { prefix, suffix: null },
    walked: scans.length - start.paragraph,
    logs,
  };
}

/**
 * The walk so far, then the earlier walk from its checkpoint `at`, which the walk has just met.
 * The entries of `patch` are never touched after `at`, so every later checkpoint's state, with its
 * own patch and then this one put in, is the state there for the text as it now is.
 */
function converged(
  previous: CrossParagraph,
  at: number,
  patch: PatchEntry[],
  walked: Partial,
  prefix: number,
): Pick<Walked, 'result' | 'kept'> {
  const match = previous.checkpoints[at]!;
  const { linked, attributions, checkpoints } = walked;
  // The edit may have added or removed quotations before the match: later checkpoints count from the new list.
  const moved = linked.length - match.quotations;
  const later = previous.checkpoints.slice(at);
  const unchanged = moved === 0 && patch.length === 0;
  const result = {
    linked: linked.concat(previous.linked.slice(match.quotations)),
    attributions: attributions.concat(previous.attributions.slice(match.quotations)),
    checkpoints: checkpoints.concat(
      unchanged
        ? later
        : later.map((checkpoint) => ({
            ...checkpoint,
            quotations: checkpoint.quotations + moved,
            patch: composed(checkpoint.patch, patch),
          })),
    ),
    titles: previous.titles,
  };
  return { result, kept: { prefix, suffix: { old: match.quotations, now: linked.length } } };
}
