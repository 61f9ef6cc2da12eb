import {
  MIN_PEER_GROUP,
  NATIONAL_DISTRIBUTIONS,
  NATIONAL_PLATFORM_TOTALS,
  nationalPositions,
  type Benchmark,
  type PeerGroup,
} from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import {
  createBenchmarkRepository,
  type BenchmarkRepository,
  type PeerQuery,
} from './repository.ts';

/** The assessment compared: its self-assessment's score and level as stored (6 decimals). */
export interface BenchmarkSubject {
  assessmentId: string;
  organizationId: string;
  systemCode: string;
  own: {
    score: number;
    maturityLevel: number;
    source: Benchmark['own']['source'];
    industry: string;
    sizeBand: string;
  };
}

async function peerGroup(repo: BenchmarkRepository, q: PeerQuery): Promise<PeerGroup> {
  const c = await repo.peerCounts(q);
  // Fewer than MIN_PEER_GROUP enterprises: any figure could point at one of them.
  if (c.peers < MIN_PEER_GROUP)
    return { available: false, reason: 'too_few_peers', peers: c.peers };
  return {
    available: true,
    peers: c.peers,
    lower: c.lower,
    percentile: c.lower / c.peers,
    levelShares: {
      le1: c.le1 / c.peers,
      l2: c.l2 / c.peers,
      l3: c.l3 / c.peers,
      ge4: c.ge4 / c.peers,
    },
  };
}

/**
 * The assessment's self-assessment among its peers' latest self-assessments (same indicator
 * system and industry; then industry and size band), and the national reference figures.
 */
export async function benchmarkFor(db: Tx, subject: BenchmarkSubject): Promise<Benchmark> {
  const { own } = subject;
  const repo = createBenchmarkRepository(db);
  const base = {
    systemCode: subject.systemCode,
    industry: own.industry,
    organizationId: subject.organizationId,
    score: own.score,
  };
  const [industry, industrySize] = await Promise.all([
    peerGroup(repo, { ...base, sizeBand: null }),
    peerGroup(repo, { ...base, sizeBand: own.sizeBand }),
  ]);
  return {
    assessmentId: subject.assessmentId,
    systemCode: subject.systemCode,
    industry: own.industry,
    sizeBand: own.sizeBand,
    own: { score: own.score, maturityLevel: own.maturityLevel, source: own.source },
    minimumPeers: MIN_PEER_GROUP,
    groups: { industry, industrySize },
    national: {
      distributions: NATIONAL_DISTRIBUTIONS.map((d) => ({ ...d, percent: { ...d.percent } })),
      positions: nationalPositions(own.maturityLevel),
      platform: { ...NATIONAL_PLATFORM_TOTALS },
    },
  };
}
