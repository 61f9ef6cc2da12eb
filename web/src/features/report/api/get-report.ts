import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportResponse } from '@zhiping/shared/api/reports';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export const getReport = (assessmentId: string) =>
  apiFetch<ReportResponse>(`/api/v1/assessments/${assessmentId}/report`);

export const reportQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: reportKeys.detail(assessmentId),
    queryFn: () => getReport(assessmentId),
  });

export const useReport = (assessmentId: string) => useQuery(reportQueryOptions(assessmentId));
