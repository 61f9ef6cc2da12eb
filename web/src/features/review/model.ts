import type { AnswerView, EvidenceFileView } from '@zhiping/shared/api/assessments';
import type {
  FindingView,
  ReviewItemView,
  ReviewView,
  SignOffJudgment,
} from '@zhiping/shared/api/reviews';
import type { EffectiveNode, EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import { round2 } from '@zhiping/shared/scoring/labels';
import type { TailoringEntry } from '@zhiping/shared/scoring/types';
import type { MessageKey } from '../../i18n/index.tsx';

/** The 5 answers in the questionnaire's order: 全部满足 … 不满足, 不适用. */
export const CHOICES: readonly AnswerChoice[] = ['full', 'most', 'partial', 'none', 'na'];

export const CHOICE_KEYS: Record<AnswerChoice, MessageKey> = {
  full: 'review.answer.full',
  most: 'review.answer.most',
  partial: 'review.answer.partial',
  none: 'review.answer.none',
  na: 'review.answer.na',
};

/** Scores are exact in the engine and rounded only for display. */
export const fmt2 = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : round2(value).toFixed(2);

/** One sub-domain to review: its requirements by level, ascending. */
export interface ReviewSection {
  node: EffectiveNode;
  /** Ancestor names from the top (element, domain). */
  path: EffectiveNode[];
  requirements: EffectiveRequirement[];
  /** The enterprise tailored it out: nothing was answered, nothing to review. */
  tailored: TailoringEntry | null;
}

/** Sub-domains in document order; those the profile excludes are not part of the assessment. */
export function reviewSections(
  tree: readonly EffectiveNode[],
  tailoring: readonly TailoringEntry[],
): ReviewSection[] {
  const tailoredBy = new Map(tailoring.map((t) => [t.subdomainId, t]));
  const out: ReviewSection[] = [];
  const walk = (nodes: readonly EffectiveNode[], path: EffectiveNode[]) => {
    for (const node of nodes) {
      if (node.notApplicable) continue;
      if (node.kind === 'subdomain')
        out.push({
          node,
          path,
          requirements: [...node.requirements].sort((a, b) => a.level - b.level),
          tailored: tailoredBy.get(node.id) ?? null,
        });
      else walk(node.children, [...path, node]);
    }
  };
  walk(tree, []);
  return out;
}

/** Everything the review screen shows about one requirement. */
export interface RequirementReview {
  requirement: EffectiveRequirement;
  answer: AnswerView | null;
  item: ReviewItemView | null;
  files: EvidenceFileView[];
  findings: FindingView[];
}

/** The answer that counts after the review: the adjusted one, else the enterprise's own. */
export const assessedChoice = (
  r: Pick<RequirementReview, 'answer' | 'item'>,
): AnswerChoice | null =>
  r.item?.decision === 'adjust' ? r.item.adjustedChoice : (r.answer?.choice ?? null);

export function groupBy<T>(list: readonly T[], key: (x: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    if (k === null) continue;
    const bucket = out.get(k);
    if (bucket) bucket.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Counts per section, for the navigation: adjusted items and findings still open. */
export function sectionCounts(
  section: ReviewSection,
  items: ReadonlyMap<string, ReviewItemView>,
  findings: ReadonlyMap<string, FindingView[]>,
) {
  let reviewed = 0;
  let adjusted = 0;
  let open = 0;
  for (const r of section.requirements) {
    const item = items.get(r.id);
    if (item) reviewed++;
    if (item?.decision === 'adjust') adjusted++;
    open += (findings.get(r.id) ?? []).filter((f) => f.status !== 'verified').length;
  }
  return { reviewed, adjusted, open, total: section.requirements.length };
}

/**
 * The judgment the server accepts (结果判定): the review confirmed the self-assessed level,
 * or changed it.
 */
export function expectedJudgment(review: ReviewView): SignOffJudgment | null {
  if (!review.assessedReport) return null;
  return review.selfResult?.maturityLevel === review.assessedReport.maturityLevel
    ? 'confirmed'
    : 'adjusted';
}

/** What the assessor may do now, from the status and who holds the review. */
export function reviewAbilities(review: ReviewView, user: { id: string; role: string }) {
  const mine = user.role === 'assessor' && review.assessorId === user.id;
  const inReview = review.status === 'in_review';
  const unresolved = review.findings.filter((f) => f.status !== 'verified').length;
  return {
    claim: user.role === 'assessor' && review.status === 'submitted' && review.assessorId === null,
    work: mine && inReview,
    returnable: mine && inReview && review.findings.some((f) => f.status === 'open'),
    signOff: mine && inReview && unresolved === 0,
    unresolved,
    assign: user.role === 'admin' && ['submitted', 'in_review', 'returned'].includes(review.status),
  };
}

/** Catalog keys of values the API sends as plain strings or numbers. */
export const industryKey = (industry: string) => `industry.${industry}` as MessageKey;
export const levelKey = (level: number) => `level.${level}` as MessageKey;
