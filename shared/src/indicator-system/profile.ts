import { missing } from '../invariant.ts';
import type {
  CapabilityNode,
  IndicatorSystem,
  Industry,
  IndustryProfile,
  LocalizedText,
  ProductionType,
  Requirement,
} from './schema.ts';

/** Kind of a tree node: depth-3 trees are element → domain → subdomain, depth-2 trees domain → subdomain. */
export const NODE_KINDS = ['element', 'domain', 'subdomain'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const INDICATOR_SYSTEM_ERROR_CODES = [
  'unknown-profile',
  'unknown-base-profile',
  'profile-cycle',
  'inconsistent-tree-depth',
] as const;
export type IndicatorSystemErrorCode = (typeof INDICATOR_SYSTEM_ERROR_CODES)[number];

/** A structural problem of the document that makes a profile or the tree unusable. */
export class IndicatorSystemError extends Error {
  override readonly name = 'IndicatorSystemError';
  constructor(
    readonly code: IndicatorSystemErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ProfileExtraRequirements {
  subdomainId: string;
  /** The profile of the chain that added these requirements. */
  profileId: string;
  requirements: Requirement[];
}

/** A profile with its `base` chain folded in: what an assessment under that profile uses. */
export interface ResolvedProfile {
  id: string;
  /** Profile ids from the root of the base chain to this profile (last element). */
  chain: string[];
  name: LocalizedText;
  productionType: ProductionType;
  industry?: Industry | undefined;
  /** Effective weight of every node of the tree: the latest override in the chain, else node.weight. */
  weights: Record<string, number>;
  notApplicable: string[];
  tailorable: string[];
  extraRequirements: ProfileExtraRequirements[];
}

function profileChain(system: IndicatorSystem, profileId: string): IndustryProfile[] {
  const byId = new Map(system.profiles.map((p) => [p.id, p]));
  const chain: IndustryProfile[] = [];
  const seen: string[] = [];
  let current: string | undefined = profileId;
  while (current !== undefined) {
    if (seen.includes(current)) {
      throw new IndicatorSystemError(
        'profile-cycle',
        `profile base chain has a cycle: ${[...seen, current].join(' → ')}`,
      );
    }
    const profile = byId.get(current);
    if (profile === undefined) {
      throw seen.length === 0
        ? new IndicatorSystemError('unknown-profile', `unknown profile "${current}"`)
        : new IndicatorSystemError(
            'unknown-base-profile',
            `profile "${seen[seen.length - 1]}" has base "${current}", which does not exist`,
          );
    }
    seen.push(current);
    chain.unshift(profile);
    current = profile.base;
  }
  return chain;
}

function forEachNode(
  nodes: readonly CapabilityNode[],
  visit: (node: CapabilityNode) => void,
): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) forEachNode(node.children, visit);
  }
}

function unionInOrder(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** Folds a profile's `base` chain (base first; later profiles override earlier ones). */
export function resolveProfile(system: IndicatorSystem, profileId: string): ResolvedProfile {
  const chain = profileChain(system, profileId);
  const self = chain[chain.length - 1] ?? missing();
  const overrides = new Map<string, number>();
  for (const p of chain) for (const [id, w] of Object.entries(p.weights)) overrides.set(id, w);
  const weights: Record<string, number> = {};
  forEachNode(system.tree, (node) => {
    weights[node.id] = overrides.get(node.id) ?? node.weight;
  });
  let industry: Industry | undefined;
  for (const p of chain) industry = p.industry ?? industry;
  return {
    id: self.id,
    chain: chain.map((p) => p.id),
    name: self.name,
    productionType: self.productionType,
    industry,
    weights,
    notApplicable: unionInOrder(chain.map((p) => p.notApplicable)),
    tailorable: unionInOrder(chain.map((p) => p.tailorable)),
    extraRequirements: chain.flatMap((p) =>
      p.extraRequirements.map((extra) => ({ ...extra, profileId: p.id })),
    ),
  };
}

export interface EffectiveRequirement extends Requirement {
  subdomainId: string;
  /** Profile that added this requirement, or null for a requirement of the base tree. */
  addedByProfile: string | null;
}

/** A tree node as a questionnaire and the scoring engine see it under one profile. */
export interface EffectiveNode {
  id: string;
  name: LocalizedText;
  description?: LocalizedText | undefined;
  /** Weight among siblings under the profile (before renormalization over present siblings). */
  weight: number;
  kind: NodeKind;
  /** 1 for top-level nodes. */
  depth: number;
  parentId: string | null;
  /** Sub-domain excluded by the profile (every sub-domain below, for an inner node). */
  notApplicable: boolean;
  /** Sub-domain the enterprise may tailor out under this profile (false for inner nodes). */
  tailorable: boolean;
  /** Empty for sub-domains. */
  children: EffectiveNode[];
  /** Base requirements then profile extras, in document order; empty for inner nodes. */
  requirements: EffectiveRequirement[];
}

/** Depth of the sub-domains (leaves); throws unless every leaf sits at the same depth 2 or 3. */
export function treeDepth(tree: readonly CapabilityNode[]): 2 | 3 {
  const depths = new Set<number>();
  const walk = (nodes: readonly CapabilityNode[], depth: number): void => {
    for (const node of nodes) {
      if (node.children) walk(node.children, depth + 1);
      else depths.add(depth);
    }
  };
  walk(tree, 1);
  const [depth, ...others] = [...depths];
  if (others.length > 0 || (depth !== 2 && depth !== 3)) {
    throw new IndicatorSystemError(
      'inconsistent-tree-depth',
      `sub-domains must all sit at depth 2 or all at depth 3; found depths ${[...depths].join(', ')}`,
    );
  }
  return depth;
}

/** The capability tree under a profile: profile weights applied, profile extra requirements added. */
export function effectiveTree(system: IndicatorSystem, profileId: string): EffectiveNode[] {
  const profile = resolveProfile(system, profileId);
  const height = treeDepth(system.tree);
  const kinds: readonly NodeKind[] = height === 3 ? NODE_KINDS : ['domain', 'subdomain'];
  const notApplicable = new Set(profile.notApplicable);
  const tailorable = new Set(profile.tailorable);
  const extras = new Map<string, EffectiveRequirement[]>();
  for (const extra of profile.extraRequirements) {
    const list = extras.get(extra.subdomainId) ?? [];
    for (const r of extra.requirements) {
      list.push({ ...r, subdomainId: extra.subdomainId, addedByProfile: extra.profileId });
    }
    extras.set(extra.subdomainId, list);
  }

  const build = (node: CapabilityNode, depth: number, parentId: string | null): EffectiveNode => {
    const children = (node.children ?? []).map((c) => build(c, depth + 1, node.id));
    const isSubdomain = node.children === undefined;
    const requirements: EffectiveRequirement[] = isSubdomain
      ? [
          ...(node.requirements ?? []).map((r) => ({
            ...r,
            subdomainId: node.id,
            addedByProfile: null,
          })),
          ...(extras.get(node.id) ?? []),
        ]
      : [];
    return {
      id: node.id,
      name: node.name,
      description: node.description,
      weight: profile.weights[node.id] ?? node.weight,
      kind: kinds[depth - 1] ?? missing(),
      depth,
      parentId,
      notApplicable: isSubdomain
        ? notApplicable.has(node.id)
        : children.every((c) => c.notApplicable),
      tailorable: isSubdomain && tailorable.has(node.id),
      children,
      requirements,
    };
  };
  return system.tree.map((node) => build(node, 1, null));
}
