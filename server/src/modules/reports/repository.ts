import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
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

export type SnapshotKind = 'self' | 'assessed';

export interface PeerQuery {
  systemCode: string;
  industry: string;
  /** null: the whole industry; else the narrower industry × size-band group. */
  sizeBand: string | null;
  /** The enterprise being compared: never its own peer. */
  organizationId: string;
  /** The score compared, at the snapshot's precision (6 decimals). */
  score: number;
}

/**
 * Each peer enterprise by its latest 'self' snapshot of the group (DISTINCT ON organization,
 * newest first). The WHERE clause is a prefix of report_snapshots_peer_idx, so only the
 * group's rows are read; counting runs over one row per enterprise.
 */
export function latestPeerSnapshots(db: Tx, q: Omit<PeerQuery, 'score'>) {
  const conds: SQL[] = [
    eq(reportSnapshots.systemCode, q.systemCode),
    eq(reportSnapshots.kind, 'self'),
    eq(reportSnapshots.industry, q.industry),
    ne(reportSnapshots.organizationId, q.organizationId),
  ];
  if (q.sizeBand !== null) conds.push(eq(reportSnapshots.sizeBand, q.sizeBand));
  return db
    .selectDistinctOn([reportSnapshots.organizationId], {
      score: reportSnapshots.score,
      maturityLevel: reportSnapshots.maturityLevel,
    })
    .from(reportSnapshots)
    .where(and(...conds))
    .orderBy(
      reportSnapshots.organizationId,
      desc(reportSnapshots.createdAt),
      desc(reportSnapshots.id),
    )
    .as('latest');
}

const countWhere = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;

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
        parsedSnapshots.delete(parsedSnapshots.keys().next().value!);
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

    /** Size of the peer group, peers scoring strictly lower, and peers per national band. */
    /** The peer-count query itself (also explained by `pnpm bench` to show its plan). */
    peerCountsQuery(q: PeerQuery, tx: Tx = db) {
      const latest = latestPeerSnapshots(tx, q);
      return tx
        .select({
          peers: sql<number>`count(*)::int`,
          lower: countWhere(sql`${latest.score} < ${q.score}::numeric`),
          le1: countWhere(sql`${latest.maturityLevel} <= 1`),
          l2: countWhere(sql`${latest.maturityLevel} = 2`),
          l3: countWhere(sql`${latest.maturityLevel} = 3`),
          ge4: countWhere(sql`${latest.maturityLevel} >= 4`),
        })
        .from(latest);
    },

    async peerCounts(q: PeerQuery, tx: Tx = db) {
      const [row] = await this.peerCountsQuery(q, tx);
      return row ?? { peers: 0, lower: 0, le1: 0, l2: 0, l3: 0, ge4: 0 };
    },
  };
}
export type ReportRepository = ReturnType<typeof createReportRepository>;
