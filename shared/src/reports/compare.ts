import type { NodeKind } from '../indicator-system/profile.ts';
import type { AnswerChoice, LocalizedText } from '../indicator-system/schema.ts';
import type { AssessmentReport, NodeResult } from '../scoring/types.ts';

/** Which side of a comparison lacks a node or requirement (different versions). */
export type MissingSide = 'a' | 'b' | null;

/**
 * b − a, with the floating-point residue of the subtraction removed (2.8 − 2 is 0.8, not
 * 0.7999999999999998). Scores are exact rationals rounded to doubles, so 12 decimals keep
 * every real difference.
 */
export function scoreDelta(a: number, b: number): number;
export function scoreDelta(a: number | null, b: number | null): number | null;
export function scoreDelta(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return Number((b - a).toFixed(12)) || 0;
}

export interface NodeSide {
  level: number | null;
  score: number | null;
}

export interface NodeComparison {
  id: string;
  kind: NodeKind;
  name: LocalizedText;
  depth: number;
  parentId: string | null;
  /** null when the node does not exist in that assessment's version. */
  a: NodeSide | null;
  b: NodeSide | null;
  /** b − a; null when either side lacks the node or is absent (tailored out). */
  scoreDelta: number | null;
  levelDelta: number | null;
  missingIn: MissingSide;
}

export interface LevelComparison {
  level: number;
  a: number | null;
  b: number | null;
  attainedA: boolean;
  attainedB: boolean;
  delta: number | null;
}

export interface ReportComparison {
  overall: {
    a: { maturityLevel: number; score: number };
    b: { maturityLevel: number; score: number };
    levelDelta: number;
    scoreDelta: number;
  };
  levels: LevelComparison[];
  nodes: NodeComparison[];
}

const side = (n: NodeResult | undefined): NodeSide | null =>
  n ? { level: n.level, score: n.score } : null;

/**
 * Node-by-node comparison of two reports of the same indicator system, matched by node id,
 * so a re-assessment on a newer version lines up with the last one. Nodes in b come first
 * in b's document order, then nodes only a has.
 */
export function compareReports(a: AssessmentReport, b: AssessmentReport): ReportComparison {
  const aNodes = new Map(a.nodes.map((n) => [n.id, n]));
  const bIds = new Set(b.nodes.map((n) => n.id));
  const ordered = [...b.nodes, ...a.nodes.filter((n) => !bIds.has(n.id))];
  const nodes = ordered.map((n): NodeComparison => {
    const inA = aNodes.get(n.id);
    const inB = bIds.has(n.id) ? n : undefined;
    const levelDelta = inA?.level != null && inB?.level != null ? inB.level - inA.level : null;
    return {
      id: n.id,
      kind: n.kind,
      name: n.name,
      depth: n.depth,
      parentId: n.parentId,
      a: side(inA),
      b: side(inB),
      scoreDelta: scoreDelta(inA?.score ?? null, inB?.score ?? null),
      levelDelta,
      missingIn: !inA ? 'a' : !inB ? 'b' : null,
    };
  });
  const levels = b.levels.map((lb, i): LevelComparison => {
    const la = a.levels[i];
    return {
      level: lb.level,
      a: la?.score ?? null,
      b: lb.score,
      attainedA: la?.attained ?? false,
      attainedB: lb.attained,
      delta: scoreDelta(la?.score ?? null, lb.score),
    };
  });
  return {
    overall: {
      a: { maturityLevel: a.maturityLevel, score: a.score },
      b: { maturityLevel: b.maturityLevel, score: b.score },
      levelDelta: b.maturityLevel - a.maturityLevel,
      scoreDelta: scoreDelta(a.score, b.score),
    },
    levels,
    nodes,
  };
}

export interface AnswerChange {
  requirementId: string;
  a: AnswerChoice | null;
  b: AnswerChoice | null;
  missingIn: MissingSide;
}

/**
 * Requirements whose answer differs between two assessments. `requirementsA/B` are the
 * requirement ids each version has; a requirement only one side has is listed with
 * `missingIn`, whatever its answer. Order: b's requirements, then those only a has.
 */
export function changedAnswers(
  answersA: Readonly<Record<string, AnswerChoice>>,
  answersB: Readonly<Record<string, AnswerChoice>>,
  requirementsA: readonly string[],
  requirementsB: readonly string[],
): AnswerChange[] {
  const inA = new Set(requirementsA);
  const inB = new Set(requirementsB);
  const out: AnswerChange[] = [];
  for (const id of [...requirementsB, ...requirementsA.filter((r) => !inB.has(r))]) {
    const a = inA.has(id) ? (answersA[id] ?? null) : null;
    const b = inB.has(id) ? (answersB[id] ?? null) : null;
    const missingIn: MissingSide = !inA.has(id) ? 'a' : !inB.has(id) ? 'b' : null;
    if (missingIn !== null || a !== b) out.push({ requirementId: id, a, b, missingIn });
  }
  return out;
}
