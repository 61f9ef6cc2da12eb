import { assessmentKeys } from '../../../lib/api/keys.ts';

export const compareKeys = {
  /** Under the assessments' key, so whatever invalidates assessments refreshes a comparison. */
  comparison: (a: string, b: string) => [...assessmentKeys.all, 'compare', a, b] as const,
  submitted: () => [...assessmentKeys.lists(), 'comparable'] as const,
};
