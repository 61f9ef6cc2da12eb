/** Query keys of the admin area, general to specific; writes invalidate through them. */
export const adminKeys = {
  all: ['admin'] as const,
  systems: () => [...adminKeys.all, 'systems'] as const,
  version: (id: string) => [...adminKeys.all, 'version', id] as const,
  whatIf: (id: string, filters?: { page: number; onlyChanged: boolean }) =>
    filters
      ? ([...adminKeys.all, 'what-if', id, filters] as const)
      : ([...adminKeys.all, 'what-if', id] as const),
  standards: (filters?: object) =>
    filters
      ? ([...adminKeys.all, 'standards', filters] as const)
      : ([...adminKeys.all, 'standards'] as const),
  organizations: (filters?: object) =>
    filters
      ? ([...adminKeys.all, 'organizations', filters] as const)
      : ([...adminKeys.all, 'organizations'] as const),
  users: (filters?: object) =>
    filters
      ? ([...adminKeys.all, 'users', filters] as const)
      : ([...adminKeys.all, 'users'] as const),
  audit: (filters: object) => [...adminKeys.all, 'audit', filters] as const,
};

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

/** `?a=1&b=x` from the set values of a filter object (empty strings and undefined left out). */
export function queryString(filters: Record<string, string | number | boolean | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters))
    if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}
