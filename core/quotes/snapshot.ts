// Copies and comparisons of the attribution walk's state (People and what the walk keeps beside
// it) whatever fields that state has: a checkpoint must hold everything the walk reads later, and
// a field someone adds to People tomorrow is copied and compared without anyone remembering to.
// Handles primitives, arrays, Maps, Sets and objects (class instances keep their prototype);
// functions and regular expressions are shared, as code that the walk never changes.
import { TrackedMap, type FutureReads, type Recorder } from './read-log';

const shared = (value: object) => typeof value === 'function' || value instanceof RegExp;
const isInstance = (value: object) => {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype !== null && prototype !== Object.prototype;
};
/**
 * Maps in a field of a class instance that the state holds directly ("people.unnamed") are tracked
 * and compared by what is read; all others exactly. `level` says how far from the state an object
 * is; an object's fields get the path of the instance they belong to, or null.
 */
function childPath(holder: object, field: string, level: number, path: string | null): string | null {
  if (level === 0) return isInstance(holder) ? null : field;
  return level === 1 && path !== null && isInstance(holder) ? pathOf(path, field) : null;
}
const pathOf = (holder: string, field: string) => `${holder}.${field}`;
/** Only a map at the second level (a field of an instance the state holds) is tracked. */
const trackedPath = (path: string | null, level: number) => (level === 2 ? path : null);

/**
 * A deep copy that keeps which parts are one object (a person listed both by name and among the
 * recent). With a recorder, maps in class instances' fields report their reads to it (see read-log.ts).
 */
export function copyGraph<T>(value: T, recorder: Recorder | null = null): T {
  return copy(value, new Map(), recorder, null, 0) as T;
}

function copy(
  value: unknown,
  copies: Map<object, unknown>,
  recorder: Recorder | null,
  path: string | null,
  level: number,
): unknown {
  if (typeof value !== 'object' || value === null || shared(value)) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    copies.set(value, items);
    for (const item of value as unknown[]) items.push(copy(item, copies, recorder, null, level + 1));
    return items;
  }
  if (value instanceof Map) {
    const tracked = trackedPath(path, level);
    const entries =
      recorder && tracked !== null ? new TrackedMap<unknown, unknown>(tracked, recorder) : new Map<unknown, unknown>();
    copies.set(value, entries);
    // Map.prototype's own iteration, so copying a tracked map is not taken for the walk reading it.
    Map.prototype.forEach.call(value, (item: unknown, key: unknown) => {
      Map.prototype.set.call(
        entries,
        copy(key, copies, recorder, null, level + 1),
        copy(item, copies, recorder, null, level + 1),
      );
    });
    return entries;
  }
  if (value instanceof Set) {
    const members = new Set<unknown>();
    copies.set(value, members);
    for (const member of value as Set<unknown>) members.add(copy(member, copies, recorder, null, level + 1));
    return members;
  }
  const fields = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  copies.set(value, fields);
  for (const key of Object.keys(value))
    fields[key] = copy(
      (value as Record<string, unknown>)[key],
      copies,
      recorder,
      childPath(value, key, level, path),
      level + 1,
    );
  return fields;
}

interface Comparison {
  pairs: Map<object, object>;
  back: Map<object, object>;
  /** What the earlier walk touched after the point compared; without it, maps must match entry for entry. */
  future: FutureReads | null;
  /** The first state's version of each untouched entry that differs. */
  patch: PatchEntry[];
}

/** An entry of a tracked map: its value, or its absence. */
export interface PatchEntry {
  path: string;
  key: unknown;
  present: boolean;
  value: unknown;
}

/**
 * Whether two states behave the same from here on: the same values in the same order (Map and Set
 * order is visible to the walk: the first full name filed under a surname is the one used), and the
 * same sharing, so a change to one person cannot show up in two places in one state and in one
 * place in the other. With `future`, an entry of a tracked map that the walk never touches again
 * may differ, and a map never iterated again may differ in order.
 *
 * Null when they differ; else the entries in which `a` differs from `b`, as a private copy: `b`
 * with them put in is `a` for the rest of the walk, and for any later edit of the text after it.
 * An entry whose value is shared with the rest of `a` cannot be put in separately, so then null.
 */
export function compareGraphs(a: unknown, b: unknown, future: FutureReads | null = null): PatchEntry[] | null {
  const comparison: Comparison = { pairs: new Map(), back: new Map(), future, patch: [] };
  if (!same(a, b, comparison, null, 0)) return null;
  const shared = comparison.patch.some(
    ({ value }) => typeof value === 'object' && value !== null && comparison.pairs.has(value),
  );
  return shared ? null : copyGraph(comparison.patch);
}

