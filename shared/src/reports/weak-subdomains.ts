import type { LocalizedText } from '../indicator-system/schema.ts';
import type { AssessmentReport } from '../scoring/types.ts';

export interface WeakSubdomain {
  subdomainId: string;
  name: LocalizedText;
  level: number | null;
  score: number | null;
  /** Requirements at levels ≤ target not fully met, in gap order (level, impact, id). */
  unmetRequirementIds: string[];
  /** Σ impact of those gaps. */
  impact: number;
}

/**
 * Sub-domains a report should recommend standards for: those scoring below the target level
 * or with any gap at a level ≤ target. Ordered by their first gap in the report's gap order
 * (so the most urgent come first); sub-domains without gaps follow in document order.
 * Tailored-out and not-applicable sub-domains are never weak.
 */
export function weakSubdomains(report: AssessmentReport): WeakSubdomain[] {
  const gapsOf = new Map<string, { ids: string[]; impact: number; first: number }>();
  report.gaps.forEach((gap, i) => {
    const entry = gapsOf.get(gap.subdomainId) ?? { ids: [], impact: 0, first: i };
    entry.ids.push(gap.requirementId);
    entry.impact += gap.impact;
    gapsOf.set(gap.subdomainId, entry);
  });
  const weak: (WeakSubdomain & { order: number })[] = [];
  report.nodes.forEach((node, position) => {
    if (node.kind !== 'subdomain' || node.tailoredOut || node.notApplicable) return;
    const gaps = gapsOf.get(node.id);
    const belowTarget = node.score !== null && node.score < report.targetLevel;
    if (!gaps && !belowTarget) return;
    weak.push({
      subdomainId: node.id,
      name: node.name,
      level: node.level,
      score: node.score,
      unmetRequirementIds: gaps?.ids ?? [],
      impact: gaps?.impact ?? 0,
      order: gaps ? gaps.first : report.gaps.length + position,
    });
  });
  return weak.sort((a, b) => a.order - b.order).map(({ order: _order, ...rest }) => rest);
}
