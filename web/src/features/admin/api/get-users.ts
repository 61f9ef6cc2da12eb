import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '@zhiping/shared/api/common';
import { adminUserViewSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString } from './keys.ts';

export interface UserFilters {
  page: number;
  limit: number;
  q?: string | undefined;
  role?: Role | undefined;
  disabled?: 'true' | 'false' | undefined;
}

export const getUsers = (f: UserFilters) =>
  apiFetch(`/api/v1/admin/users?${queryString({ ...f })}`, pageOf(adminUserViewSchema));

export const usersQueryOptions = (f: UserFilters) =>
  queryOptions({
    queryKey: adminKeys.users(f),
    queryFn: () => getUsers(f),
    placeholderData: keepPreviousData,
  });

export const useUsers = (f: UserFilters) => useQuery(usersQueryOptions(f));
