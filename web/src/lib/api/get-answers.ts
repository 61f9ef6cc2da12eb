import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AnswersResponse } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

export const getAnswers = (id: string) =>
  apiFetch<AnswersResponse>(`/api/v1/assessments/${encodeURIComponent(id)}/answers`);

export const answersQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.answers(id), queryFn: () => getAnswers(id) });

export const useAnswers = (id: string) => useQuery(answersQueryOptions(id));
