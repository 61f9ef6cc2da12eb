import {
  assessedAnswers,
  type AnswerChoice,
  type AssessmentReport,
  type EffectiveRequirement,
  type TailoringEntry,
} from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import {
  type AssessmentAccess,
  type AssessmentRow,
  type AnswerRow,
  answerMap,
} from '../assessments/index.ts';
import {
  loadVersion,
  requirementIndex,
  scoreAssessment,
  scorerFor,
  type VersionRecord,
} from '../scoring/index.ts';
import type { ReviewItemRow } from './repository.ts';

export function requireAssignedAssessor(access: AssessmentAccess): void {
  if (!access.isAssignedAssessor) {
    throw new ForbiddenError('Only the assessor this assessment is assigned to can do this');
  }
}

export function requireOwner(access: AssessmentAccess): void {
  if (!access.isOwner) throw new ForbiddenError('Only the enterprise itself can do this');
}

/** The assessment's pinned version and a lookup of the requirements it asks. */
export async function scopeOf(tx: Tx, row: AssessmentRow) {
  const version = await loadVersion(tx, row.versionId);
  const idx = requirementIndex(scorerFor(version, row.profileId));
  const tailored = new Set((row.tailoring as TailoringEntry[]).map((t) => t.subdomainId));
  /** The requirement when the assessment asks it, or why not. */
  const requirement = (id: string): EffectiveRequirement | string => {
    const r = idx.requirements.get(id);
    if (!r) return `no requirement ${id} in this assessment`;
    const sd = idx.subdomains.get(r.subdomainId);
    if (tailored.has(r.subdomainId) || sd?.notApplicable) {
      return `requirement ${id} belongs to a sub-domain this assessment leaves out`;
    }
    return r;
  };
  /** Requirements that are asked but have no answer (a returned assessment may lose one). */
  const unanswered = (answers: Record<string, AnswerChoice>): string[] => {
    const out: string[] = [];
    for (const [, sd] of idx.subdomains) {
      if (tailored.has(sd.id) || sd.notApplicable) continue;
      for (const r of sd.requirements) if (!answers[r.id]) out.push(r.id);
    }
    return out;
  };
  return { version, requirement, unanswered };
}

export function assessedReport(
  version: VersionRecord,
  row: AssessmentRow,
  answers: readonly AnswerRow[],
  items: readonly ReviewItemRow[],
): AssessmentReport {
  // The shared substitution, so this and the report module score a review the same way.
  return scoreAssessment(version, row, assessedAnswers(answerMap(answers), items));
}
