import type { AnswerInput, Completion } from '@zhiping/shared';
import { eq } from 'drizzle-orm';
import { preparedQuery, type Db } from '../../db/client.ts';
import { assessments } from '../../db/schema.ts';
import { deleteOldest } from '../../lib/invariant.ts';

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
  if (shapes.size >= MAX_SHAPES) deleteOldest(shapes);
  shapes.set(id, shape);
  return shape;
}

/**
 * The completion of recently saved drafts at their latest revision, as this process counted
 * it. Every change to an assessment's answers claims (bumps) its revision, so an entry is
 * current exactly when its revision is the one the next save claims: that save then reads the
 * previous choices of its own batch only instead of every answer. A save by another instance
 * moves the revision on, and the next save here reads every answer again.
 */
const completions = new Map<string, { revision: number; completion: Completion }>();
const MAX_COMPLETIONS = 10_000;

export function knownCompletion(id: string, revision: number): Completion | undefined {
  const entry = completions.get(id);
  return entry?.revision === revision ? entry.completion : undefined;
}

export function rememberCompletion(id: string, revision: number, completion: Completion) {
  completions.delete(id);
  if (completions.size >= MAX_COMPLETIONS) deleteOldest(completions);
  completions.set(id, { revision, completion });
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
  /** Choices before this save of the batch's requirements that had an answer row. */
  batchBefore: [string, string | null][];
  /**
   * Choices before this save of every answered requirement of the assessment; null when the
   * caller said it knows them (`knownRevision` equal to the revision it claimed).
   */
  before: [string, string | null][] | null;
}

export interface FastSaveArgs {
  assessmentId: string;
  organizationId: string;
  userId: string;
  userRole: string;
  revision: number;
  answers: AnswerInput[];
  ip: string | null;
  requestId: string | null;
  /** The revision whose completion the caller already knows, if any. */
  knownRevision: number | null;
}

const batchJson = (answers: AnswerInput[]) =>
  answers.map((a) => ({
    requirementId: a.requirementId,
    ...(a.choice !== undefined ? { choice: a.choice } : {}),
    ...(a.comment !== undefined ? { comment: a.comment } : {}),
    ...(a.evidence !== undefined
      ? { evidence: { notes: a.evidence.notes ?? '', links: a.evidence.links ?? [] } }
      : {}),
  }));

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function resultOf(row: Record<string, unknown> | undefined): FastSaveResult | undefined {
  if (!row || row.revision === null || row.revision === undefined) return undefined;
  return {
    revision: Number(row.revision),
    saved: parseJson<FastSaveResult['saved']>(row.saved),
    batchBefore: parseJson<FastSaveResult['batchBefore']>(row.batch_before),
    before: row.before === null ? null : parseJson<FastSaveResult['before']>(row.before),
  };
}

/**
 * Autosave of a draft in ONE statement (atomic on its own, no BEGIN/COMMIT round trips):
 * `fastSaveMany` with a single save. Undefined when the claim failed (stale, not a draft, not
 * theirs): the caller then diagnoses off the hot path.
 */
export async function fastSave(db: Db, args: FastSaveArgs): Promise<FastSaveResult | undefined> {
  return (await fastSaveMany(db, [args]))[0];
}

/**
 * The autosave statement, for one save or several of different assessments, in one statement
 * and one commit. For each save: bump the revision only if the caller's enterprise owns the
 * draft at the revision it saw, merge its answers (fields left out keep their value), append
 * its audit event, and return its saved rows with the choices as they were before (all of the
 * assessment's choices only when the caller does not already know them, `k`). A save whose
 * claim fails writes nothing while the others go through. $1 is a jsonb array of saves; it is
 * run as a named prepared statement, parsed and planned once per connection (planning this
 * CTE cost more than running it). Its generic plan cannot know a batch is small (a jsonb array
 * is estimated at 100 elements), so every read of assessments and answers is written to be an
 * index lookup whatever the estimates: `= ANY(ARRAY(…))` on the key, and LATERAL subqueries
 * kept from being flattened into hash joins (LIMIT 1 / OFFSET 0).
 */
