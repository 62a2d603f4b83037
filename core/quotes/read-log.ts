// Which entries of People's maps the attribution walk touches, stretch by stretch. An edit that adds
// an entry nobody looks up again (a misspelt "spokeeswoman" filed under its own key) leaves the
// rest of the article attributed as before; knowing what the earlier walk touched after a
// checkpoint lets the incremental path see that and stop, where plain equality would walk on.

/** The reads of one stretch of the walk: per map, the keys looked up, or 'all' once it was iterated or counted. */
export type ReadLog = Map<string, Set<unknown> | 'all'>;

/** Where the maps of one live walk write their reads; the walk points it at a new log at each checkpoint. */
export class Recorder {
  log: ReadLog = new Map();

  read(path: string, key: unknown): void {
    const keys = this.log.get(path);
    if (keys === 'all') return;
    if (keys) keys.add(key);
    else this.log.set(path, new Set([key]));
  }

  iterated(path: string): void {
    this.log.set(path, 'all');
  }
}

/**
 * A Map that tells its recorder which entries the walk touches. A write counts too: an entry the
 * walk never touches again is one whose value at a checkpoint stays its value to the end.
 */
export class TrackedMap<K, V> extends Map<K, V> {
  constructor(
    readonly path: string,
    private readonly recorder: Recorder,
  ) {
    super();
  }

  override get(key: K): V | undefined {
    this.recorder.read(this.path, key);
    return super.get(key);
  }

  override has(key: K): boolean {
    this.recorder.read(this.path, key);
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.recorder.read(this.path, key);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.recorder.read(this.path, key);
    return super.delete(key);
  }

  override get size(): number {
    this.recorder.iterated(this.path);
    return super.size;
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.recorder.iterated(this.path);
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    this.recorder.iterated(this.path);
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.recorder.iterated(this.path);
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.recorder.iterated(this.path);
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.recorder.iterated(this.path);
    return super[Symbol.iterator]();
  }
}

/** What the walk read from each map over several stretches (from a checkpoint to the end of the text). */
export class FutureReads {
  private readonly merged = new Map<string, Set<unknown> | 'all'>();

  constructor(private readonly logs: readonly ReadLog[]) {}

  /** Whether the entry `key` of the map at `path` is read again, by a lookup or by going through the map. */
  reads(path: string, key: unknown): boolean {
    const keys = this.of(path);
    return keys === 'all' || keys.has(key);
  }

  iterates(path: string): boolean {
    return this.of(path) === 'all';
  }

  private of(path: string): Set<unknown> | 'all' {
    let keys = this.merged.get(path);
    if (keys) return keys;
    keys = new Set();
    for (const log of this.logs) {
      const read = log.get(path);
      if (read === 'all') {
        keys = 'all';
        break;
      }
      if (read) for (const key of read) keys.add(key);
    }
    this.merged.set(path, keys);
    return keys;
  }
}
