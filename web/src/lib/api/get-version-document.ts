import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { apiFetch, unchecked } from '../api-client.ts';
import { indicatorSystemKeys } from './keys.ts';

export interface VersionDocument {
  id: string;
  systemCode: string;
  version: string;
  status: 'draft' | 'published' | 'archived';
  revision: number;
  document: IndicatorSystem;
}

export const getVersionDocument = (versionId: string) =>
  apiFetch(
    `/api/v1/indicator-systems/versions/${encodeURIComponent(versionId)}`,
    unchecked<VersionDocument>(),
  );

/** A published version never changes, so its document is cached for the whole visit. */
export const versionDocumentQueryOptions = (versionId: string) =>
  queryOptions({
    queryKey: indicatorSystemKeys.version(versionId),
    queryFn: () => getVersionDocument(versionId),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

export const useVersionDocument = (versionId: string | undefined) =>
  useQuery({ ...versionDocumentQueryOptions(versionId ?? ''), enabled: Boolean(versionId) });
