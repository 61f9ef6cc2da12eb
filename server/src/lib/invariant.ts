/**
 * Reads that this code's own invariants say cannot miss (a row an INSERT … RETURNING just
 * wrote, an index below a length it built, a key it put in a map). They replace the non-null
 * assertion `!`: if an invariant is ever broken, the read throws a clear internal error at
 * once (a 500, its message hidden from the client) instead of passing `undefined` on.
 */

/** A broken internal invariant: a bug in this code, never a problem of the input. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** `value`, which must be neither null nor undefined; `what` names it in the error. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new InvariantError(`${what} is missing`);
  return value;
}

/** `items[index]`, which must exist (for lists whose elements are never `undefined`). */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new InvariantError(`no element at index ${index} of ${items.length}`);
  }
  return item;
}

/** Drops a map's oldest entry (insertion order): the eviction of the bounded caches. */
export function deleteOldest<K, V>(map: Map<K, V>): void {
  const oldest = map.keys().next();
  if (!oldest.done) map.delete(oldest.value);
}
