import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminUserViewSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { reviewKeys } from './keys.ts';

/** Active assessor accounts an admin may assign a review to (the first 100). */
export const getAssessors = () =>
  apiFetch(
    '/api/v1/admin/users?role=assessor&disabled=false&limit=100',
    pageOf(adminUserViewSchema),
  );

export const assessorsQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.assessors(),
    queryFn: getAssessors,
    select: (r) => r.items,
    staleTime: 5 * 60_000,
  });

export const useAssessors = (enabled: boolean) => useQuery({ ...assessorsQueryOptions(), enabled });
