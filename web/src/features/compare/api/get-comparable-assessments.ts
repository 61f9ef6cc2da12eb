import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { assessmentViewSchema } from '@zhiping/shared/api/assessments';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { compareKeys } from './keys.ts';

/** The API's page size maximum. */
const LIMIT = 100;
/** Enough history for any enterprise; beyond it the oldest are left out of the picker. */
const MAX_PAGES = 5;

/**
 * The caller's assessments that have a result to compare (submitted at least once), newest
 * first. Pages through the list, which the API caps at 100 a page.
 */
export async function getComparableAssessments(): Promise<AssessmentView[]> {
  const all: AssessmentView[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await apiFetch(
      `/api/v1/assessments?page=${page}&limit=${LIMIT}`,
      pageOf(assessmentViewSchema),
    );
    all.push(...res.items);
    if (page * LIMIT >= res.total) break;
  }
  return all
    .filter((a) => a.status !== 'draft' && a.result !== null)
    .sort((x, y) => (y.submittedAt ?? y.createdAt).localeCompare(x.submittedAt ?? x.createdAt));
}

export const comparableAssessmentsQueryOptions = () =>
  queryOptions({ queryKey: compareKeys.submitted(), queryFn: getComparableAssessments });

export const useComparableAssessments = () => useQuery(comparableAssessmentsQueryOptions());
