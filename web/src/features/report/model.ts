import { effectiveTree, type EffectiveNode } from '@zhiping/shared/indicator-system/profile';
import type {
  AnswerChoice,
  IndicatorSystem,
  LocalizedText,
} from '@zhiping/shared/indicator-system/schema';
import { round2 } from '@zhiping/shared/scoring/labels';
import type { MessageKey } from '../../i18n/index.tsx';
import type { ReportData, ReportNode } from './types.ts';

/** Scores are exact in the engine and rounded only here, for display (domain.md §3.9). */
export const fmt2 = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : round2(value).toFixed(2);

/**
 * Impacts are rises of a 0–1 level score by one requirement, often below 0.01: three
 * decimals keep them apart where two would show 0.00.
 */
export const fmt3 = (value: number): string => (Math.round(value * 1000) / 1000).toFixed(3);

export const signed2 = (value: number): string => {
  const text = fmt2(Math.abs(value));
  if (text === '0.00') return '0.00';
  return value > 0 ? `+${text}` : `−${text}`;
};

export interface RequirementInfo {
  text: LocalizedText;
  subdomainId: string;
}

/** Requirement texts of the pinned version under the assessment's profile (extras included). */
export function requirementIndex(
  document: IndicatorSystem,
  profileId: string,
): Map<string, RequirementInfo> {
  const index = new Map<string, RequirementInfo>();
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const node of nodes) {
      for (const r of node.requirements)
        index.set(r.id, { text: r.text, subdomainId: r.subdomainId });
      walk(node.children);
    }
  };
  walk(effectiveTree(document, profileId));
  return index;
}

/** The nodes a radar shows: sub-domains, or the top level (elements, or domains in a depth-2 tree). */
export function radarNodes(report: ReportData, which: 'subdomain' | 'top'): ReportNode[] {
  const nodes =
    which === 'subdomain'
      ? report.nodes.filter((n) => n.kind === 'subdomain')
      : report.nodes.filter((n) => n.depth === 1);
  // Tailored-out and not-applicable nodes have no score to draw.
  return nodes.filter((n) => n.score !== null);
}

export const topKind = (report: ReportData): 'element' | 'domain' =>
  report.nodes.some((n) => n.kind === 'element') ? 'element' : 'domain';

export const ANSWER_KEYS: Record<AnswerChoice, MessageKey> = {
  full: 'report.answer.full',
  most: 'report.answer.most',
  partial: 'report.answer.partial',
  none: 'report.answer.none',
  na: 'report.answer.na',
};

export function nodeNames(
  report: ReportData,
  pick: (text: LocalizedText) => string,
): Map<string, string> {
  return new Map(report.nodes.map((n) => [n.id, pick(n.name)]));
}
