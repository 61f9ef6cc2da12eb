/**
 * Sub-domains the 2024 working draft carries over from the 2020 model. Their requirement
 * content is taken from the cmmm-2020 seed and re-identified under the draft's ids
 * (`d24.<subdomain>.L<level>.<nn>`, numbered per level in the 2020 order), so the two
 * versions never disagree on the wording of a carried-over item.
 */
import type { NodeInput, RequirementInput } from '../types.ts';
import { requirementId } from './author.ts';

/** Draft-2024 sub-domains whose content comes from the 2020 sub-domain of the same id. */
export const CARRIED_OVER = [
  'strategy',
  'skills',
  'equipment',
  'network',
  'data',
  'integration',
  'security',
  'product-design',
  'process-design',
  'planning',
  'maintenance',
  'warehousing',
  'ehs',
  'procurement',
  'logistics',
  'sales',
  'customer-service',
  'product-service',
] as const;
export type CarriedOverId = (typeof CARRIED_OVER)[number];

function findSubdomain(nodes: readonly NodeInput[], id: string): NodeInput | undefined {
  for (const node of nodes) {
    if (node.children) {
      const found = findSubdomain(node.children, id);
      if (found) return found;
    } else if (node.id === id) return node;
  }
  return undefined;
}

/** Copies a 2020 requirement under a new id; the copy shares no objects with the original. */
function reidentify(requirement: RequirementInput, id: string): RequirementInput {
  return { ...structuredClone(requirement), id };
}

export interface CarriedOverSubdomain {
  name: NodeInput['name'];
  description: NodeInput['description'];
  requirements: RequirementInput[];
}

/** Reads the carried-over sub-domains out of the 2020 tree; throws if one is missing. */
export function carryOver(
  tree2020: readonly NodeInput[],
): Record<CarriedOverId, CarriedOverSubdomain> {
  const out = {} as Record<CarriedOverId, CarriedOverSubdomain>;
  for (const id of CARRIED_OVER) {
    const node = findSubdomain(tree2020, id);
    if (!node?.requirements) {
      throw new Error(`draft-2024: the cmmm-2020 seed has no sub-domain "${id}" to carry over`);
    }
    const perLevel = new Map<number, number>();
    const requirements = [...node.requirements]
      .sort((a, b) => a.level - b.level)
      .map((r) => {
        const index = (perLevel.get(r.level) ?? 0) + 1;
        perLevel.set(r.level, index);
        return reidentify(r, requirementId(id, r.level, index));
      });
    out[id] = {
      name: structuredClone(node.name),
      description: node.description ? structuredClone(node.description) : undefined,
      requirements,
    };
  }
  return out;
}
