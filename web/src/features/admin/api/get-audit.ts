import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditEventViewSchema } from '@zhiping/shared/api/admin';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys, queryString } from './keys.ts';

export interface AuditFilters {
  page: number;
  limit: number;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  organizationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const getAudit = (f: AuditFilters) =>
  apiFetch(`/api/v1/admin/audit?${queryString({ ...f })}`, pageOf(auditEventViewSchema));

export const auditQueryOptions = (f: AuditFilters) =>
  queryOptions({
    queryKey: adminKeys.audit(f),
    queryFn: () => getAudit(f),
    placeholderData: keepPreviousData,
  });

export const useAudit = (f: AuditFilters) => useQuery(auditQueryOptions(f));
