import {
  effectiveTree,
  resolveProfile,
  type EffectiveNode,
  type NodeKind,
  type ResolvedProfile,
} from '../indicator-system/profile.ts';
import type {
  AnswerKey,
  IndicatorSystem,
  Level,
  LocalizedText,
} from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';
import { fromDocumentDecimal, lcm, type Rational } from './rational.ts';

/**
 * The effective tree of one (system, profile) flattened into index-addressed arrays, so that
 * scoring an assessment is a few loops over typed arrays. Built once per system version and
 * profile; everything here is independent of the answers.
 */

export const LEVEL_COUNT = 5;

export interface ModelNode {
  /** 0 is the virtual root (the whole); document nodes follow in preorder. */
  index: number;
  id: string;
  parent: number;
  depth: number;
  kind: NodeKind | 'root';
  name: LocalizedText;
  weight: Rational;
  children: number[];
  /** Ordinal in `subdomains`, or -1 for inner nodes. */
  subdomain: number;
  /** Ordinals of the sub-domains at or below this node. */
  subdomainsBelow: number[];
}

export interface ModelSubdomain {
  node: number;
  id: string;
  /** Node indices from this sub-domain up to the root (itself first, root last). */
  ancestors: number[];
  notApplicable: boolean;
  tailorable: boolean;
  requirementCount: number;
}

export interface ModelRequirement {
  id: string;
  level: Level;
  subdomain: number;
  naAllowed: boolean;
}

export interface AnswerScaleModel {
  /** Value of each answer key as written in the document. */
  values: Record<AnswerKey, number>;
  /** Value of each answer key in units of 1/unitDenominator (exact integers). */
  units: Record<AnswerKey, number>;
  unitDenominator: bigint;
}

export interface ScoringModel {
  system: IndicatorSystem;
  profile: ResolvedProfile;
  tree: EffectiveNode[];
  nodes: ModelNode[];
  subdomains: ModelSubdomain[];
  requirements: ModelRequirement[];
  subdomainIndex: ReadonlyMap<string, number>;
  requirementIndex: ReadonlyMap<string, number>;
  /** Per requirement: its position in id order, the deterministic tie-break of gaps. */
  idRank: Int32Array;
  scale: AnswerScaleModel;
  threshold: Rational;
  thresholdInclusive: boolean;
}

function answerScaleModel(system: IndicatorSystem): AnswerScaleModel {
  const values = { ...system.scoring.answerScale };
  const exact = {
    full: fromDocumentDecimal(values.full),
    most: fromDocumentDecimal(values.most),
    partial: fromDocumentDecimal(values.partial),
    none: fromDocumentDecimal(values.none),
  };
  const unitDenominator = Object.values(exact).reduce((acc, r) => lcm(acc, r.d), 1n);
  const toUnits = (r: Rational) => Number((r.n * unitDenominator) / r.d);
  return {
    values,
    units: {
      full: toUnits(exact.full),
      most: toUnits(exact.most),
      partial: toUnits(exact.partial),
      none: toUnits(exact.none),
    },
    unitDenominator,
  };
}

/** Ids compare by UTF-16 code units: deterministic and locale-independent. */
function rankById(requirements: readonly ModelRequirement[]): Int32Array {
  const byId = requirements
    .map((_, i) => i)
    .sort((a, b) =>
      (requirements[a] ?? missing()).id < (requirements[b] ?? missing()).id ? -1 : 1,
    );
  const rank = new Int32Array(requirements.length);
  byId.forEach((r, position) => (rank[r] = position));
  return rank;
}

export function buildScoringModel(system: IndicatorSystem, profileId: string): ScoringModel {
  const profile = resolveProfile(system, profileId);
  const tree = effectiveTree(system, profileId);
  const root: ModelNode = {
    index: 0,
    id: '',
    parent: -1,
    depth: 0,
    kind: 'root',
    name: system.name,
    weight: fromDocumentDecimal(1),
    children: [],
    subdomain: -1,
    subdomainsBelow: [],
  };
  const nodes: ModelNode[] = [root];
  const subdomains: ModelSubdomain[] = [];
  const requirements: ModelRequirement[] = [];

  const visit = (source: EffectiveNode, parent: number): number => {
    const index = nodes.length;
    const node: ModelNode = {
      index,
      id: source.id,
      parent,
      depth: source.depth,
      kind: source.kind,
      name: source.name,
      weight: fromDocumentDecimal(source.weight),
      children: [],
      subdomain: -1,
      subdomainsBelow: [],
    };
    nodes.push(node);
    if (source.kind === 'subdomain') {
      node.subdomain = subdomains.length;
      const ancestors: number[] = [];
      for (let at = index; at !== -1; at = (nodes[at] ?? missing()).parent) ancestors.push(at);
      subdomains.push({
        node: index,
        id: source.id,
        ancestors,
        notApplicable: source.notApplicable,
        tailorable: source.tailorable,
        requirementCount: source.requirements.length,
      });
      for (const r of source.requirements) {
        requirements.push({
          id: r.id,
          level: r.level,
          subdomain: node.subdomain,
          naAllowed: r.naAllowed,
        });
      }
      for (const a of ancestors) (nodes[a] ?? missing()).subdomainsBelow.push(node.subdomain);
    } else {
      for (const child of source.children) node.children.push(visit(child, index));
    }
    return index;
  };
  for (const top of tree) root.children.push(visit(top, 0));

  return {
    system,
    profile,
    tree,
    nodes,
    subdomains,
    requirements,
    subdomainIndex: new Map(subdomains.map((s, i) => [s.id, i])),
    requirementIndex: new Map(requirements.map((r, i) => [r.id, i])),
    idRank: rankById(requirements),
    scale: answerScaleModel(system),
    threshold: fromDocumentDecimal(system.scoring.threshold),
    thresholdInclusive: system.scoring.thresholdInclusive,
  };
}

/** Flat index of (sub-domain or node, level) pairs in the typed arrays. */
export const cell = (index: number, level: number): number => index * LEVEL_COUNT + level - 1;
