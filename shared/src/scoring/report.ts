import type { EffectiveNode, ResolvedProfile } from '../indicator-system/profile.ts';
import type { IndicatorSystem, Level } from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';
import { tallyAnswers, unknownAnswerIssues, type Tally } from './answers.ts';
import { buildGaps } from './gaps.ts';
import { buildLayout, type AnyLayout, type Layout } from './layout.ts';
import { evaluateNode, levelNumerators } from './levels.ts';
import { buildScoringModel, cell, LEVEL_COUNT, type ScoringModel } from './model.ts';
import {
  AssessmentInputError,
  type AssessmentInput,
  type AssessmentInputIssue,
  type AssessmentReport,
  type Completion,
  type NodeResult,
} from './types.ts';

/** A (system, profile) made ready for scoring many assessments; build once per version. */
export interface Scorer {
  readonly system: IndicatorSystem;
  readonly profile: ResolvedProfile;
  /** The effective tree under the profile (what a questionnaire shows). */
  readonly tree: readonly EffectiveNode[];
  /** Scores one assessment; throws AssessmentInputError on unusable answers or tailoring. */
  score(input: AssessmentInput): AssessmentReport;
  /** Every problem of the input, including answers to unknown requirements; never throws. */
  checkAnswers(input: AssessmentInput): AssessmentInputIssue[];
}

/** Layouts kept per scorer: enough for the tailoring/'na' patterns of a live server. */
const LAYOUT_CACHE_SIZE = 64;

function nodeResults<T>(
  model: ScoringModel,
  tally: Tally,
  layout: Layout<T>,
  numerators: readonly T[],
): NodeResult[] {
  const nodes: NodeResult[] = [];
  for (let x = 1; x < model.nodes.length; x++) {
    const node = model.nodes[x] ?? missing();
    const result = evaluateNode(layout, numerators, x);
    const completion: Completion = { answered: 0, applicable: 0, total: 0 };
    let tailoredOut = true;
    let notApplicable = true;
    for (const s of node.subdomainsBelow) {
      const subdomain = model.subdomains[s] ?? missing();
      completion.answered += tally.answered[s] ?? missing();
      completion.applicable += tally.applicable[s] ?? missing();
      completion.total += subdomain.requirementCount;
      tailoredOut &&= tally.tailored[s] === 1;
      notApplicable &&= subdomain.notApplicable;
    }
    nodes.push({
      id: node.id,
      parentId: node.parent === 0 ? null : (model.nodes[node.parent] ?? missing()).id,
      depth: node.depth,
      kind: node.kind as NodeResult['kind'],
      name: node.name,
      levelScores: result.levelScores,
      levelAttained: result.levelAttained,
      level: result.level,
      score: result.score,
      effectiveWeights: layout.effectiveWeights.slice(cell(x, 1), cell(x, LEVEL_COUNT) + 1),
      completion,
      tailoredOut,
      notApplicable,
    });
  }
  return nodes;
}

function assemble<T>(
  model: ScoringModel,
  tally: Tally,
  layout: Layout<T>,
  input: AssessmentInput,
): AssessmentReport {
  const { ops } = layout;
  const sums: ArrayLike<T> =
    ops.kind === 'safe-integer'
      ? (tally.sums as unknown as ArrayLike<T>)
      : Array.from(tally.sums, (v) => ops.fromSafeInteger(v));
  const numerators = levelNumerators(layout, sums, model.nodes.length);
  const root = evaluateNode(layout, numerators, 0);
  const nodes = nodeResults(model, tally, layout, numerators);
  const completion: Completion = { answered: 0, applicable: 0, total: model.requirements.length };
  for (let s = 0; s < model.subdomains.length; s++) {
    completion.answered += tally.answered[s] ?? missing();
    completion.applicable += tally.applicable[s] ?? missing();
  }

  // The root is present at some level (else 'nothing-to-assess' was raised), so n and S exist.
  const maturityLevel = root.level ?? 0;
  const rootNumerators = numerators.slice(0, LEVEL_COUNT);
  const gapResults = buildGaps(
    model,
    tally,
    layout,
    rootNumerators,
    root.levelAttained,
    maturityLevel,
    input.targetLevel,
  );
  const { scale } = model;
  return {
    systemCode: model.system.code,
    systemVersion: model.system.version,
    profileId: model.profile.id,
    targetLevel: input.targetLevel,
    tailoring: (input.tailoring ?? []).map((t) => ({
      subdomainId: t.subdomainId,
      reason: t.reason,
    })),
    maturityLevel,
    score: root.score ?? 0,
    levels: root.levelScores.map((score, i) => ({
      level: (i + 1) as Level,
      score,
      attained: root.levelAttained[i] ?? missing(),
      present: score !== null,
    })),
    nodes,
    completion,
    ...gapResults,
    parameters: {
      answerScale: { ...scale.values },
      threshold: model.system.scoring.threshold,
      thresholdInclusive: model.thresholdInclusive,
    },
  };
}

/**
 * Prepares scoring for one (system, profile). The system must have passed
 * validateIndicatorSystem; throws IndicatorSystemError for an unknown profile.
 */
export function prepareScoring(system: IndicatorSystem, profileId: string): Scorer {
  const model = buildScoringModel(system, profileId);
  const layouts = new Map<string, AnyLayout>();
  const layoutFor = (tally: Tally): AnyLayout => {
    let layout = layouts.get(tally.layoutKey);
    if (layout === undefined) {
      layout = buildLayout(model, tally.counts);
      if (layouts.size >= LAYOUT_CACHE_SIZE) {
        const oldest = layouts.keys().next();
        if (!oldest.done) layouts.delete(oldest.value);
      }
      layouts.set(tally.layoutKey, layout);
    }
    return layout;
  };
  return {
    system,
    profile: model.profile,
    tree: model.tree,
    score(input) {
      const tally = tallyAnswers(model, input);
      if (tally.issues.length > 0) throw new AssessmentInputError(tally.issues);
      const layout = layoutFor(tally);
      return layout.ops.kind === 'safe-integer'
        ? assemble(model, tally, layout as Layout<number>, input)
        : assemble(model, tally, layout as Layout<bigint>, input);
    },
    checkAnswers(input) {
      return [...unknownAnswerIssues(model, input.answers), ...tallyAnswers(model, input).issues];
    },
  };
}

export interface ComputeReportInput extends AssessmentInput {
  system: IndicatorSystem;
  profileId: string;
}

/** One-shot scoring; for repeated scoring of one version, keep a `prepareScoring` scorer. */
export function computeReport(input: ComputeReportInput): AssessmentReport {
  return prepareScoring(input.system, input.profileId).score(input);
}

/** The problems `computeReport` would throw for, plus answers to unknown requirement ids. */
export function checkAnswers(input: ComputeReportInput): AssessmentInputIssue[] {
  return prepareScoring(input.system, input.profileId).checkAnswers(input);
}
