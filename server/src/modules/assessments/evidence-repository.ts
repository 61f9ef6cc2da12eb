import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { assessments, evidenceFiles, organizations } from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

/** Every column but the content, for lists and metadata. */
const metadata = {
  id: evidenceFiles.id,
  assessmentId: evidenceFiles.assessmentId,
  requirementId: evidenceFiles.requirementId,
  filename: evidenceFiles.filename,
  mimeType: evidenceFiles.mimeType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  uploadedBy: evidenceFiles.uploadedBy,
  createdAt: evidenceFiles.createdAt,
};
export type EvidenceMetadata = {
  [K in keyof typeof metadata]: (typeof evidenceFiles.$inferSelect)[K];
};

export function createEvidenceRepository(db: Tx) {
  const inAssessment = (assessmentId: string, requirementId?: string): SQL =>
    and(
      eq(evidenceFiles.assessmentId, assessmentId),
      requirementId === undefined ? undefined : eq(evidenceFiles.requirementId, requirementId),
    ) ?? eq(evidenceFiles.assessmentId, assessmentId);

  return {
    async insert(values: typeof evidenceFiles.$inferInsert, tx: Tx) {
      const [row] = await tx.insert(evidenceFiles).values(values).returning(metadata);
      return defined(row, 'the row just written');
    },

    async list(
      assessmentId: string,
      q: { requirementId?: string | undefined; page: number; limit: number },
      tx: Tx = db,
    ) {
      const where = inAssessment(assessmentId, q.requirementId);
      const rows = await tx
        .select(metadata)
        .from(evidenceFiles)
        .where(where)
        .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit);
      const [total] = await tx.select({ n: count() }).from(evidenceFiles).where(where);
      return { rows, total: total?.n ?? 0 };
    },

    async countFor(assessmentId: string, requirementId: string, tx: Tx) {
      const [row] = await tx
        .select({ n: count() })
        .from(evidenceFiles)
        .where(inAssessment(assessmentId, requirementId));
      return row?.n ?? 0;
    },

    /**
     * Bytes of evidence an enterprise stores, over all its assessments. Locks the enterprise's
     * row first, so parallel uploads of one enterprise are counted one after the other and
     * cannot pass the quota together. `no key update`: it does not block the enterprise's
     * other writes (rows referencing it take `key share`) while an upload runs.
     */
    async usageOfOrganizationLocked(organizationId: string, tx: Tx) {
      await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, organizationId))
        .for('no key update');
      const [row] = await tx
        .select({ bytes: sql<string>`coalesce(sum(${evidenceFiles.sizeBytes}), 0)` })
        .from(evidenceFiles)
        .innerJoin(assessments, eq(assessments.id, evidenceFiles.assessmentId))
        .where(eq(assessments.organizationId, organizationId));
      return Number(row?.bytes ?? 0);
    },

    async metadata(assessmentId: string, fileId: string, tx: Tx = db) {
      const [row] = await tx
        .select(metadata)
        .from(evidenceFiles)
        .where(and(eq(evidenceFiles.assessmentId, assessmentId), eq(evidenceFiles.id, fileId)));
      return row;
    },

    async withContent(assessmentId: string, fileId: string, tx: Tx = db) {
      const [row] = await tx
        .select()
        .from(evidenceFiles)
        .where(and(eq(evidenceFiles.assessmentId, assessmentId), eq(evidenceFiles.id, fileId)));
      return row;
    },

    async remove(fileId: string, tx: Tx) {
      await tx.delete(evidenceFiles).where(eq(evidenceFiles.id, fileId));
    },
  };
}
