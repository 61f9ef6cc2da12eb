import { queryOptions, useQuery } from '@tanstack/react-query';
import { compareResponseSchema } from '@zhiping/shared/api/reports';
import { apiFetch } from '../../../lib/api-client.ts';
import { compareKeys } from './keys.ts';

export const getComparison = (a: string, b: string) =>
  apiFetch(
    `/api/v1/assessments/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
    compareResponseSchema,
  );

export const comparisonQueryOptions = (a: string, b: string) =>
  queryOptions({ queryKey: compareKeys.comparison(a, b), queryFn: () => getComparison(a, b) });

/** b − a for two assessments; idle until both are chosen and differ. */
export const useComparison = (a: string | null, b: string | null) =>
  useQuery({
    ...comparisonQueryOptions(a ?? '', b ?? ''),
    enabled: a !== null && b !== null && a !== b,
  });
