import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LocalizedText, ProductionType } from '@zhiping/shared/indicator-system/schema';
import { apiFetch, unchecked } from '../api-client.ts';
import { indicatorSystemKeys } from './keys.ts';

export interface PublishedProfile {
  id: string;
  name: LocalizedText;
  productionType: ProductionType;
  industry: string | null;
  base: string | null;
}

export interface PublishedVersion {
  id: string;
  systemCode: string;
  version: string;
  name: LocalizedText;
  /** A draft for comments (征求意见稿), not an issued standard. */
  draftForComments: boolean;
  publishedAt: string | null;
  profiles: PublishedProfile[];
}

export const getPublishedVersions = () =>
  apiFetch('/api/v1/indicator-systems', unchecked<{ items: PublishedVersion[] }>());

export const publishedVersionsQueryOptions = () =>
  queryOptions({
    queryKey: indicatorSystemKeys.published(),
    queryFn: getPublishedVersions,
    select: (r) => r.items,
  });

export const usePublishedVersions = () => useQuery(publishedVersionsQueryOptions());
