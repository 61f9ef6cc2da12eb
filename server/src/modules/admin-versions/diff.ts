/**
 * A compact structural diff of two JSON documents for the audit log: a version document is
 * hundreds of kilobytes, so the log keeps what changed rather than two full copies.
 */
export interface DocumentChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface DocumentDiff {
  changes: DocumentChange[];
  /** Changes beyond the limit are counted, not listed. */
  total: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_TEXT = 300;

/** Scalars are kept (long strings cut); objects and arrays are summarised. */
function shown(v: Json | undefined): unknown {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v;
  if (Array.isArray(v)) return `[array of ${v.length}]`;
  if (v !== null && typeof v === 'object') {
    return typeof v.id === 'string' ? `{object ${v.id}}` : '{object}';
  }
  return v;
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Arrays of objects with unique string ids (nodes, requirements, profiles) match by id. */
function idKeys(a: Json[]): string[] | null {
  const ids = a.map((x) => (isObject(x) && typeof x.id === 'string' ? x.id : null));
  if (ids.some((id) => id === null)) return null;
  return new Set(ids).size === ids.length ? (ids as string[]) : null;
}

export function diffDocuments(before: unknown, after: unknown, limit = 100): DocumentDiff {
  const changes: DocumentChange[] = [];
  let total = 0;
  const record = (path: string, b: Json | undefined, a: Json | undefined) => {
    total++;
    if (changes.length < limit) {
      const c: DocumentChange = { path: path || '(document)' };
      if (b !== undefined) c.before = shown(b);
      if (a !== undefined) c.after = shown(a);
      changes.push(c);
    }
  };
  const walk = (path: string, b: Json | undefined, a: Json | undefined): void => {
    if (b === undefined || a === undefined) return record(path, b, a);
    if (Array.isArray(b) && Array.isArray(a)) {
      const bIds = idKeys(b);
      const aIds = idKeys(a);
      if (bIds && aIds) {
        const bById = new Map(bIds.map((id, i) => [id, b[i]]));
        const aById = new Map(aIds.map((id, i) => [id, a[i]]));
        for (const id of bIds) walk(`${path}[${id}]`, bById.get(id), aById.get(id));
        for (const id of aIds) if (!bById.has(id)) walk(`${path}[${id}]`, undefined, aById.get(id));
        const keptBefore = bIds.filter((id) => aById.has(id)).join('\u0000');
        const keptAfter = aIds.filter((id) => bById.has(id)).join('\u0000');
        if (keptBefore !== keptAfter) record(path, undefined, '(reordered)');
        return;
      }
      const n = Math.max(b.length, a.length);
      for (let i = 0; i < n; i++) walk(`${path}[${i}]`, b[i], a[i]);
      return;
    }
    if (isObject(b) && isObject(a)) {
      const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
      for (const k of keys) walk(path ? `${path}.${k}` : k, b[k], a[k]);
      return;
    }
    if (b !== a) record(path, b, a);
  };
  walk('', before as Json, after as Json);
  return { changes, total };
}