export const FAST_SAVE_MANY_SQL = `
    WITH s AS (
      SELECT (x.value->>'i')::int AS i, (x.value->>'a')::uuid AS aid, (x.value->>'o')::uuid AS org,
        (x.value->>'r')::int AS rev, (x.value->>'u')::uuid AS uid, x.value->>'role' AS role,
        x.value->>'ip' AS ip, x.value->>'req' AS req, (x.value->>'k')::int AS known,
        x.value->'answers' AS answers
      FROM jsonb_array_elements($1::jsonb) AS x
    ),
    claimed AS (
      UPDATE assessments a SET revision = a.revision + 1, updated_at = now()
      FROM s
      WHERE a.id = ANY(ARRAY(SELECT aid FROM s)) AND a.id = s.aid
        AND a.organization_id = s.org AND a.revision = s.rev AND a.status = 'draft'
      RETURNING s.i, a.id, a.revision, a.organization_id
    ),
    input AS (
      SELECT s.i, s.aid, s.uid, y.value AS j, y.value->>'requirementId' AS rid
      FROM s CROSS JOIN LATERAL jsonb_array_elements(s.answers) AS y
    ),
    prev AS (
      SELECT i.aid AS assessment_id, i.rid AS requirement_id, p.choice, p.comment, p.evidence
      FROM input i CROSS JOIN LATERAL (
        SELECT an.choice, an.comment, an.evidence FROM answers an
        WHERE an.assessment_id = i.aid AND an.requirement_id = i.rid LIMIT 1
      ) p
    ),
    choices AS (
      SELECT s.aid AS assessment_id, c.requirement_id, c.choice
      FROM s CROSS JOIN LATERAL (
        SELECT an.requirement_id, an.choice FROM answers an
        WHERE an.assessment_id = s.aid AND an.choice IS NOT NULL OFFSET 0
      ) c
      WHERE s.known IS DISTINCT FROM s.rev
    ),
    up AS (
      INSERT INTO answers (assessment_id, requirement_id, choice, comment, evidence, updated_by, updated_at)
      SELECT i.aid, i.rid,
        CASE WHEN i.j ? 'choice' THEN i.j->>'choice' ELSE p.choice END,
        CASE WHEN i.j ? 'comment' THEN i.j->>'comment' ELSE COALESCE(p.comment, '') END,
        CASE WHEN i.j ? 'evidence' THEN i.j->'evidence'
             ELSE COALESCE(p.evidence, '{"notes":"","links":[]}'::jsonb) END,
        i.uid, now()
      FROM input i LEFT JOIN prev p ON p.assessment_id = i.aid AND p.requirement_id = i.rid
      WHERE i.i IN (SELECT c.i FROM claimed c)
      ON CONFLICT (assessment_id, requirement_id) DO UPDATE SET
        choice = excluded.choice, comment = excluded.comment, evidence = excluded.evidence,
        updated_by = excluded.updated_by, updated_at = excluded.updated_at
      RETURNING assessment_id, requirement_id, choice, comment, evidence, updated_by, updated_at
    ),
    logged AS (
      INSERT INTO audit_events (actor_id, actor_role, organization_id, action, entity_type, entity_id, before, after, ip, request_id)
      SELECT s.uid, s.role, c.organization_id, 'answers.saved', 'assessment', c.id::text,
        (SELECT jsonb_object_agg(i.rid, p.choice) FROM input i
           LEFT JOIN prev p ON p.assessment_id = i.aid AND p.requirement_id = i.rid WHERE i.i = c.i),
        jsonb_build_object('revision', c.revision,
          'choices', (SELECT jsonb_object_agg(u.requirement_id, u.choice) FROM up u WHERE u.assessment_id = c.id)),
        s.ip, s.req
      FROM claimed c JOIN s ON s.i = c.i
      RETURNING id
    )
    SELECT s.i, c.revision,
      (SELECT count(*) FROM logged) AS logged,
      (SELECT coalesce(json_agg(u), '[]'::json) FROM up u WHERE u.assessment_id = c.id) AS saved,
      (SELECT coalesce(json_agg(json_build_array(p.requirement_id, p.choice)), '[]'::json)
         FROM prev p WHERE p.assessment_id = s.aid) AS batch_before,
      CASE WHEN s.known IS DISTINCT FROM s.rev THEN
        (SELECT coalesce(json_agg(json_build_array(ch.requirement_id, ch.choice)), '[]'::json)
           FROM choices ch WHERE ch.assessment_id = s.aid)
      END AS before
    FROM s LEFT JOIN claimed c ON c.i = s.i
    ORDER BY s.i
`;

/** Results in the order of `saves`, which must name different assessments. */
export async function fastSaveMany(
  db: Db,
  saves: FastSaveArgs[],
): Promise<(FastSaveResult | undefined)[]> {
  const payload = saves.map((a, i) => ({
    i,
    a: a.assessmentId,
    o: a.organizationId,
    r: a.revision,
    u: a.userId,
    role: a.userRole,
    ip: a.ip,
    req: a.requestId,
    k: a.knownRevision,
    answers: batchJson(a.answers),
  }));
  const rows = await preparedQuery<Record<string, unknown>>(
    db,
    'zp_fast_save_many',
    FAST_SAVE_MANY_SQL,
    [JSON.stringify(payload)],
  );
  const byIndex = new Map(rows.map((r) => [Number(r.i), r]));
  return saves.map((_, i) => resultOf(byIndex.get(i)));
}
