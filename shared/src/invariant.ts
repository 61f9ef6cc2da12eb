/**
 * For reads the code's own invariants say cannot miss (an index below a length it built, a
 * key it put in a table), in place of the non-null assertion `!`:
 *
 *   const requirement = model.requirements[r] ?? missing();
 *
 * If the invariant is ever broken, the read throws there instead of passing `undefined` on
 * into a score. The read stays at its call site (no shared accessor), so the engine's hot
 * loops keep their monomorphic element access.
 */

/** A broken internal invariant: a bug in this code, never a problem of the input. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Throws: `what` (by default an element of a list the code built) is not there. */
export function missing(what = 'an element the code put there'): never {
  throw new InvariantError(`${what} is missing`);
}
