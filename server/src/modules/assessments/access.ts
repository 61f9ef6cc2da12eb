import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { assessments, organizations } from '../../db/schema.ts';
import { NotFoundError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../lib/actor.ts';

export type AssessmentRow = typeof assessments.$inferSelect;

/** What a caller may do with one assessment. */
export interface AssessmentAccess {
  row: AssessmentRow;
  organizationName: string;
  organizationIndustry: string;
  organizationSize: string;
  /** The enterprise's own user. */
  isOwner: boolean;
  /** The assessor it is assigned to. */
  isAssignedAssessor: boolean;
}

/**
 * Loads an assessment the caller may see, or answers 404 (never 403: another tenant's ids
 * must not be confirmed). Respondents see their own enterprise's; assessors see those
 * assigned to them and those open to claim; admins see all.
 */
export async function loadAssessmentFor(
  db: Tx,
  user: AccessClaims,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AssessmentAccess> {
  const q = db
    .select({
      row: assessments,
      organizationName: organizations.name,
      organizationIndustry: organizations.industry,
      organizationSize: organizations.size,
    })
    .from(assessments)
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .where(eq(assessments.id, id));
  const [found] = opts.forUpdate ? await q.for('update', { of: assessments }) : await q;
  if (!found) throw new NotFoundError('Assessment');
  const { row } = found;
  const isOwner = user.role === 'respondent' && user.org === row.organizationId;
  const isAssignedAssessor = user.role === 'assessor' && row.assessorId === user.sub;
  const claimable = user.role === 'assessor' && row.status === 'submitted' && !row.assessorId;
  if (!(isOwner || isAssignedAssessor || claimable || user.role === 'admin')) {
    throw new NotFoundError('Assessment');
  }
  return { ...found, isOwner, isAssignedAssessor };
}
