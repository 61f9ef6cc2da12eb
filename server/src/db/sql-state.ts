/** Database refusals recognised by their SQLSTATE, from pg and PGlite alike. */

export const sqlState = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
};

/** A unique index refused the write (pg and PGlite both report SQLSTATE 23505). */
export const isUniqueViolation = (err: unknown) => sqlState(err) === '23505';
/** A trigger or check refused the write (e.g. the immutability of published versions). */
export const isCheckViolation = (err: unknown) => sqlState(err) === '23514';
