import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pager } from './pager.tsx';
import { QueryState } from './query-state.tsx';

/**
 * One page of a paginated list query: its loading, error and empty states, else the page
 * (`children`) with the pager below it.
 */
export function PagedList<P extends { items: readonly unknown[]; total: number }>({
  query,
  page,
  limit,
  onPage,
  empty,
  emptyTestId,
  children,
}: {
  query: UseQueryResult<P>;
  page: number;
  limit: number;
  onPage: (page: number) => void;
  empty?: ReactNode;
  emptyTestId?: string;
  children: (data: P) => ReactNode;
}) {
  return (
    <QueryState
      query={query}
      isEmpty={(data) => data.items.length === 0}
      empty={empty}
      emptyTestId={emptyTestId}
    >
      {(data) => (
        <>
          {children(data)}
          <Pager page={page} total={data.total} limit={limit} onPage={onPage} />
        </>
      )}
    </QueryState>
  );
}
