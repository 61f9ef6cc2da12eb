import type { AnswerInput } from '@zhiping/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { assessments } from '../../db/schema.ts';

/** What never changes about an assessment once created: safe to cache in every instance. */
export interface AssessmentShape {
  organizationId: string;
  versionId: string;
  profileId: string;
  tailoring: { subdomainId: string; reason: string }[];
}

const shapes = new Map<string, AssessmentShape>();
const MAX_SHAPES = 10_000;

export async function assessmentShape(db: Db, id: string): Promise<AssessmentShape | undefined> {
  const cached = shapes.get(id);
  if (cached) return cached;
  const [row] = await db
    .select({
      organizationId: assessments.organizationId,
      versionId: assessments.versionId,
      profileId: assessments.profileId,
      tailoring: assessments.tailoring,
    })
    .from(assessments)
    .where(eq(assessments.id, id));
  if (!row) return undefined;
  const shape = { ...row, tailoring: row.tailoring as AssessmentShape['tailoring'] };
  if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
  shapes.set(id, shape);
  return shape;
}

export interface FastSaveResult {
  revision: number;
  saved: {
    requirement_id: string;
    choice: string | null;
    comment: string;
    evidence: { notes: string; links: string[] };
    updated_by: string;
    updated_at: string;
  }[];
  /** Choices before this save, of every answered requirement of the assessment. */
  before: [string, string | null][];
}

/**
 * Autosave of a draft in ONE statement (atomic on its own, no BEGIN/COMMIT round trips):
 * bump the revision only if the caller's enterprise owns the draft at the revision it saw,
 * merge the batch into the answers (fields left out keep their value), append the audit
 * event, and return the saved rows with the choices as they were before. Nothing is written
 * unless the revision claim succeeds. Undefined when it did not (stale, not a draft, not
 * theirs): the caller then diagnoses off the hot path.
 */
export async function fastSave(
  db: Db,
  args: {
    assessmentId: string;
    organizationId: string;
    userId: string;
    userRole: string;
    revision: number;
    answers: AnswerInput[];
    ip: string | null;
    requestId: string | null;
  },
): Promise<FastSaveResult | undefined> {
  const input = JSON.stringify(
    args.answers.map((a) => ({
      requirementId: a.requirementId,
      ...(a.choice !== undefined ? { choice: a.choice } : {}),
      ...(a.comment !== undefined ? { comment: a.comment } : {}),
      ...(a.evidence !== undefined
        ? { evidence: { notes: a.evidence.notes ?? '', links: a.evidence.links ?? [] } }
        : {}),
    })),
  );
  const result = await db.execute(sql`
    WITH claimed AS (
      UPDATE assessments SET revision = revision + 1, updated_at = now()
      WHERE id = ${args.assessmentId} AND organization_id = ${args.organizationId}
        AND revision = ${args.revision} AND status = 'draft'
      RETURNING id, revision, organization_id
    ),
    input AS (
      SELECT x.value AS j, x.value->>'requirementId' AS rid
      FROM jsonb_array_elements(${input}::jsonb) AS x
    ),
    prev AS (
      SELECT requirement_id, choice, comment, evidence FROM answers
      WHERE assessment_id = ${args.assessmentId} AND requirement_id IN (SELECT rid FROM input)
    ),
    choices AS (
      SELECT requirement_id, choice FROM answers
      WHERE assessment_id = ${args.assessmentId} AND choice IS NOT NULL
    ),
    up AS (
      INSERT INTO answers (assessment_id, requirement_id, choice, comment, evidence, updated_by, updated_at)
      SELECT ${args.assessmentId}, i.rid,
        CASE WHEN i.j ? 'choice' THEN i.j->>'choice' ELSE p.choice END,
        CASE WHEN i.j ? 'comment' THEN i.j->>'comment' ELSE COALESCE(p.comment, '') END,
        CASE WHEN i.j ? 'evidence' THEN i.j->'evidence'
             ELSE COALESCE(p.evidence, '{"notes":"","links":[]}'::jsonb) END,
        ${args.userId}, now()
      FROM input i LEFT JOIN prev p ON p.requirement_id = i.rid
      WHERE EXISTS (SELECT 1 FROM claimed)
      ON CONFLICT (assessment_id, requirement_id) DO UPDATE SET
        choice = excluded.choice, comment = excluded.comment, evidence = excluded.evidence,
        updated_by = excluded.updated_by, updated_at = excluded.updated_at
      RETURNING requirement_id, choice, comment, evidence, updated_by, updated_at
    ),
    logged AS (
      INSERT INTO audit_events (actor_id, actor_role, organization_id, action, entity_type, entity_id, before, after, ip, request_id)
      SELECT ${args.userId}, ${args.userRole}, c.organization_id, 'answers.saved', 'assessment', c.id::text,
        (SELECT jsonb_object_agg(i.rid, p.choice) FROM input i LEFT JOIN prev p ON p.requirement_id = i.rid),
        jsonb_build_object('revision', c.revision,
          'choices', (SELECT jsonb_object_agg(u.requirement_id, u.choice) FROM up u)),
        ${args.ip}, ${args.requestId}
      FROM claimed c
      RETURNING id
    )
    SELECT
      (SELECT revision FROM claimed) AS revision,
      (SELECT count(*) FROM logged) AS logged,
      (SELECT coalesce(json_agg(up), '[]'::json) FROM up) AS saved,
      (SELECT coalesce(json_agg(json_build_array(c.requirement_id, c.choice)), '[]'::json) FROM choices c) AS before
  `);
  const row = (result as { rows: Record<string, unknown>[] }).rows[0];
  if (!row || row.revision === null || row.revision === undefined) return undefined;
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
  return {
    revision: Number(row.revision),
    saved: parse<FastSaveResult['saved']>(row.saved),
    before: parse<FastSaveResult['before']>(row.before),
  };
}
