import type {
  CapabilityNode,
  IndicatorSystem,
  IndustryProfile,
  Requirement,
} from '@zhiping/shared/indicator-system/schema';

/** Where a node sits: child indexes from the top of the tree (`[3, 1, 0]`). */
export type NodePath = readonly number[];

export interface OutlineNode {
  node: CapabilityNode;
  path: NodePath;
  depth: number;
  parentId: string | null;
}

/** The tree in document order (preorder), each node with its path. */
export function outline(doc: IndicatorSystem): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (nodes: readonly CapabilityNode[], path: NodePath, parentId: string | null) =>
    nodes.forEach((node, i) => {
      const here = [...path, i];
      out.push({ node, path: here, depth: here.length, parentId });
      if (node.children) walk(node.children, here, node.id);
    });
  walk(doc.tree, [], null);
  return out;
}

export const isSubdomain = (node: CapabilityNode) => node.children === undefined;

export const subdomainsOf = (doc: IndicatorSystem): CapabilityNode[] =>
  outline(doc)
    .map((o) => o.node)
    .filter(isSubdomain);

/** The document path of a node, as validateIndicatorSystem names it: `tree[3].children[1]`. */
export const nodeDocPath = (path: NodePath) =>
  path.map((i, d) => (d === 0 ? `tree[${i}]` : `children[${i}]`)).join('.');

function mapAt(
  nodes: readonly CapabilityNode[],
  path: NodePath,
  update: (node: CapabilityNode) => CapabilityNode,
): CapabilityNode[] {
  const [head, ...rest] = path;
  return nodes.map((node, i) => {
    if (i !== head) return node;
    if (rest.length === 0) return update(node);
    return { ...node, children: mapAt(node.children ?? [], rest, update) };
  });
}

/** A new document with one node replaced; everything off the path is shared, not copied. */
export const updateNode = (
  doc: IndicatorSystem,
  path: NodePath,
  update: (node: CapabilityNode) => CapabilityNode,
): IndicatorSystem => ({ ...doc, tree: mapAt(doc.tree, path, update) });

export const updateRequirement = (
  doc: IndicatorSystem,
  path: NodePath,
  index: number,
  update: (r: Requirement) => Requirement,
): IndicatorSystem =>
  updateNode(doc, path, (node) => ({
    ...node,
    requirements: (node.requirements ?? []).map((r, i) => (i === index ? update(r) : r)),
  }));

export const updateProfile = (
  doc: IndicatorSystem,
  profileId: string,
  update: (p: IndustryProfile) => IndustryProfile,
): IndicatorSystem => ({
  ...doc,
  profiles: doc.profiles.map((p) => (p.id === profileId ? update(p) : p)),
});

/** Sets (a number) or removes (null) a profile's weight override of one node. */
export function setProfileWeight(
  doc: IndicatorSystem,
  profileId: string,
  nodeId: string,
  weight: number | null,
): IndicatorSystem {
  return updateProfile(doc, profileId, (p) => {
    const weights = { ...p.weights };
    if (weight === null) delete weights[nodeId];
    else weights[nodeId] = weight;
    return { ...p, weights };
  });
}

/** Server field paths (`document.tree.0.children.2`) in the validator's notation. */
export function displayPath(field: string): string {
  const parts = field
    .replace(/^(body\.)?document\.?/, '')
    .split('.')
    .filter(Boolean);
  if (parts.length === 0) return '(document)';
  return parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}
