import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminOrganizationView } from '@zhiping/shared/api/admin';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString, type Page } from './keys.ts';

export interface OrganizationFilters {
  page: number;
  limit: number;
  q?: string | undefined;
  disabled?: 'true' | 'false' | undefined;
}

export const getOrganizations = (f: OrganizationFilters) =>
  apiFetch<Page<AdminOrganizationView>>(`/api/v1/admin/organizations?${queryString({ ...f })}`);

export const organizationsQueryOptions = (f: OrganizationFilters) =>
  queryOptions({
    queryKey: adminKeys.organizations(f),
    queryFn: () => getOrganizations(f),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (f: OrganizationFilters) => useQuery(organizationsQueryOptions(f));
