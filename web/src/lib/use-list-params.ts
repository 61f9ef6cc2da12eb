import { useSearchParams } from 'react-router';

/** The member of `list` equal to `v`, if any: a URL parameter checked against its options. */
export const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

/**
 * A paginated list's state in the URL: the current page (1 when absent or invalid) and
 * `update`, which sets or clears parameters and, unless it sets the page, goes back to page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  return { params, page, update };
}
