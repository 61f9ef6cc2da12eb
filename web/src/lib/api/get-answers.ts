import { queryOptions, useQuery } from '@tanstack/react-query';
import { answersResponseSchema } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

export const getAnswers = (id: string) =>
  apiFetch(`/api/v1/assessments/${encodeURIComponent(id)}/answers`, answersResponseSchema);

export const answersQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.answers(id), queryFn: () => getAnswers(id) });

export const useAnswers = (id: string) => useQuery(answersQueryOptions(id));
