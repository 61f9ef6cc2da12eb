import { and, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { reportSnapshots } from '../../db/schema.ts';

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
 * Size of the peer group, peers scoring strictly lower, and peers per national band: the
 * query itself (also explained by `pnpm bench` to show its plan).
 */
export function peerCountsQuery(db: Tx, q: PeerQuery) {
  const latest = latestPeerSnapshots(db, q);
  return db
    .select({
      peers: sql<number>`count(*)::int`,
      lower: countWhere(sql`${latest.score} < ${q.score}::numeric`),
      le1: countWhere(sql`${latest.maturityLevel} <= 1`),
      l2: countWhere(sql`${latest.maturityLevel} = 2`),
      l3: countWhere(sql`${latest.maturityLevel} = 3`),
      ge4: countWhere(sql`${latest.maturityLevel} >= 4`),
    })
    .from(latest);
}

export function createBenchmarkRepository(db: Tx) {
  return {
    async peerCounts(q: PeerQuery, tx: Tx = db) {
      const [row] = await peerCountsQuery(tx, q);
      return row ?? { peers: 0, lower: 0, le1: 0, l2: 0, l3: 0, ge4: 0 };
    },
  };
}
export type BenchmarkRepository = ReturnType<typeof createBenchmarkRepository>;
