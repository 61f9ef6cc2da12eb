import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VersionStatus } from '@zhiping/shared/api/admin';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { apiFetch, unchecked } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

export interface EditableVersion {
  id: string;
  systemCode: string;
  version: string;
  status: VersionStatus;
  revision: number;
  document: IndicatorSystem;
}

export const getVersion = (id: string) =>
  apiFetch(
    `/api/v1/indicator-systems/versions/${encodeURIComponent(id)}`,
    unchecked<EditableVersion>(),
  );

/**
 * A draft changes under the editor's feet only when someone else saves it; the editor holds
 * its own copy, so focus refetches would only make noise.
 */
export const versionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: adminKeys.version(id),
    queryFn: () => getVersion(id),
    refetchOnWindowFocus: false,
  });

export const useVersion = (id: string) => useQuery(versionQueryOptions(id));
