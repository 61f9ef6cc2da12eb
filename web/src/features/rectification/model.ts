import type { AnswerView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import type { EffectiveNode, EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import type { MessageKey } from '../../i18n/index.tsx';

/** The 5 answers in the questionnaire's order: 全部满足 … 不满足, 不适用. */
export const CHOICES: readonly AnswerChoice[] = ['full', 'most', 'partial', 'none', 'na'];
export const choiceKey = (c: AnswerChoice) => `choice.${c}` as MessageKey;

/** Where a requirement sits: its sub-domain's ancestors and its place in questionnaire order. */
export interface RequirementPlace {
  requirement: EffectiveRequirement;
  /** Element (if any), domain and sub-domain, from the top. */
  path: EffectiveNode[];
  order: number;
}

/** Every requirement of the profile's tree, numbered in questionnaire order (levels ascending). */
export function requirementPlaces(tree: readonly EffectiveNode[]): Map<string, RequirementPlace> {
  const out = new Map<string, RequirementPlace>();
  const walk = (nodes: readonly EffectiveNode[], path: EffectiveNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'subdomain') {
        walk(node.children, [...path, node]);
        continue;
      }
      // Stable sort: document order within a level, as the questionnaire shows them.
      for (const requirement of [...node.requirements].sort((a, b) => a.level - b.level))
        out.set(requirement.id, { requirement, path: [...path, node], order: out.size });
    }
  };
  walk(tree, []);
  return out;
}

/**
 * What the enterprise works on as one card: the findings about one requirement (with its
 * answer), or a single finding about the assessment as a whole.
 */
export interface FindingGroup {
  key: string;
  requirementId: string | null;
  /** Null for a finding about the whole assessment, or a requirement the tree lacks. */
  place: RequirementPlace | null;
  findings: FindingView[];
}

const isOpen = (f: FindingView) => f.status === 'open';
export const groupIsOpen = (g: FindingGroup) => g.findings.some(isOpen);

/**
 * Findings grouped into cards: those with something still to do (an open finding) first, the
 * ones already handled in an earlier round after. Within each: findings about the assessment
 * as a whole first, then by questionnaire order.
 */
export function groupFindings(
  findings: readonly FindingView[],
  places: ReadonlyMap<string, RequirementPlace>,
): { open: FindingGroup[]; closed: FindingGroup[] } {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.requirementId === null ? `finding:${f.id}` : `req:${f.requirementId}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else
      groups.set(key, {
        key,
        requirementId: f.requirementId,
        place: f.requirementId === null ? null : (places.get(f.requirementId) ?? null),
        findings: [f],
      });
  }
  const rank = (g: FindingGroup) =>
    g.requirementId === null ? -1 : (g.place?.order ?? Number.MAX_SAFE_INTEGER);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  for (const g of sorted) g.findings.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)));
  return { open: sorted.filter(groupIsOpen), closed: sorted.filter((g) => !groupIsOpen(g)) };
}

/** The part of an answer the rectification page edits. */
export interface AnswerDraft {
  choice: AnswerChoice | null;
  comment: string;
}

export const draftOf = (a: AnswerView | undefined | null): AnswerDraft => ({
  choice: a?.choice ?? null,
  comment: a?.comment ?? '',
});

export const sameAnswer = (a: AnswerDraft, b: AnswerDraft) =>
  a.choice === b.choice && a.comment === b.comment;

/** What a refused resubmit says is still missing (422), or null for any other failure. */
export type Missing =
  { kind: 'responses'; findingIds: string[] } | { kind: 'answers'; requirementIds: string[] };

export function missingFrom(code: string, body: unknown): Missing | null {
  const b = (body ?? {}) as { findingIds?: unknown; unanswered?: unknown };
  const ids = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  if (code === 'findings_unanswered') return { kind: 'responses', findingIds: ids(b.findingIds) };
  if (code === 'assessment_incomplete')
    return { kind: 'answers', requirementIds: ids(b.unanswered) };
  return null;
}

/** The response a finding still needs before resubmission: open and never answered. */
export const needsResponse = (f: FindingView) => f.status === 'open' && !f.response;

/** DOM ids, so the missing list can move focus to the field that needs work. */
export const responseFieldId = (findingId: string) => `finding-response-${findingId}`;
export const groupDomId = (key: string) => `rect-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
