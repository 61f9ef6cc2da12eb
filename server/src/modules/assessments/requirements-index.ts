import type { EffectiveNode, EffectiveRequirement, Scorer } from '@zhiping/shared';

export interface RequirementIndex {
  requirements: Map<string, EffectiveRequirement>;
  subdomains: Map<string, EffectiveNode>;
}

const indexes = new WeakMap<Scorer, RequirementIndex>();

/** Requirement and sub-domain lookup for a scorer's effective tree, built once per scorer. */
export function requirementIndex(scorer: Scorer): RequirementIndex {
  let idx = indexes.get(scorer);
  if (idx) return idx;
  idx = { requirements: new Map(), subdomains: new Map() };
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'subdomain') {
        idx!.subdomains.set(n.id, n);
        for (const r of n.requirements) idx!.requirements.set(r.id, r);
      } else walk(n.children);
    }
  };
  walk(scorer.tree);
  indexes.set(scorer, idx);
  return idx;
}
