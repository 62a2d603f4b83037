// Growing a typed array by doubling, for the index builders that fill arrays of unknown size.

/** `old` itself when it already holds `atLeast` items, else a copy at least twice as long. */
export function grown<T extends Uint32Array | Int32Array | Uint16Array>(old: T, atLeast: number): T {
  let length = old.length;
  while (length < atLeast) length *= 2;
  if (length === old.length) return old;
  const bigger = new (old.constructor as new (length: number) => T)(length);
  bigger.set(old);
  return bigger;
}
