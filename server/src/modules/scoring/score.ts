import type { AnswerChoice, AssessmentReport, Level, TailoringEntry } from '@zhiping/shared';
import { scorerFor, type VersionRecord } from './versions.ts';

/** What scoring needs of an assessment row: its profile, tailoring and target level. */
export interface ScoredAssessment {
  profileId: string;
  tailoring: unknown;
  targetLevel: number;
}

/** The engine's report of one assessment from its pinned version and the given answers. */
export function scoreAssessment(
  version: VersionRecord,
  row: ScoredAssessment,
  answers: Record<string, AnswerChoice>,
): AssessmentReport {
  return scorerFor(version, row.profileId).score({
    tailoring: row.tailoring as TailoringEntry[],
    answers,
    targetLevel: row.targetLevel as Level,
  });
}
