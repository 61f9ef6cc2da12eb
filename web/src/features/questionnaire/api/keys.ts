import { assessmentKeys } from '../../../lib/api/keys.ts';

/**
 * The questionnaire's own queries, under the assessment's key so invalidating the assessment
 * refreshes them. `evidence` is the prefix every feature's evidence query of an assessment
 * shares: a change made here invalidates what other pages hold of the same files.
 */
export const questionnaireKeys = {
  evidence: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'evidence'] as const,
  evidenceFiles: (assessmentId: string) =>
    [...questionnaireKeys.evidence(assessmentId), 'files'] as const,
};
