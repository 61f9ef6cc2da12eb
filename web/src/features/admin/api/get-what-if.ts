import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { whatIfResponseSchema } from '@zhiping/shared/api/admin';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString } from './keys.ts';

export const WHAT_IF_LIMIT = 20;

/** What the version (as saved) would do to every submitted assessment of its system. */
export const getWhatIf = (id: string, f: { page: number; onlyChanged: boolean }) =>
  apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/what-if?${queryString({
      page: f.page,
      limit: WHAT_IF_LIMIT,
      onlyChanged: f.onlyChanged || undefined,
    })}`,
    whatIfResponseSchema,
  );

export const whatIfQueryOptions = (id: string, f: { page: number; onlyChanged: boolean }) =>
  queryOptions({
    queryKey: adminKeys.whatIf(id, f),
    queryFn: () => getWhatIf(id, f),
    placeholderData: keepPreviousData,
  });

export const useWhatIf = (id: string, f: { page: number; onlyChanged: boolean }) =>
  useQuery(whatIfQueryOptions(id, f));
