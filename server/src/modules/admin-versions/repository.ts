import { and, asc, count, desc, eq, exists, inArray, sql } from 'drizzle-orm';
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

export type VersionRow = typeof indicatorSystemVersions.$inferSelect;
export type VersionWithCode = VersionRow & { systemCode: string };

/** Assessments whose self-assessment is submitted: they have a 'self' report snapshot. */
export const SUBMITTED_STATUSES = ['submitted', 'in_review', 'returned', 'signed_off'] as const;

export function createVersionRepository(db: Tx) {
  const submittedOfSystem = (systemId: string) =>
    and(
      eq(indicatorSystemVersions.systemId, systemId),
      inArray(assessments.status, [...SUBMITTED_STATUSES]),
      exists(
        db
          .select({ one: sql`1` })
          .from(reportSnapshots)
          .where(
            and(eq(reportSnapshots.assessmentId, assessments.id), eq(reportSnapshots.kind, 'self')),
          ),
      ),
    );

  return {
    async listSystems(page: number, limit: number, tx: Tx = db) {
      const systems = await tx
        .select()
        .from(indicatorSystems)
        .orderBy(asc(indicatorSystems.code))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(indicatorSystems);
      const versions = systems.length
        ? await tx
            .select()
            .from(indicatorSystemVersions)
            .where(
              inArray(
                indicatorSystemVersions.systemId,
                systems.map((s) => s.id),
              ),
            )
            .orderBy(desc(indicatorSystemVersions.createdAt), desc(indicatorSystemVersions.id))
        : [];
      return { systems, versions, total: total?.n ?? 0 };
    },

    /** The version row locked for a write, with its system's code. */
    async findForUpdate(id: string, tx: Tx): Promise<VersionWithCode | undefined> {
      const [row] = await tx
        .select({ v: indicatorSystemVersions, systemCode: indicatorSystems.code })
        .from(indicatorSystemVersions)
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(eq(indicatorSystemVersions.id, id))
        .for('update', { of: indicatorSystemVersions });
      return row ? { ...row.v, systemCode: row.systemCode } : undefined;
    },

    async find(id: string, tx: Tx = db): Promise<VersionWithCode | undefined> {
      const [row] = await tx
        .select({ v: indicatorSystemVersions, systemCode: indicatorSystems.code })
        .from(indicatorSystemVersions)
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(eq(indicatorSystemVersions.id, id));
      return row ? { ...row.v, systemCode: row.systemCode } : undefined;
    },

    async versionTaken(systemId: string, version: string, tx: Tx = db) {
      const [row] = await tx
        .select({ id: indicatorSystemVersions.id })
        .from(indicatorSystemVersions)
        .where(
          and(
            eq(indicatorSystemVersions.systemId, systemId),
            eq(indicatorSystemVersions.version, version),
          ),
        );
      return row !== undefined;
    },

    async findSystemByCode(code: string, tx: Tx = db) {
      const [row] = await tx.select().from(indicatorSystems).where(eq(indicatorSystems.code, code));
      return row;
    },

    async ensureSystem(code: string, name: unknown, tx: Tx) {
      await tx
        .insert(indicatorSystems)
        .values({ code, name })
        .onConflictDoNothing({ target: indicatorSystems.code });
      const [row] = await tx.select().from(indicatorSystems).where(eq(indicatorSystems.code, code));
      return defined(row, 'the row just written');
    },

    async insert(values: typeof indicatorSystemVersions.$inferInsert, tx: Tx) {
      const [row] = await tx.insert(indicatorSystemVersions).values(values).returning();
      return defined(row, 'the row just written');
    },

    /** Writes a version at the revision the caller saw; undefined when it moved meanwhile. */
    async update(
      id: string,
      expectedRevision: number,
      set: Partial<typeof indicatorSystemVersions.$inferInsert>,
      tx: Tx,
    ) {
      const [row] = await tx
        .update(indicatorSystemVersions)
        .set({ ...set, revision: expectedRevision + 1, updatedAt: new Date() })
        .where(
          and(
            eq(indicatorSystemVersions.id, id),
            eq(indicatorSystemVersions.revision, expectedRevision),
          ),
        )
        .returning();
      return row;
    },

    async remove(id: string, tx: Tx) {
      await tx.delete(indicatorSystemVersions).where(eq(indicatorSystemVersions.id, id));
    },

    async submittedAssessments(systemId: string, tx: Tx = db) {
      return tx
        .select({
          id: assessments.id,
          title: assessments.title,
          status: assessments.status,
          organizationId: assessments.organizationId,
          organizationName: organizations.name,
          versionId: assessments.versionId,
          version: indicatorSystemVersions.version,
          profileId: assessments.profileId,
          targetLevel: assessments.targetLevel,
          tailoring: assessments.tailoring,
        })
        .from(assessments)
        .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
        .innerJoin(indicatorSystemVersions, eq(indicatorSystemVersions.id, assessments.versionId))
        .where(submittedOfSystem(systemId))
        .orderBy(asc(organizations.name), asc(assessments.id));
    },

    /** Every answer of every submitted assessment of a system, in one query. */
    async submittedAnswers(systemId: string, tx: Tx = db) {
      return tx
        .select({
          assessmentId: answers.assessmentId,
          requirementId: answers.requirementId,
          choice: answers.choice,
        })
        .from(answers)
        .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
        .innerJoin(indicatorSystemVersions, eq(indicatorSystemVersions.id, assessments.versionId))
        .where(and(submittedOfSystem(systemId), sql`${answers.choice} is not null`));
    },
  };
}
export type VersionRepository = ReturnType<typeof createVersionRepository>;
