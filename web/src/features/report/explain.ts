import type { ReportGap, ReportNode } from './types.ts';

export interface LevelExplanation {
  nodeId: string;
  level: number;
  score: number;
  /** The first level not attained, which caps the level; null at level 5. */
  blockedAt: number | null;
  /** That level's score (0–1); null when the sub-domain has nothing at that level. */
  blockedScore: number | null;
  /** Items of the blocking level scored below 全部满足, highest impact first (gaps ≤ target). */
  blockingItems: ReportGap[];
  /** The blocking level lies above the target level: its items are not in the gap list. */
  blockedAboveTarget: boolean;
  /** Levels above the blocking one that reach the threshold but do not count (cumulative rule). */
  attainedButNotCounted: number[];
  /** The terms of the overall score: (n − 1) + S_n + S_(n+1), or S_1 below level one. */
  formula: { n: number; sn: number | null; snNext: number | null };
}

/**
 * Why a sub-domain has its level and score, from the engine's own numbers (GB/T 39117 as
 * `handbook/domain.md` §3 states it): levels are cumulative, so the first level below the
 * threshold caps the level, and the score adds only that level's and the next one's scores.
 * Null for a node without a result (tailored out, not applicable).
 */
export function explainLevel(
  node: ReportNode,
  gaps: readonly ReportGap[],
  targetLevel: number,
): LevelExplanation | null {
  if (node.level === null || node.score === null) return null;
  const n = node.level;
  const blockedAt = n < 5 ? n + 1 : null;
  const scoreAt = (level: number) => node.levelScores[level - 1] ?? null;
  const blockingItems =
    blockedAt === null
      ? []
      : gaps
          .filter((g) => g.subdomainId === node.id && g.level === blockedAt)
          .slice()
          .sort((a, b) => b.impact - a.impact || a.requirementId.localeCompare(b.requirementId));
  const attainedButNotCounted: number[] = [];
  if (blockedAt !== null)
    for (let l = blockedAt + 1; l <= 5; l++)
      if (node.levelAttained[l - 1] && scoreAt(l) !== null) attainedButNotCounted.push(l);
  return {
    nodeId: node.id,
    level: n,
    score: node.score,
    blockedAt,
    blockedScore: blockedAt === null ? null : scoreAt(blockedAt),
    blockingItems,
    blockedAboveTarget: blockedAt !== null && blockedAt > targetLevel,
    attainedButNotCounted,
    formula: {
      n,
      sn: n === 0 ? scoreAt(1) : scoreAt(n),
      snNext: n === 0 || n === 5 ? null : scoreAt(n + 1),
    },
  };
}
