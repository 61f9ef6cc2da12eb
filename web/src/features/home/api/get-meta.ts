import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, unchecked } from '../../../lib/api-client.ts';
import { metaKeys } from './keys.ts';

export interface PlatformMeta {
  product: 'zhiping';
  industries: string[];
  productionTypes: string[];
  stats: { publishedIndicatorSystems: number };
}

export const getMeta = () => apiFetch('/api/v1/meta', unchecked<PlatformMeta>());
export const metaQueryOptions = () => queryOptions({ queryKey: metaKeys.all, queryFn: getMeta });
export const useMeta = () => useQuery(metaQueryOptions());
