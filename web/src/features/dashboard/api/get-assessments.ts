import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AssessmentStatus, AssessmentView } from '@zhiping/shared/api/assessments';
import { assessmentViewSchema } from '@zhiping/shared/api/assessments';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

export interface AssessmentFilters {
  page: number;
  limit: number;
  status?: AssessmentStatus | undefined;
}

export interface AssessmentPage {
  items: AssessmentView[];
  page: number;
  limit: number;
  total: number;
}

export const getAssessments = (f: AssessmentFilters) => {
  const q = new URLSearchParams({ page: String(f.page), limit: String(f.limit) });
  if (f.status) q.set('status', f.status);
  return apiFetch(`/api/v1/assessments?${q.toString()}`, pageOf(assessmentViewSchema));
};

export const assessmentsQueryOptions = (f: AssessmentFilters) =>
  queryOptions({
    queryKey: assessmentKeys.list(f),
    queryFn: () => getAssessments(f),
    placeholderData: keepPreviousData,
  });

export const useAssessments = (f: AssessmentFilters) => useQuery(assessmentsQueryOptions(f));
