import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  QUICK_SCAN_TOKEN_HEADER,
  type CreatedQuickScan,
  type QuickScanView,
} from '@zhiping/shared/api/quick-scan';
import type { QuickScanChoice } from '@zhiping/shared/scoring/quick-scan';
import { answersResponseSchema, assessmentViewSchema } from '@zhiping/shared/api/assessments';
import {
  assessmentQuickScanSchema,
  createdQuickScanSchema,
  quickScanOptionsSchema,
  quickScanResultSchema,
  quickScanViewSchema,
} from '@zhiping/shared/api/quick-scan';
import { z } from 'zod';
import { apiFetch } from '../../../lib/api-client.ts';

export { PENDING_SCAN_EVENT, pendingScan, setPendingScan, type PendingScan } from '../pending.ts';
import { pendingScan, setPendingScan, type PendingScan } from '../pending.ts';

/** The token header for a scan started here (none for a scan already claimed). */
const tokenHeaders = (id: string): Record<string, string> => {
  const p = pendingScan();
  return p && p.id === id ? { [QUICK_SCAN_TOKEN_HEADER]: p.token } : {};
};

const base = (id: string) => `/api/v1/quick-scans/${encodeURIComponent(id)}`;

export const quickScanKeys = {
  options: ['quick-scan', 'options'] as const,
  scan: (id: string) => ['quick-scan', id] as const,
  result: (id: string) => ['quick-scan', id, 'result'] as const,
  beside: (assessmentId: string) => ['assessments', assessmentId, 'quick-scan'] as const,
};

export const useQuickScanOptions = () =>
  useQuery({
    queryKey: quickScanKeys.options,
    queryFn: () => apiFetch('/api/v1/quick-scans/options', quickScanOptionsSchema),
    staleTime: 5 * 60_000,
  });

export async function startQuickScan(body: {
  versionId: string;
  profileId: string;
}): Promise<CreatedQuickScan> {
  const created = await apiFetch('/api/v1/quick-scans', createdQuickScanSchema, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  setPendingScan({ id: created.id, token: created.token });
  return created;
}

export const quickScanQueryOptions = (id: string) =>
  queryOptions({
    queryKey: quickScanKeys.scan(id),
    queryFn: () => apiFetch(base(id), quickScanViewSchema, { headers: tokenHeaders(id) }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
export const useQuickScan = (id: string) => useQuery(quickScanQueryOptions(id));

export const saveQuickScanAnswers = (
  id: string,
  answers: { subdomainId: string; choice: QuickScanChoice | null }[],
) =>
  apiFetch(`${base(id)}/answers`, quickScanViewSchema, {
    method: 'PUT',
    headers: tokenHeaders(id),
    body: JSON.stringify({ answers }),
  });

export const useQuickScanResult = (id: string) =>
  useQuery({
    queryKey: quickScanKeys.result(id),
    queryFn: () =>
      apiFetch(`${base(id)}/result`, quickScanResultSchema, { headers: tokenHeaders(id) }),
    refetchOnWindowFocus: false,
  });

export const claimQuickScan = (p: PendingScan) =>
  apiFetch(`${base(p.id)}/claim`, quickScanViewSchema, {
    method: 'POST',
    headers: { [QUICK_SCAN_TOKEN_HEADER]: p.token },
  });

/** Starts the full assessment from a claimed scan (its origin is recorded). */
export const startAssessmentFromScan = (scan: QuickScanView, title: string) =>
  apiFetch('/api/v1/assessments', assessmentViewSchema, {
    method: 'POST',
    body: JSON.stringify({
      versionId: scan.version.id,
      profileId: scan.profileId,
      tailoring: scan.tailoring,
      targetLevel: 3,
      title,
      quickScanId: scan.id,
    }),
  });

export const useAssessmentQuickScan = (assessmentId: string, enabled: boolean) =>
  useQuery({
    queryKey: quickScanKeys.beside(assessmentId),
    queryFn: () =>
      apiFetch(
        `/api/v1/assessments/${encodeURIComponent(assessmentId)}/quick-scan`,
        assessmentQuickScanSchema,
      ),
    enabled,
  });

export const applyQuickScanLevel = (
  assessmentId: string,
  body: { revision: number; subdomainId: string; level: number },
) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/quick-scan/apply`,
    answersResponseSchema.extend({ marked: z.number().int() }),
    { method: 'POST', body: JSON.stringify(body) },
  );
