import {
  assessedAnswers,
  type AnswerChoice,
  type AssessmentReport,
  type Scorer,
} from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import {
  loadAssessmentFor,
  type AssessmentAccess,
  createAssessmentRepository,
  type AnswerRow,
  answerMap,
} from '../assessments/index.ts';
import {
  loadVersion,
  scoreAssessment,
  scorerFor,
  sizeBand,
  type VersionRecord,
} from '../scoring/index.ts';
import { createReportRepository, type ReportRepository } from './repository.ts';
import { defined } from '../../lib/invariant.ts';

export type ReportSource = 'snapshot' | 'live';
export type ReportBasis = 'self' | 'assessed';

export interface ReviewItemData {
  requirementId: string;
  decision: string;
  adjustedChoice: string | null;
  comment: string;
}

/** Everything a report, a comparison or an export of one assessment is built from. */
export interface ReportContext {
  access: AssessmentAccess;
  version: VersionRecord;
  scorer: Scorer;
  /** Empty when loaded with `answers: 'when-scoring'` and no report was scored from them. */
  answers: AnswerRow[];
  /** Review items the caller may see (none for the enterprise before sign-off). */
  reviewItems: ReviewItemData[];
  self: AssessmentReport;
  selfSource: ReportSource;
  /** The self-assessment's score and level as stored (6 decimals), for benchmarks. */
  selfResult: {
    score: number;
    maturityLevel: number;
    source: ReportSource;
    industry: string;
    sizeBand: string;
  };
  assessed: AssessmentReport | null;
  assessedSource: ReportSource | null;
  /** 'assessed' once signed off: the official result. */
  basis: ReportBasis;
  basisReport: AssessmentReport;
  /** The answers the basis report was scored from. */
  basisAnswers: Record<string, AnswerChoice>;
}

const REVIEWED_STATUSES = new Set(['in_review', 'returned', 'signed_off']);

/**
 * Whether the caller sees the assessor's work: assessors and admins always; the enterprise
 * only once the result is signed off (a review in progress stays with the assessor).
 */
export const seesReview = (user: AccessClaims, status: string) =>
  user.role !== 'respondent' || status === 'signed_off';

/** Reads started before the access check (see `prefetchReportReads`). */
export interface PrefetchedReads {
  selfSnapshot: ReturnType<ReportRepository['latestSnapshot']>;
}

/**
 * Starts the read every report of a submitted assessment needs, so that it runs while access
 * is checked. Its result is used only after the check passes; a refused caller's read is
 * dropped unseen.
 */
export function prefetchReportReads(db: Tx, assessmentId: string): PrefetchedReads {
  const selfSnapshot = createReportRepository(db).latestSnapshot(assessmentId, 'self');
  // Awaited later, or dropped when access is refused: never an unhandled rejection.
  selfSnapshot.catch(() => undefined);
  return { selfSnapshot };
}

export async function loadReportContext(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
  loaded?: AssessmentAccess,
  prefetched?: PrefetchedReads,
  /**
   * 'when-scoring': read the answers only when a report is scored from them (a draft, a review
   * in progress, a missing snapshot); otherwise `answers` stays empty. For callers that use
   * the reports and not the answers, such as the report JSON.
   */
  opts: { answers?: 'always' | 'when-scoring' } = {},
): Promise<ReportContext> {
  const access = loaded ?? (await loadAssessmentFor(db, user, assessmentId));
  const { row } = access;
  const reports = createReportRepository(db);
  const answersRepo = createAssessmentRepository(db);
  const version = await loadVersion(db, row.versionId);
  const scorer = scorerFor(version, row.profileId);
  const reviewVisible = REVIEWED_STATUSES.has(row.status) && seesReview(user, row.status);
  const answersNow = opts.answers !== 'when-scoring' || row.status === 'draft' || reviewVisible;
  const [loadedAnswers, selfSnapshot, assessedSnapshot, reviewItems] = await Promise.all([
    answersNow ? answersRepo.answers(row.id) : undefined,
    row.status === 'draft'
      ? undefined
      : (prefetched?.selfSnapshot ?? reports.latestSnapshot(row.id, 'self')),
    row.status === 'signed_off' && reviewVisible
      ? reports.latestSnapshot(row.id, 'assessed')
      : undefined,
    reviewVisible ? reports.reviewItems(row.id) : Promise.resolve([]),
  ]);
  // Without a snapshot the self report is scored from the answers: read them after all.
  const answers = loadedAnswers ?? (selfSnapshot ? [] : await answersRepo.answers(row.id));
  const selfAnswers = answerMap(answers);

  // A submitted self-assessment is read back exactly as stored at submit: reproducible forever.
  const self = selfSnapshot
    ? (selfSnapshot.report as AssessmentReport)
    : scoreAssessment(version, row, selfAnswers);
  const selfSource: ReportSource = selfSnapshot ? 'snapshot' : 'live';

  let assessed: AssessmentReport | null = null;
  let assessedSource: ReportSource | null = null;
  const reviewedAnswers = reviewVisible ? assessedAnswers(selfAnswers, reviewItems) : selfAnswers;
  if (assessedSnapshot) {
    assessed = assessedSnapshot.report as AssessmentReport;
    assessedSource = 'snapshot';
  } else if (reviewVisible) {
    assessed = scoreAssessment(version, row, reviewedAnswers);
    assessedSource = 'live';
  }

  const basis: ReportBasis = row.status === 'signed_off' && assessed ? 'assessed' : 'self';
  return {
    access,
    version,
    scorer,
    answers,
    reviewItems,
    self,
    selfSource,
    selfResult: {
      score: selfSnapshot?.score ?? Number(self.score.toFixed(6)),
      maturityLevel: selfSnapshot?.maturityLevel ?? self.maturityLevel,
      source: selfSource,
      industry: selfSnapshot?.industry ?? access.organizationIndustry,
      sizeBand: selfSnapshot?.sizeBand ?? sizeBand(access.organizationSize),
    },
    assessed,
    assessedSource,
    basis,
    basisReport: basis === 'assessed' ? defined(assessed, 'the assessed report') : self,
    basisAnswers: basis === 'assessed' ? reviewedAnswers : selfAnswers,
  };
}
