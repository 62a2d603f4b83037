// Small caches for values the walk works out from strings again and again (a descriptor, a title):
// keyed by the strings alone, so nothing is added to the walk's state that checkpoints copy.

/** A text uses a few dozen such strings; past this many, typing has left stale ones behind. */
const MOST_KEPT = 2_000;

/** `make(key)`, worked out once per key while the cache holds it. */
export function remembered<K, T>(cache: Map<K, T>, key: K, make: (key: K) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MOST_KEPT) cache.clear();
    value = make(key);
    cache.set(key, value);
  }
  return value;
}
