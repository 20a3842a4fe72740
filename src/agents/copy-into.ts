// Checkpoint arrays written into an earlier checkpoint's arrays: a save every few seconds of a replay
// memory of tens of MB then costs one copy, not a fresh allocation the size of the memory each time.

type NumberArray = Float32Array | Int32Array | Uint8Array | Float64Array;

/** A copy of `source`: written into `previous` when it has the same type and length, else a new array. */
export function copyInto<T extends NumberArray>(source: T, previous: unknown): T {
  if (previous instanceof source.constructor && (previous as T).length === source.length) {
    (previous as T).set(source);
    return previous as T;
  }
  return source.slice() as T;
}
