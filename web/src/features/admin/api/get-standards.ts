import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { standardViewSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString } from './keys.ts';

export interface StandardFilters {
  page: number;
  limit: number;
  q?: string | undefined;
  frameworkCode?: string | undefined;
  systemCode?: string | undefined;
  /** The admin sees uncertain entries too: that is where they get confirmed. */
  includeUncertain: boolean;
}

export const getStandards = (f: StandardFilters) =>
  apiFetch(`/api/v1/standards?${queryString({ ...f })}`, pageOf(standardViewSchema));

export const standardsQueryOptions = (f: StandardFilters) =>
  queryOptions({
    queryKey: adminKeys.standards(f),
    queryFn: () => getStandards(f),
    placeholderData: keepPreviousData,
  });

export const useStandards = (f: StandardFilters) => useQuery(standardsQueryOptions(f));
