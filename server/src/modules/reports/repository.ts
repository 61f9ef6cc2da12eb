import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  assessments,
  organizations,
  reportSnapshots,
  reviewItems,
  standardLinks,
  standards,
  users,
} from '../../db/schema.ts';
import { deleteOldest } from '../../lib/invariant.ts';

export type SnapshotKind = 'self' | 'assessed';

/**
 * The latest snapshot of each recently read (assessment, kind), parsed. Shared by every
 * request, so frozen: a caller that tried to change one would throw instead of corrupting the
 * next report. ≈ 0.3–0.5 MB of heap each.
 */
const parsedSnapshots = new Map<string, { id: string; report: unknown }>();
const MAX_PARSED_SNAPSHOTS = 64;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function createReportRepository(db: Tx) {
  return {
    /** What the report header needs beyond the access check: region and the assessor's name. */
    async header(assessmentId: string, tx: Tx = db) {
      const [row] = await tx
        .select({
          organizationId: organizations.id,
          name: organizations.name,
          industry: organizations.industry,
          size: organizations.size,
          region: organizations.region,
          assessorName: users.displayName,
        })
        .from(assessments)
        .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
        .leftJoin(users, eq(users.id, assessments.assessorId))
        .where(eq(assessments.id, assessmentId));
      return row;
    },

    /** The newest snapshot of a kind (a returned and resubmitted assessment may have several). */
    async latestSnapshot(assessmentId: string, kind: SnapshotKind, tx: Tx = db) {
      // The stored report (≈ 100 KB of JSON) is sent and parsed only when this process does
      // not hold that very snapshot already: snapshots never change (a trigger refuses it).
      const key = `${assessmentId}:${kind}`;
      const cached = parsedSnapshots.get(key);
      const [row] = await tx
        .select({
          id: reportSnapshots.id,
          report: cached
            ? sql<unknown>`CASE WHEN ${reportSnapshots.id} = ${cached.id} THEN NULL ELSE ${reportSnapshots.report} END`
            : reportSnapshots.report,
          score: reportSnapshots.score,
          maturityLevel: reportSnapshots.maturityLevel,
          industry: reportSnapshots.industry,
          sizeBand: reportSnapshots.sizeBand,
        })
        .from(reportSnapshots)
        .where(and(eq(reportSnapshots.assessmentId, assessmentId), eq(reportSnapshots.kind, kind)))
        .orderBy(desc(reportSnapshots.createdAt), desc(reportSnapshots.id))
        .limit(1);
      if (!row) return undefined;
      if (cached && row.report === null && cached.id === row.id) {
        return { ...row, report: cached.report };
      }
      const report: unknown = deepFreeze(
        typeof row.report === 'string' ? (JSON.parse(row.report) as unknown) : row.report,
      );
      parsedSnapshots.delete(key);
      if (parsedSnapshots.size >= MAX_PARSED_SNAPSHOTS) {
        deleteOldest(parsedSnapshots);
      }
      parsedSnapshots.set(key, { id: row.id, report });
      return { ...row, report };
    },

    async reviewItems(assessmentId: string, tx: Tx = db) {
      return tx
        .select({
          requirementId: reviewItems.requirementId,
          decision: reviewItems.decision,
          adjustedChoice: reviewItems.adjustedChoice,
          comment: reviewItems.comment,
        })
        .from(reviewItems)
        .where(eq(reviewItems.assessmentId, assessmentId));
    },

    /** Every confirmed standard mapping of an indicator system, by standard number. */
    async standardsOfSystem(systemCode: string, tx: Tx = db) {
      return tx
        .select({
          subdomainId: standardLinks.subdomainId,
          number: standards.number,
          title: standards.title,
          summary: standards.summary,
          frameworkCode: standards.frameworkCode,
          productionTypes: standards.productionTypes,
          why: standardLinks.reason,
          minLevel: standardLinks.minLevel,
          maxLevel: standardLinks.maxLevel,
        })
        .from(standardLinks)
        .innerJoin(standards, eq(standards.id, standardLinks.standardId))
        .where(and(eq(standardLinks.systemCode, systemCode), eq(standards.uncertain, false)))
        .orderBy(asc(standards.number));
    },
  };
}
export type ReportRepository = ReturnType<typeof createReportRepository>;
