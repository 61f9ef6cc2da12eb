import { assessmentKeys } from '../../../lib/api/keys.ts';

/** Under the assessment's key, so whatever invalidates an assessment refreshes its report. */
export const reportKeys = {
  detail: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'report'] as const,
};
