import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportResponseSchema } from '@zhiping/shared/api/reports';
import { apiFetch } from '../../../lib/api-client.ts';
import { reportKeys } from './keys.ts';

export const getReport = (assessmentId: string) =>
  apiFetch(`/api/v1/assessments/${assessmentId}/report`, reportResponseSchema);

export const reportQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: reportKeys.detail(assessmentId),
    queryFn: () => getReport(assessmentId),
  });

export const useReport = (assessmentId: string) => useQuery(reportQueryOptions(assessmentId));
