/**
 * Scoring on the server: the pinned indicator-system versions and their prepared scorers,
 * the requirement index and completion counting, scoring an assessment, and storing the
 * scored report as a snapshot. Other modules import this file only.
 */
export { loadVersion, scorerFor, type VersionRecord } from './versions.ts';
export {
  completionAfter,
  completionOf,
  requirementIndex,
  type RequirementIndex,
} from './requirement-index.ts';
export { scoreAssessment, type ScoredAssessment } from './score.ts';
export { recordSnapshot, sizeBand, type SnapshotInput, type SnapshotKind } from './snapshots.ts';
