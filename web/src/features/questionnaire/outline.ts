import type { TailoringEntry } from '@zhiping/shared/scoring/types';
import type { EffectiveNode, EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import type { AnswerState } from './autosave-queue.ts';

/** One sub-domain of the questionnaire: its requirements by level, ascending. */
export interface OutlineSection {
  node: EffectiveNode;
  /** Ancestors from the top (element, domain). */
  path: EffectiveNode[];
  requirements: EffectiveRequirement[];
  /** Set when the assessment tailored this sub-domain out: nothing to answer. */
  tailored: TailoringEntry | null;
}

/** A node of the navigation: a domain with a single sub-domain is shown as that sub-domain. */
export interface NavNode {
  id: string;
  node: EffectiveNode;
  /** The section a leaf opens; null for a group. */
  sectionId: string | null;
  children: NavNode[];
  /** Every section below (or itself). */
  sectionIds: string[];
}

export interface Outline {
  sections: OutlineSection[];
  sectionById: Map<string, OutlineSection>;
  /** Requirement ids to answer, in questionnaire order (tailored-out sub-domains excluded). */
  order: string[];
  sectionOf: Map<string, string>;
  requirements: Map<string, EffectiveRequirement>;
  nav: NavNode[];
}

/** The answer keys in keyboard order: 1 全部满足 … 4 不满足, 5 不适用. */
export const CHOICE_ORDER: readonly AnswerChoice[] = ['full', 'most', 'partial', 'none', 'na'];

export function buildOutline(
  tree: readonly EffectiveNode[],
  tailoring: readonly TailoringEntry[],
): Outline {
  const tailoredBy = new Map(tailoring.map((t) => [t.subdomainId, t]));
  const sections: OutlineSection[] = [];
  const toNav = (node: EffectiveNode, path: EffectiveNode[]): NavNode | null => {
    if (node.notApplicable) return null;
    if (node.kind === 'subdomain') {
      sections.push({
        node,
        path,
        // Stable sort: document order within a level.
        requirements: [...node.requirements].sort((a, b) => a.level - b.level),
        tailored: tailoredBy.get(node.id) ?? null,
      });
      return { id: node.id, node, sectionId: node.id, children: [], sectionIds: [node.id] };
    }
    const children = node.children
      .map((c) => toNav(c, [...path, node]))
      .filter((c): c is NavNode => c !== null);
    if (children.length === 0) return null;
    const only = children[0];
    if (children.length === 1 && only && only.sectionId !== null && node.kind === 'domain') {
      return { ...only, id: node.id };
    }
    return {
      id: node.id,
      node,
      sectionId: null,
      children,
      sectionIds: children.flatMap((c) => c.sectionIds),
    };
  };
  const nav = tree.map((n) => toNav(n, [])).filter((n): n is NavNode => n !== null);
  const order: string[] = [];
  const sectionOf = new Map<string, string>();
  const requirements = new Map<string, EffectiveRequirement>();
  for (const s of sections) {
    for (const r of s.requirements) {
      requirements.set(r.id, r);
      sectionOf.set(r.id, s.node.id);
      if (!s.tailored) order.push(r.id);
    }
  }
  return {
    sections,
    sectionById: new Map(sections.map((s) => [s.node.id, s])),
    order,
    sectionOf,
    requirements,
    nav,
  };
}

/** Where to resume: the first requirement without an answer, or null when all are answered. */
export function firstUnanswered(
  outline: Outline,
  answers: ReadonlyMap<string, AnswerState>,
): string | null {
  return outline.order.find((id) => !answers.get(id)?.choice) ?? null;
}

export interface Progress {
  /** Requirements with a scale answer (全部/大部分/部分/不满足). */
  answered: number;
  /** Requirements that count: all but those answered 不适用. */
  applicable: number;
  /** Requirements still without any answer. */
  open: number;
}

/** Progress of some sections, counted like the server's completion. */
export function progressOf(
  outline: Outline,
  sectionIds: readonly string[],
  answers: ReadonlyMap<string, AnswerState>,
): Progress {
  const p: Progress = { answered: 0, applicable: 0, open: 0 };
  for (const id of sectionIds) {
    const s = outline.sectionById.get(id);
    if (!s || s.tailored) continue;
    for (const r of s.requirements) {
      const choice = answers.get(r.id)?.choice ?? null;
      if (choice === 'na') continue;
      p.applicable++;
      if (choice === null) p.open++;
      else p.answered++;
    }
  }
  return p;
}

/** The requirement `step` places after (or before) `id` in questionnaire order. */
export function neighbour(outline: Outline, id: string, step: 1 | -1): string | null {
  const i = outline.order.indexOf(id);
  if (i < 0) return outline.order[0] ?? null;
  return outline.order[i + step] ?? null;
}
