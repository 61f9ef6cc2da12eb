import type { NavNode, Outline } from '../questionnaire/outline.ts';

/**
 * The questionnaire outline with its sub-domains in the quick scan's weakest-first order
 * (sub-domains the scan did not rank keep their place after the ranked ones). The
 * navigation becomes a flat list in that order, and "next" follows it.
 */
export function weakestFirstOutline(outline: Outline, weakestFirst: readonly string[]): Outline {
  const rank = new Map(weakestFirst.map((id, i) => [id, i]));
  const sections = outline.sections
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        (rank.get(a.s.node.id) ?? Infinity) - (rank.get(b.s.node.id) ?? Infinity) || a.i - b.i,
    )
    .map(({ s }) => s);
  const order = sections.flatMap((s) => (s.tailored ? [] : s.requirements.map((r) => r.id)));
  const nav: NavNode[] = sections.map((s) => ({
    id: s.node.id,
    node: s.node,
    sectionId: s.node.id,
    children: [],
    sectionIds: [s.node.id],
  }));
  return { ...outline, sections, order, nav };
}
