import type {
  AssessmentReport,
  AssessmentStatus,
  ReviewView,
  SignOffJudgment,
} from '@zhiping/shared';
import type { Db } from '../../db/client.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import {
  loadAssessmentFor,
  type AssessmentAccess,
  createAssessmentRepository,
  answerMap,
} from '../assessments/index.ts';
import { assessedReport, scopeOf } from './context.ts';
import { createReviewRepository } from './repository.ts';
import {
  enterpriseSeesEverything,
  enterpriseSeesFinding,
  findingView,
  reviewItemView,
} from './views.ts';

/** The review as one caller may see it (see views.ts for what the enterprise is shown). */
export function createReviewViewer(db: Db) {
  const repo = createReviewRepository(db);
  const assessmentRepo = createAssessmentRepository(db);

  /** Runs on the pool (never inside a transaction), so its reads go out in parallel. */
  async function buildView(user: AccessClaims, access: AssessmentAccess): Promise<ReviewView> {
    const { row } = access;
    const status = row.status as AssessmentStatus;
    const staff = user.role !== 'respondent';
    const everything = staff || enterpriseSeesEverything(status);
    const [self, findingRows] = await Promise.all([
      repo.selfResult(row.id, db),
      repo.findings(row.id, db),
    ]);
    let items: ReviewView['items'] = [];
    let report: AssessmentReport | null = null;
    if (everything) {
      const [answers, itemRows] = await Promise.all([
        assessmentRepo.answers(row.id, db),
        repo.items(row.id, db),
      ]);
      const selfChoice = answerMap(answers);
      items = itemRows.map((i) => reviewItemView(i, selfChoice[i.requirementId] ?? null));
      if (status === 'signed_off') {
        report = ((await repo.assessedSnapshot(row.id, db))?.report as AssessmentReport) ?? null;
      } else {
        const { version } = await scopeOf(db, row);
        report = assessedReport(version, row, answers, itemRows);
      }
    }
    return {
      assessmentId: row.id,
      status,
      revision: row.revision,
      assessorId: row.assessorId,
      judgment: row.judgment as SignOffJudgment | null,
      opinion: row.opinion,
      signedOffAt: row.signedOffAt?.toISOString() ?? null,
      selfResult: self ?? null,
      complete: everything,
      items,
      findings: findingRows
        .filter((f) => staff || enterpriseSeesFinding(status, f))
        .map(findingView),
      assessedReport: report,
    };
  }

  return {
    async of(user: AccessClaims, id: string) {
      return buildView(user, await loadAssessmentFor(db, user, id));
    },
  };
}
