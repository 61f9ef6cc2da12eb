import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminOrganizationViewSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString } from './keys.ts';

export interface OrganizationFilters {
  page: number;
  limit: number;
  q?: string | undefined;
  disabled?: 'true' | 'false' | undefined;
}

export const getOrganizations = (f: OrganizationFilters) =>
  apiFetch(
    `/api/v1/admin/organizations?${queryString({ ...f })}`,
    pageOf(adminOrganizationViewSchema),
  );

export const organizationsQueryOptions = (f: OrganizationFilters) =>
  queryOptions({
    queryKey: adminKeys.organizations(f),
    queryFn: () => getOrganizations(f),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (f: OrganizationFilters) => useQuery(organizationsQueryOptions(f));
