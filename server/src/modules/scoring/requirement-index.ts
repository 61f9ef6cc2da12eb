import type { Completion, EffectiveNode, EffectiveRequirement, Scorer } from '@zhiping/shared';

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
        idx.subdomains.set(n.id, n);
        for (const r of n.requirements) idx.requirements.set(r.id, r);
      } else walk(n.children);
    }
  };
  walk(scorer.tree);
  indexes.set(scorer, idx);
  return idx;
}

/**
 * Completion as the engine counts it (total: every requirement; applicable: those of present
 * sub-domains not answered 'na'; answered: applicable with a scale answer), from choices
 * alone — cheap enough for every autosave and every list row.
 */
export function completionOf(
  idx: RequirementIndex,
  tailored: ReadonlySet<string>,
  choiceOf: (requirementId: string) => string | null | undefined,
): Completion {
  const c: Completion = { answered: 0, applicable: 0, total: 0 };
  for (const sd of idx.subdomains.values()) {
    c.total += sd.requirements.length;
    if (sd.notApplicable || tailored.has(sd.id)) continue;
    for (const r of sd.requirements) {
      const choice = choiceOf(r.id);
      if (choice === 'na') continue;
      c.applicable++;
      if (choice) c.answered++;
    }
  }
  return c;
}

/**
 * Completion after some answers changed, from the completion before and each changed
 * requirement's choice before and after: the same counting as `completionOf`, without reading
 * the other answers. Every requirement id must be in the index.
 */
export function completionAfter(
  idx: RequirementIndex,
  tailored: ReadonlySet<string>,
  before: Completion,
  changes: Iterable<readonly [requirementId: string, from: string | null, to: string | null]>,
): Completion {
  const c = { ...before };
  const count = (choice: string | null, sign: 1 | -1) => {
    if (choice === 'na') return;
    c.applicable += sign;
    if (choice) c.answered += sign;
  };
  for (const [rid, from, to] of changes) {
    const r = idx.requirements.get(rid);
    const sd = r && idx.subdomains.get(r.subdomainId);
    if (!sd) throw new Error(`requirement ${rid} is not in the index`);
    if (sd.notApplicable || tailored.has(sd.id)) continue;
    count(from, -1);
    count(to, 1);
  }
  return c;
}
