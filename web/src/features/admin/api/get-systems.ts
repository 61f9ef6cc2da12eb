import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminSystemSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Indicator systems with all their versions (few systems: the first 100 are all of them). */
export const getSystems = () =>
  apiFetch('/api/v1/admin/indicator-systems?limit=100', pageOf(adminSystemSchema));

export const systemsQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.systems(), queryFn: getSystems, select: (r) => r.items });

export const useSystems = () => useQuery(systemsQueryOptions());
