import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminSystem } from '@zhiping/shared/api/admin';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, type Page } from './keys.ts';

/** Indicator systems with all their versions (few systems: the first 100 are all of them). */
export const getSystems = () =>
  apiFetch<Page<AdminSystem>>('/api/v1/admin/indicator-systems?limit=100');

export const systemsQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.systems(), queryFn: getSystems, select: (r) => r.items });

export const useSystems = () => useQuery(systemsQueryOptions());
