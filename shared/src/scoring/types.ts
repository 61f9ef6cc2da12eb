import type { NodeKind } from '../indicator-system/profile.ts';
import type { AnswerChoice, Level, LocalizedText } from '../indicator-system/schema.ts';

/** A sub-domain the enterprise left out of its assessment (裁剪), with its reason. */
export interface TailoringEntry {
  subdomainId: string;
  reason: string;
}

/** What an assessment contributes to a report; the system and profile come from the scorer. */
export interface AssessmentInput {
  tailoring?: readonly TailoringEntry[] | undefined;
  /** Requirement id → answer. A requirement without an answer counts as 0 (a draft). */
  answers: Readonly<Record<string, AnswerChoice>>;
  targetLevel: Level;
}

export const ASSESSMENT_INPUT_ISSUE_CODES = [
  'unknown-requirement',
  'invalid-answer',
  'na-not-allowed',
  'unknown-subdomain',
  'not-tailorable',
  'duplicate-tailoring',
  'missing-tailoring-reason',
  'invalid-target-level',
  'nothing-to-assess',
] as const;
export type AssessmentInputIssueCode = (typeof ASSESSMENT_INPUT_ISSUE_CODES)[number];

export interface AssessmentInputIssue {
  code: AssessmentInputIssueCode;
  message: string;
  requirementId?: string | undefined;
  subdomainId?: string | undefined;
}

/**
 * Answers or tailoring that cannot be scored. `computeReport` throws it (the API maps it to
 * 400); `checkAnswers` returns the same issues without throwing, plus answers to unknown
 * requirement ids, which scoring ignores.
 */
export class AssessmentInputError extends Error {
  override readonly name = 'AssessmentInputError';
  readonly code = 'invalid-assessment-input';
  constructor(readonly issues: readonly AssessmentInputIssue[]) {
    super(`invalid assessment input: ${issues.map((i) => i.message).join('; ')}`);
  }
  /** Requirement ids with an unusable answer. */
  get requirementIds(): string[] {
    return this.issues.flatMap((i) => (i.requirementId === undefined ? [] : [i.requirementId]));
  }
}

export interface Completion {
  /** Applicable requirements that have a scale answer (full/most/partial/none). */
  answered: number;
  /** Requirements that count: not answered 'na', not in a tailored-out or not-applicable sub-domain. */
  applicable: number;
  /** Every requirement in scope, whatever its status. */
  total: number;
}

export interface LevelResult {
  level: Level;
  /** Level score of the whole (S_L), or null when nothing is asked at this level. */
  score: number | null;
  /** S_L reaches the threshold; at an absent level, the level below is attained. */
  attained: boolean;
  present: boolean;
}

export interface NodeResult {
  id: string;
  parentId: string | null;
  /** 1 for top-level nodes. */
  depth: number;
  kind: NodeKind;
  name: LocalizedText;
  /** Score at levels 1..5; null where the node is absent. */
  levelScores: (number | null)[];
  /** Per level, as LevelResult.attained for this node's own chain. */
  levelAttained: boolean[];
  /** Maturity level 0..5 of this node; null when the node is absent at every level. */
  level: number | null;
  /** 0..5 on the same scale as the overall score; null when absent at every level. */
  score: number | null;
  /** Product of renormalized weights from the root, per level; null where absent. */
  effectiveWeights: (number | null)[];
  completion: Completion;
  /** Tailored out by the assessment (for an inner node: every sub-domain below is). */
  tailoredOut: boolean;
  /** Excluded by the profile (for an inner node: every sub-domain below is). */
  notApplicable: boolean;
}

export type GapKind = 'roadmap' | 'consolidation';

export interface Gap {
  requirementId: string;
  subdomainId: string;
  level: Level;
  /** The answer given, or null when unanswered (scored as 0). */
  answer: AnswerChoice | null;
  /** The answer's value on the scale. */
  value: number;
  /** Rise of the level score if this requirement alone were fully met. */
  impact: number;
  /** 'consolidation' at levels ≤ the maturity level, 'roadmap' above it. */
  kind: GapKind;
}

export interface RoadmapItem extends Gap {
  /** The level score if this item and every item before it in the phase were fully met. */
  levelScoreIfMet: number;
}

export interface RoadmapPhase {
  level: Level;
  present: boolean;
  /** The level score now; null when the level is absent. */
  levelScore: number | null;
  attainedNow: boolean;
  items: RoadmapItem[];
  /**
   * Index of the first item after which (meeting items 0..i) the level is attained;
   * null when it is attained already or never reached.
   */
  thresholdReachedAt: number | null;
}

export interface ScoringParametersUsed {
  answerScale: { full: number; most: number; partial: number; none: number };
  threshold: number;
  thresholdInclusive: boolean;
}

export interface AssessmentReport {
  systemCode: string;
  systemVersion: string;
  profileId: string;
  targetLevel: Level;
  tailoring: TailoringEntry[];
  /** n: highest k with levels 1..k all attained (0 = 未达一级). */
  maturityLevel: number;
  /** Overall score S in [0, 5] (domain.md §3.6). */
  score: number;
  levels: LevelResult[];
  /** Every node of the tree, in document (pre)order. */
  nodes: NodeResult[];
  completion: Completion;
  /** Every gap at levels ≤ target, ordered by level, impact (desc), requirement id. */
  gaps: Gap[];
  /** One phase per level maturityLevel+1 .. targetLevel. */
  roadmap: RoadmapPhase[];
  /** Gaps at levels ≤ maturityLevel, in gap order. */
  consolidation: Gap[];
  parameters: ScoringParametersUsed;
}
