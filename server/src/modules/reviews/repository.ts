import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  assessments,
  findings,
  indicatorSystems,
  indicatorSystemVersions,
  organizations,
  reportSnapshots,
  reviewItems,
  users,
} from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

export type ReviewItemRow = typeof reviewItems.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

/** The latest self-assessment snapshot of the row in scope, as a lateral join. */
const selfSnapshot = (db: Tx) =>
  db
    .select({
      maturityLevel: reportSnapshots.maturityLevel,
      score: reportSnapshots.score,
    })
    .from(reportSnapshots)
    .where(and(eq(reportSnapshots.assessmentId, assessments.id), eq(reportSnapshots.kind, 'self')))
    .orderBy(desc(reportSnapshots.createdAt))
    .limit(1)
    .as('self_snapshot');

export function createReviewRepository(db: Tx) {
  return {
    /** One page of the queue with organization, version and self result: one query, no N+1. */
    async queue(where: SQL | undefined, page: number, limit: number, tx: Tx = db) {
      const self = selfSnapshot(tx);
      const rows = await tx
        .select({
          row: {
            id: assessments.id,
            title: assessments.title,
            status: assessments.status,
            assessorId: assessments.assessorId,
            submittedAt: assessments.submittedAt,
            updatedAt: assessments.updatedAt,
          },
          organization: {
            id: organizations.id,
            name: organizations.name,
            industry: organizations.industry,
            size: organizations.size,
          },
          systemCode: indicatorSystems.code,
          version: indicatorSystemVersions.version,
          selfLevel: self.maturityLevel,
          selfScore: self.score,
        })
        .from(assessments)
        .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
        .innerJoin(indicatorSystemVersions, eq(indicatorSystemVersions.id, assessments.versionId))
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .leftJoinLateral(self, sql`true`)
        .where(where)
        .orderBy(asc(assessments.submittedAt), asc(assessments.id))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx
        .select({ n: count() })
        .from(assessments)
        .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
        .where(where);
      return { rows, total: total?.n ?? 0 };
    },

    /** Submitted → in review for one assessor; only one of several concurrent claims matches. */
    async claim(id: string, assessorId: string, expectedRevision: number, tx: Tx) {
      const [row] = await tx
        .update(assessments)
        .set({
          status: 'in_review',
          assessorId,
          revision: expectedRevision + 1,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(assessments.id, id),
            eq(assessments.status, 'submitted'),
            isNull(assessments.assessorId),
            eq(assessments.revision, expectedRevision),
          ),
        )
        .returning();
      return row;
    },

    async lockAssessment(id: string, tx: Tx) {
      const [row] = await tx.select().from(assessments).where(eq(assessments.id, id)).for('update');
      return row;
    },

    async activeUser(id: string, tx: Tx = db) {
      const [row] = await tx
        .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, id));
      return row;
    },

    async selfResult(assessmentId: string, tx: Tx = db) {
      const [row] = await tx
        .select({ maturityLevel: reportSnapshots.maturityLevel, score: reportSnapshots.score })
        .from(reportSnapshots)
        .where(
          and(eq(reportSnapshots.assessmentId, assessmentId), eq(reportSnapshots.kind, 'self')),
        )
        .orderBy(desc(reportSnapshots.createdAt))
        .limit(1);
      return row;
    },

    async assessedSnapshot(assessmentId: string, tx: Tx = db) {
      const [row] = await tx
        .select({ report: reportSnapshots.report })
        .from(reportSnapshots)
        .where(
          and(eq(reportSnapshots.assessmentId, assessmentId), eq(reportSnapshots.kind, 'assessed')),
        )
        .orderBy(desc(reportSnapshots.createdAt))
        .limit(1);
      return row;
    },

    async items(assessmentId: string, tx: Tx = db) {
      return tx
        .select()
        .from(reviewItems)
        .where(eq(reviewItems.assessmentId, assessmentId))
        .orderBy(asc(reviewItems.requirementId));
    },

    async itemsFor(assessmentId: string, requirementIds: string[], tx: Tx) {
      if (!requirementIds.length) return [];
      return tx
        .select()
        .from(reviewItems)
        .where(
          and(
            eq(reviewItems.assessmentId, assessmentId),
            inArray(reviewItems.requirementId, requirementIds),
          ),
        );
    },

    async upsertItems(rows: (typeof reviewItems.$inferInsert)[], tx: Tx) {
      if (!rows.length) return [];
      return tx
        .insert(reviewItems)
        .values(rows)
        .onConflictDoUpdate({
          target: [reviewItems.assessmentId, reviewItems.requirementId],
          set: {
            decision: sql`excluded.decision`,
            adjustedChoice: sql`excluded.adjusted_choice`,
            comment: sql`excluded.comment`,
            reviewerId: sql`excluded.reviewer_id`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
        .returning();
    },

    async findings(assessmentId: string, tx: Tx = db) {
      return tx
        .select()
        .from(findings)
        .where(eq(findings.assessmentId, assessmentId))
        .orderBy(asc(findings.createdAt), asc(findings.id));
    },

    async finding(id: string, tx: Tx = db, opts: { forUpdate?: boolean } = {}) {
      const q = tx.select().from(findings).where(eq(findings.id, id));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async insertFinding(values: typeof findings.$inferInsert, tx: Tx) {
      const [row] = await tx.insert(findings).values(values).returning();
      return defined(row, 'the row just written');
    },

    async updateFinding(
      id: string,
      set: Partial<Pick<FindingRow, 'status' | 'response'>>,
      tx: Tx,
    ): Promise<FindingRow> {
      const [row] = await tx
        .update(findings)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(findings.id, id))
        .returning();
      return defined(row, 'the row just written');
    },

    /** Open findings the enterprise has responded to become answered (at resubmit). */
    async answerRespondedFindings(assessmentId: string, tx: Tx) {
      return tx
        .update(findings)
        .set({ status: 'answered', updatedAt: new Date() })
        .where(
          and(
            eq(findings.assessmentId, assessmentId),
            eq(findings.status, 'open'),
            sql`${findings.response} is not null`,
          ),
        )
        .returning({ id: findings.id });
    },
  };
}
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
