import { effectiveTree, resolveProfile } from '@zhiping/shared/indicator-system/profile';
import type {
  CapabilityNode,
  IndicatorSystem,
  LocalizedText,
} from '@zhiping/shared/indicator-system/schema';

/** One child of a parent, as the weight editor shows it. */
export interface WeightRow {
  id: string;
  name: LocalizedText;
  parentId: string | null;
  depth: number;
  subdomain: boolean;
  /** The weight that applies under the chosen profile (its override, else the inherited one). */
  weight: number;
  /** What applies without the chosen profile's own override: the base chain's, else the tree's. */
  inherited: number;
  /** The chosen profile overrides this node itself. */
  overridden: boolean;
  /** The profile excludes the node (every sub-domain below it): it takes no share. */
  notApplicable: boolean;
  /** weight ÷ the weights of the applicable siblings; null when not applicable. */
  share: number | null;
  /** Product of the shares from the top: the node's part of the overall score. */
  effective: number | null;
}

export interface WeightGroup {
  parentId: string | null;
  parentName: LocalizedText | null;
  rows: WeightRow[];
}

/**
 * The weights per parent and the normalized effective weight of every node, computed the way
 * the engine renormalizes (§3.3: siblings' weights divided by their sum, multiplied along the
 * path; an excluded node takes no share). `profileId` null edits the tree's default weights.
 * Per level the engine also drops nodes with no requirement at that level; this is the
 * nominal weight, with every level present.
 */
export function weightGroups(doc: IndicatorSystem, profileId: string | null): WeightGroup[] {
  const profile = profileId ? doc.profiles.find((p) => p.id === profileId) : undefined;
  const resolved = profile ? resolveProfile(doc, profile.id).weights : null;
  const inheritedWeights = profile?.base ? resolveProfile(doc, profile.base).weights : null;
  const excluded = new Set<string>();
  if (profile) {
    const collect = (nodes: ReturnType<typeof effectiveTree>) => {
      for (const n of nodes) {
        if (n.notApplicable) excluded.add(n.id);
        collect(n.children);
      }
    };
    collect(effectiveTree(doc, profile.id));
  }

  const groups: WeightGroup[] = [];
  const visit = (
    nodes: readonly CapabilityNode[],
    parent: CapabilityNode | null,
    parentEffective: number,
    depth: number,
  ) => {
    const rows = nodes.map((node): WeightRow => {
      const inherited = inheritedWeights?.[node.id] ?? node.weight;
      const weight = resolved?.[node.id] ?? node.weight;
      return {
        id: node.id,
        name: node.name,
        parentId: parent?.id ?? null,
        depth,
        subdomain: node.children === undefined,
        weight,
        inherited,
        overridden: profile !== undefined && node.id in profile.weights,
        notApplicable: excluded.has(node.id),
        share: null,
        effective: null,
      };
    });
    const total = rows.reduce((sum, r) => sum + (r.notApplicable ? 0 : r.weight), 0);
    for (const r of rows) {
      if (r.notApplicable || total <= 0) continue;
      r.share = r.weight / total;
      r.effective = parentEffective * r.share;
    }
    groups.push({ parentId: parent?.id ?? null, parentName: parent?.name ?? null, rows });
    nodes.forEach((node, i) => {
      if (node.children) visit(node.children, node, rows[i]?.effective ?? 0, depth + 1);
    });
  };
  visit(doc.tree, null, 1, 1);
  return groups;
}

/** Effective weight of every node by id (null where excluded). */
export const effectiveWeights = (groups: readonly WeightGroup[]) =>
  new Map(groups.flatMap((g) => g.rows.map((r) => [r.id, r.effective] as const)));

/**
 * The profiles that take a node's default (tree) weight: those whose own chain (the profile
 * and the profiles it refines) sets no weight for the node. An assessment is always scored
 * under a profile, so a default weight no profile takes changes no result.
 */
export function profilesTakingDefault(doc: IndicatorSystem, nodeId: string): string[] {
  return doc.profiles
    .filter((p) => !(nodeId in resolveProfile(doc, p.id).weights))
    .map((p) => p.id);
}

/** Every node whose default weight no profile takes (each profile overrides it). */
export function unusedDefaultWeights(doc: IndicatorSystem): Set<string> {
  const unused = new Set<string>();
  if (doc.profiles.length === 0) return unused;
  const resolved = doc.profiles.map((p) => resolveProfile(doc, p.id).weights);
  const visit = (nodes: readonly CapabilityNode[]) => {
    for (const n of nodes) {
      if (resolved.every((w) => n.id in w)) unused.add(n.id);
      if (n.children) visit(n.children);
    }
  };
  visit(doc.tree);
  return unused;
}
