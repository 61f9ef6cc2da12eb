import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentViewSchema } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

export const getAssessment = (id: string) =>
  apiFetch(`/api/v1/assessments/${encodeURIComponent(id)}`, assessmentViewSchema);

export const assessmentQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.detail(id), queryFn: () => getAssessment(id) });

export const useAssessment = (id: string) => useQuery(assessmentQueryOptions(id));
