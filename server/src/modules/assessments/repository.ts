import { and, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  answers,
  assessments,
  indicatorSystems,
  indicatorSystemVersions,
  organizations,
  reportSnapshots,
} from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

export type AnswerRow = typeof answers.$inferSelect;

export function createAssessmentRepository(db: Tx) {
  return {
    async insert(values: typeof assessments.$inferInsert, tx: Tx = db) {
      const [row] = await tx.insert(assessments).values(values).returning();
      return defined(row, 'the row just written');
    },

    async list(where: SQL | undefined, page: number, limit: number, tx: Tx = db) {
      const rows = await tx
        .select({
          row: assessments,
          organizationName: organizations.name,
          systemCode: indicatorSystems.code,
          version: indicatorSystemVersions.version,
          systemName: indicatorSystems.name,
        })
        .from(assessments)
        .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
        .innerJoin(indicatorSystemVersions, eq(indicatorSystemVersions.id, assessments.versionId))
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(where)
        .orderBy(desc(assessments.createdAt), desc(assessments.id))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(assessments).where(where);
      return { rows, total: total?.n ?? 0 };
    },

    async answers(assessmentId: string, tx: Tx = db) {
      return tx.select().from(answers).where(eq(answers.assessmentId, assessmentId));
    },

    async answersFor(assessmentId: string, requirementIds: string[], tx: Tx = db) {
      if (!requirementIds.length) return [];
      return tx
        .select()
        .from(answers)
        .where(
          and(
            eq(answers.assessmentId, assessmentId),
            inArray(answers.requirementId, requirementIds),
          ),
        );
    },

    /** Answer choices of a page of assessments, for list progress (one query). */
    async choicesOf(assessmentIds: string[], tx: Tx = db) {
      if (!assessmentIds.length) return [];
      return tx
        .select({
          assessmentId: answers.assessmentId,
          requirementId: answers.requirementId,
          choice: answers.choice,
        })
        .from(answers)
        .where(and(inArray(answers.assessmentId, assessmentIds), isNotNull(answers.choice)));
    },

    async choices(assessmentId: string, tx: Tx = db) {
      return tx
        .select({ requirementId: answers.requirementId, choice: answers.choice })
        .from(answers)
        .where(and(eq(answers.assessmentId, assessmentId), isNotNull(answers.choice)));
    },

    /**
     * Locks, checks and bumps in one statement: the enterprise's own assessment, still open
     * for answers, at the revision the client saw. Undefined when any of that fails.
     */
    async claimRevision(id: string, organizationId: string | null, revision: number, tx: Tx) {
      if (!organizationId) return undefined;
      const [row] = await tx
        .update(assessments)
        .set({ revision: sql`${assessments.revision} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(assessments.id, id),
            eq(assessments.organizationId, organizationId),
            eq(assessments.revision, revision),
            inArray(assessments.status, ['draft', 'returned']),
          ),
        )
        .returning();
      return row;
    },

    async upsertAnswers(rows: (typeof answers.$inferInsert)[], tx: Tx) {
      if (!rows.length) return [];
      return tx
        .insert(answers)
        .values(rows)
        .onConflictDoUpdate({
          target: [answers.assessmentId, answers.requirementId],
          set: {
            choice: sql`excluded.choice`,
            comment: sql`excluded.comment`,
            evidence: sql`excluded.evidence`,
            updatedBy: sql`excluded.updated_by`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
        .returning();
    },

    async bumpRevision(
      id: string,
      expected: number,
      set: Partial<typeof assessments.$inferInsert>,
      tx: Tx,
    ) {
      const [row] = await tx
        .update(assessments)
        .set({ ...set, revision: expected + 1, updatedAt: new Date() })
        .where(and(eq(assessments.id, id), eq(assessments.revision, expected)))
        .returning();
      return row;
    },

    /** Latest snapshot per assessment (self, or assessed where signed off). */
    async latestResults(assessmentIds: string[], tx: Tx = db) {
      if (!assessmentIds.length) return [];
      return tx
        .selectDistinctOn([reportSnapshots.assessmentId], {
          assessmentId: reportSnapshots.assessmentId,
          kind: reportSnapshots.kind,
          maturityLevel: reportSnapshots.maturityLevel,
          score: reportSnapshots.score,
        })
        .from(reportSnapshots)
        .where(inArray(reportSnapshots.assessmentId, assessmentIds))
        .orderBy(reportSnapshots.assessmentId, desc(reportSnapshots.createdAt));
    },
  };
}
export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
