import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminUserView } from '@zhiping/shared/api/admin';
import type { Role } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString, type Page } from './keys.ts';

export interface UserFilters {
  page: number;
  limit: number;
  q?: string | undefined;
  role?: Role | undefined;
  disabled?: 'true' | 'false' | undefined;
}

export const getUsers = (f: UserFilters) =>
  apiFetch<Page<AdminUserView>>(`/api/v1/admin/users?${queryString({ ...f })}`);

export const usersQueryOptions = (f: UserFilters) =>
  queryOptions({
    queryKey: adminKeys.users(f),
    queryFn: () => getUsers(f),
    placeholderData: keepPreviousData,
  });

export const useUsers = (f: UserFilters) => useQuery(usersQueryOptions(f));
