import type { SaveReviewItemsBody, SignOffBody, reviewQueueQuerySchema } from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import { AppError, NotFoundError, ValidationError, type FieldError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { loadAssessmentFor, createAssessmentRepository, answerMap } from '../assessments/index.ts';
import { recordSnapshot } from '../scoring/index.ts';
import { assessedReport, requireAssignedAssessor, requireOwner, scopeOf } from './context.ts';
import { reviewQueue } from './queue.ts';
import { createReviewRepository } from './repository.ts';
import { createReviewViewer } from './review-view.ts';
import { checkJudgment, nextStatus, requireWorkStatus, revisionConflict } from './transitions.ts';
import { defined } from '../../lib/invariant.ts';

export function createReviewService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createReviewRepository(db);
  const assessmentRepo = createAssessmentRepository(db);
  const viewer = createReviewViewer(db);
  const viewOf = (user: AccessClaims, id: string) => viewer.of(user, id);

  /** Locks the assessment, checks the caller's revision, and hands over the locked row. */
  async function locked(tx: Tx, user: AccessClaims, id: string, revision?: number) {
    const access = await loadAssessmentFor(tx, user, id, { forUpdate: true });
    if (revision !== undefined && revision !== access.row.revision) {
      throw revisionConflict(access.row.revision);
    }
    return access;
  }

  return {
    view: viewOf,
    queue: (user: AccessClaims, q: z.output<typeof reviewQueueQuerySchema>) =>
      reviewQueue(db, user, q),

    /** Submitted → in review for the calling assessor; of concurrent claims exactly one wins. */
    async claim(actor: Actor, user: AccessClaims, id: string) {
      await db.transaction(async (tx) => {
        const row = await repo.lockAssessment(id, tx);
        // Only what the assessor may see is answered with its state: one open to claim, or
        // their own. A draft, another assessor's (a lost claim race included) and a random id
        // are the same 404, so a refused claim tells nothing about someone else's assessment.
        const mine = row?.assessorId === user.sub;
        const open = row?.status === 'submitted' && !row.assessorId;
        if (!row || !(mine || open)) throw new NotFoundError('Assessment');
        const to = nextStatus('claim', row.status);
        const claimed = await repo.claim(id, user.sub, row.revision, tx);
        if (!claimed) throw new NotFoundError('Assessment');
        await audit(tx, actor, {
          action: 'assessment.claimed',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: { status: row.status, assessorId: row.assessorId, revision: row.revision },
          after: { status: to, assessorId: user.sub, revision: claimed.revision },
        });
      });
      return viewOf(user, id);
    },

    /** Admin (re)assignment to an assessor. */
    async assign(actor: Actor, user: AccessClaims, id: string, assessorId: string) {
      await db.transaction(async (tx) => {
        const { row } = await locked(tx, user, id);
        const target = await repo.activeUser(assessorId, tx);
        if (!target || target.role !== 'assessor' || target.disabledAt) {
          throw new ValidationError([
            { field: 'body.assessorId', message: 'must be an active assessor account' },
          ]);
        }
        const to = nextStatus('assign', row.status);
        if (row.assessorId === assessorId && to === row.status) return;
        const updated = await assessmentRepo.bumpRevision(
          id,
          row.revision,
          { status: to, assessorId },
          tx,
        );
        await audit(tx, actor, {
          action: 'assessment.assigned',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: { status: row.status, assessorId: row.assessorId, revision: row.revision },
          after: {
            status: to,
            assessorId,
            revision: defined(updated, 'the assessment just updated').revision,
          },
        });
      });
      return viewOf(user, id);
    },

    /** Confirm or adjust self answers, item by item (an adjustment carries a comment). */
    async saveItems(actor: Actor, user: AccessClaims, id: string, body: SaveReviewItemsBody) {
      await db.transaction(async (tx) => {
        const access = await loadAssessmentFor(tx, user, id, { forUpdate: true });
        requireAssignedAssessor(access);
        const { row } = access;
        requireWorkStatus('reviewItems', row.status);
        if (body.revision !== row.revision) throw revisionConflict(row.revision);
        const scope = await scopeOf(tx, row);
        const ids = body.items.map((i) => i.requirementId);
        const selfChoice = answerMap(await assessmentRepo.answersFor(id, ids, tx));
        const errors: FieldError[] = [];
        body.items.forEach((item, i) => {
          const r = scope.requirement(item.requirementId);
          if (typeof r === 'string') {
            errors.push({ field: `body.items.${i}.requirementId`, message: r });
            return;
          }
          if (item.decision !== 'adjust') return;
          const field = `body.items.${i}.adjustedChoice`;
          if (item.adjustedChoice === 'na' && !r.naAllowed) {
            errors.push({ field, message: `requirement ${r.id} cannot be marked not applicable` });
          } else if (item.adjustedChoice === selfChoice[r.id]) {
            errors.push({ field, message: 'this is the self-assessed answer: confirm it instead' });
          }
        });
        if (errors.length) throw new ValidationError(errors);
        const before = new Map((await repo.itemsFor(id, ids, tx)).map((x) => [x.requirementId, x]));
        const now = new Date();
        await repo.upsertItems(
          body.items.map((item) => ({
            assessmentId: id,
            requirementId: item.requirementId,
            decision: item.decision,
            adjustedChoice: item.decision === 'adjust' ? (item.adjustedChoice ?? null) : null,
            comment: item.comment ?? '',
            reviewerId: user.sub,
            updatedAt: now,
          })),
          tx,
        );
        const updated = await assessmentRepo.bumpRevision(id, row.revision, {}, tx);
        const summary = (d: { decision: string; adjustedChoice?: string | null } | undefined) =>
          d ? { decision: d.decision, adjustedChoice: d.adjustedChoice ?? null } : null;
        await audit(tx, actor, {
          action: 'review.items_saved',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: Object.fromEntries(ids.map((rid) => [rid, summary(before.get(rid))])),
          after: {
            revision: defined(updated, 'the assessment just updated').revision,
            items: Object.fromEntries(body.items.map((x) => [x.requirementId, summary(x)])),
          },
        });
      });
      return viewOf(user, id);
    },

    /** In review → returned for 弱项整改: needs at least one open finding. */
    async returnToEnterprise(actor: Actor, user: AccessClaims, id: string, revision: number) {
      await db.transaction(async (tx) => {
        const access = await locked(tx, user, id, revision);
        requireAssignedAssessor(access);
        const { row } = access;
        const to = nextStatus('return', row.status);
        const open = (await repo.findings(id, tx)).filter((f) => f.status === 'open');
        if (!open.length) {
          throw new AppError(
            422,
            'no_open_findings',
            'Raise a finding before returning the assessment',
          );
        }
        const updated = await assessmentRepo.bumpRevision(id, row.revision, { status: to }, tx);
        await audit(tx, actor, {
          action: 'assessment.returned',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: { status: row.status, revision: row.revision },
          after: {
            status: to,
            revision: defined(updated, 'the assessment just updated').revision,
            openFindings: open.map((f) => f.id),
          },
        });
      });
      return viewOf(user, id);
    },

    /** Returned → in review: every open finding needs a response; those become answered. */
    async resubmit(actor: Actor, user: AccessClaims, id: string, revision: number) {
      await db.transaction(async (tx) => {
        const access = await locked(tx, user, id, revision);
        requireOwner(access);
        const { row } = access;
        const to = nextStatus('resubmit', row.status);
        const unresponded = (await repo.findings(id, tx)).filter(
          (f) => f.status === 'open' && f.response === null,
        );
        if (unresponded.length) {
          throw new AppError(422, 'findings_unanswered', 'Respond to every open finding first', {
            findingIds: unresponded.map((f) => f.id),
          });
        }
        const scope = await scopeOf(tx, row);
        const unanswered = scope.unanswered(answerMap(await assessmentRepo.answers(id, tx)));
        if (unanswered.length) {
          throw new AppError(
            422,
            'assessment_incomplete',
            `${unanswered.length} requirements are not answered`,
            {
              unanswered,
            },
          );
        }
        const answered = await repo.answerRespondedFindings(id, tx);
        const updated = await assessmentRepo.bumpRevision(id, row.revision, { status: to }, tx);
        await audit(tx, actor, {
          action: 'assessment.resubmitted',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: { status: row.status, revision: row.revision },
          after: {
            status: to,
            revision: defined(updated, 'the assessment just updated').revision,
            answeredFindings: answered.map((f) => f.id),
          },
        });
      });
      return viewOf(user, id);
    },

    /** 结果判定: stores the assessed snapshot; nothing about the assessment changes after. */
    async signOff(actor: Actor, user: AccessClaims, id: string, body: SignOffBody) {
      await db.transaction(async (tx) => {
        const access = await locked(tx, user, id, body.revision);
        requireAssignedAssessor(access);
        const { row } = access;
        const to = nextStatus('signOff', row.status);
        const unresolved = (await repo.findings(id, tx)).filter((f) => f.status !== 'verified');
        if (unresolved.length) {
          throw new AppError(
            422,
            'findings_unresolved',
            'Every finding must be verified before sign-off',
            {
              findingIds: unresolved.map((f) => f.id),
            },
          );
        }
        const { version } = await scopeOf(tx, row);
        // One connection per transaction: its queries run one after another.
        const answers = await assessmentRepo.answers(id, tx);
        const items = await repo.items(id, tx);
        const self = await repo.selfResult(id, tx);
        const report = assessedReport(version, row, answers, items);
        const judgment = checkJudgment(
          body.judgment,
          self?.maturityLevel ?? null,
          report.maturityLevel,
        );
        await recordSnapshot(tx, {
          kind: 'assessed',
          assessmentId: id,
          organizationId: row.organizationId,
          organizationIndustry: access.organizationIndustry,
          organizationSize: access.organizationSize,
          version,
          report,
        });
        const updated = await assessmentRepo.bumpRevision(
          id,
          row.revision,
          { status: to, judgment, opinion: body.opinion, signedOffAt: new Date() },
          tx,
        );
        await audit(tx, actor, {
          action: 'assessment.signed_off',
          entityType: 'assessment',
          entityId: id,
          organizationId: row.organizationId,
          before: { status: row.status, revision: row.revision, selfResult: self ?? null },
          after: {
            status: to,
            revision: defined(updated, 'the assessment just updated').revision,
            judgment,
            opinion: body.opinion,
            maturityLevel: report.maturityLevel,
            score: report.score,
          },
        });
      });
      return viewOf(user, id);
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
