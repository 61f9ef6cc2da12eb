import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  answers,
  assessments,
  indicatorSystems,
  indicatorSystemVersions,
  organizations,
  reportSnapshots,
} from '../../db/schema.ts';

export type AnswerRow = typeof answers.$inferSelect;

export function createAssessmentRepository(db: Tx) {
  return {
    async insert(values: typeof assessments.$inferInsert, tx: Tx = db) {
      const [row] = await tx.insert(assessments).values(values).returning();
      return row!;
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

    /** Answer choices per assessment, for list progress (one query for a whole page). */
    async choiceCounts(assessmentIds: string[], tx: Tx = db) {
      if (!assessmentIds.length) return [];
      return tx
        .select({
          assessmentId: answers.assessmentId,
          answered:
            sql<number>`count(*) filter (where ${answers.choice} is not null and ${answers.choice} <> 'na')`.mapWith(
              Number,
            ),
          na: sql<number>`count(*) filter (where ${answers.choice} = 'na')`.mapWith(Number),
        })
        .from(answers)
        .where(inArray(answers.assessmentId, assessmentIds))
        .groupBy(answers.assessmentId);
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

    async insertSnapshot(values: typeof reportSnapshots.$inferInsert, tx: Tx) {
      const [row] = await tx
        .insert(reportSnapshots)
        .values(values)
        .returning({ id: reportSnapshots.id });
      return row!;
    },
  };
}
export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