/** Puts the entries of a patch from `compareGraphs` into `state`, a copy of the second state compared. */
export function applyPatch(state: object, patch: readonly PatchEntry[]): void {
  for (const { path, key, present, value } of patch) {
    const [holder, field] = path.split('.') as [string, string];
    const map = (state as Record<string, Record<string, Map<unknown, unknown>>>)[holder]![field]!;
    // Map.prototype's own methods: putting the state together is not the walk touching it.
    if (present) Map.prototype.set.call(map, key, value);
    else Map.prototype.delete.call(map, key);
  }
}

function same(a: unknown, b: unknown, comparison: Comparison, path: string | null, level: number): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || shared(a) || shared(b))
    return Object.is(a, b);
  const { pairs, back } = comparison;
  const paired = pairs.get(a);
  if (paired !== undefined) return paired === b;
  const maps = a instanceof Map && b instanceof Map;
  if (back.has(b) || (!maps && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))) return false;
  pairs.set(a, b);
  back.set(b, a);
  if (Array.isArray(a)) return sameItems(a as unknown[], b as unknown[], comparison, level);
  if (maps)
    return sameMaps(
      a as Map<unknown, unknown>,
      b as Map<unknown, unknown>,
      comparison,
      trackedPath(path, level),
      level,
    );
  if (a instanceof Set)
    return (
      (a as Set<unknown>).size === (b as Set<unknown>).size &&
      sameItems([...(a as Set<unknown>)], [...(b as Set<unknown>)], comparison, level)
    );
  const keys = Object.keys(a);
  if (!sameItems(keys, Object.keys(b), comparison, level)) return false;
  return keys.every((key) =>
    same(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      comparison,
      childPath(a, key, level, path),
      level + 1,
    ),
  );
}

const entriesOf = (map: Map<unknown, unknown>): [unknown, unknown][] => {
  const entries: [unknown, unknown][] = [];
  Map.prototype.forEach.call(map, (value: unknown, key: unknown) => entries.push([key, value]));
  return entries;
};

function sameMaps(
  a: Map<unknown, unknown>,
  b: Map<unknown, unknown>,
  comparison: Comparison,
  path: string | null,
  level: number,
): boolean {
  const left = entriesOf(a);
  const right = entriesOf(b);
  const { future } = comparison;
  const objectKeys = [...left, ...right].some(([key]) => typeof key === 'object' && key !== null);
  if (!future || path === null || objectKeys || future.iterates(path)) {
    return (
      left.length === right.length &&
      sameItems(
        left.map(([key]) => key),
        right.map(([key]) => key),
        comparison,
        level,
      ) &&
      sameItems(
        left.map(([, value]) => value),
        right.map(([, value]) => value),
        comparison,
        level,
      )
    );
  }
  // Looked up by key only from here on: the entries touched again must match; the others go in the patch.
  const has = (map: Map<unknown, unknown>, key: unknown) => Map.prototype.has.call(map, key) as boolean;
  const get = (map: Map<unknown, unknown>, key: unknown) => Map.prototype.get.call(map, key) as unknown;
  const seen = new Set<unknown>();
  for (const [key] of [...left, ...right]) {
    if (seen.has(key)) continue;
    seen.add(key);
    const matches = has(a, key) === has(b, key) && same(get(a, key), get(b, key), comparison, null, level + 1);
    if (matches) continue;
    if (future.reads(path, key)) return false;
    comparison.patch.push({ path, key, present: has(a, key), value: get(a, key) });
  }
  return true;
}

function sameItems(a: readonly unknown[], b: readonly unknown[], comparison: Comparison, level: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], comparison, null, level + 1)) return false;
  return true;
}

/**
 * Marks as read whole every map the walk put into a tracked field after the copy (it reports
 * nothing), so that comparisons stay exact for that field. Call it at the end of each stretch.
 */
export function untrackedAsRead(state: object, recorder: Recorder): void {
  for (const [name, holder] of Object.entries(state)) {
    if (typeof holder !== 'object' || holder === null || !isInstance(holder)) continue;
    for (const [field, held] of Object.entries(holder))
      if (held instanceof Map && !(held instanceof TrackedMap)) recorder.iterated(pathOf(name, field));
  }
}
