import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

export const getAssessment = (id: string) =>
  apiFetch<AssessmentView>(`/api/v1/assessments/${encodeURIComponent(id)}`);

export const assessmentQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.detail(id), queryFn: () => getAssessment(id) });

export const useAssessment = (id: string) => useQuery(assessmentQueryOptions(id));
