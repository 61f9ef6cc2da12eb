import type { AnswerView, AssessmentStatus, AssessmentView, Completion } from '@zhiping/shared';
import type { VersionRecord } from '../scoring/index.ts';
import type { AssessmentRow } from './access.ts';
import type { AnswerRow } from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function assessmentView(
  row: AssessmentRow,
  extra: {
    organizationName: string;
    version: Pick<VersionRecord, 'id' | 'systemCode' | 'version'> & {
      name: { zh: string; en: string };
    };
    progress: Completion;
    result: AssessmentView['result'];
  },
): AssessmentView {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: extra.organizationName,
    title: row.title,
    status: row.status as AssessmentStatus,
    revision: row.revision,
    version: extra.version,
    profileId: row.profileId,
    targetLevel: row.targetLevel,
    tailoring: row.tailoring as AssessmentView['tailoring'],
    assessorId: row.assessorId,
    progress: extra.progress,
    result: extra.result,
    judgment: row.judgment,
    opinion: row.opinion,
    quickScanId: row.quickScanId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    signedOffAt: iso(row.signedOffAt),
  };
}

export const answerView = (a: AnswerRow): AnswerView => ({
  requirementId: a.requirementId,
  choice: a.choice as AnswerView['choice'],
  comment: a.comment,
  evidence: a.evidence as AnswerView['evidence'],
  updatedAt: a.updatedAt.toISOString(),
  updatedBy: a.updatedBy,
});

/** Answers as the engine takes them: only rows with a choice. */
export function answerMap(
  rows: readonly AnswerRow[],
): Record<string, AnswerView['choice'] & string> {
  const out: Record<string, NonNullable<AnswerView['choice']>> = {};
  for (const r of rows)
    if (r.choice) out[r.requirementId] = r.choice as NonNullable<AnswerView['choice']>;
  return out;
}
