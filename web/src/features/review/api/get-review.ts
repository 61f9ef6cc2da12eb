import { queryOptions, useQuery } from '@tanstack/react-query';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch } from '../../../lib/api-client.ts';
import { reviewKeys } from './keys.ts';

export const getReview = (assessmentId: string) =>
  apiFetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/review`, reviewViewSchema);

export const reviewQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(assessmentId),
    queryFn: () => getReview(assessmentId),
  });

export const useReview = (assessmentId: string) => useQuery(reviewQueryOptions(assessmentId));
