import type {
  AssessmentStatus,
  CreateFindingBody,
  FindingWriteResult,
  findingsQuerySchema,
} from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import { NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import {
  loadAssessmentFor,
  type AssessmentAccess,
  createAssessmentRepository,
} from '../assessments/index.ts';
import { requireAssignedAssessor, requireOwner, scopeOf } from './context.ts';
import { createReviewRepository, type FindingRow } from './repository.ts';
import type { FINDING_TRANSITIONS } from './transitions.ts';
import { nextFindingStatus, requireWorkStatus } from './transitions.ts';
import { enterpriseSeesFinding, findingView } from './views.ts';
import { defined } from '../../lib/invariant.ts';

type FindingsQuery = z.output<typeof findingsQuerySchema>;
type FindingAction = keyof typeof FINDING_TRANSITIONS;
const AUDIT_ACTIONS: Record<FindingAction, string> = {
  respond: 'finding.responded',
  answer: 'finding.answered',
  verify: 'finding.verified',
  reopen: 'finding.reopened',
};

export function createFindingService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createReviewRepository(db);
  const assessmentRepo = createAssessmentRepository(db);

  const visibleTo = (user: AccessClaims, status: string, f: FindingRow) =>
    user.role !== 'respondent' || enterpriseSeesFinding(status as AssessmentStatus, f);

  /**
   * Locks the finding's assessment as the caller may see it (404 otherwise, and for a finding
   * the enterprise has not been handed yet), then the finding itself.
   */
  async function lockFinding(tx: Tx, user: AccessClaims, findingId: string) {
    const peek = await repo.finding(findingId, tx);
    if (!peek) throw new NotFoundError('Finding');
    const access = await loadAssessmentFor(tx, user, peek.assessmentId, { forUpdate: true });
    const finding = await repo.finding(findingId, tx, { forUpdate: true });
    if (!finding || !visibleTo(user, access.row.status, finding))
      throw new NotFoundError('Finding');
    return { access, finding };
  }

  /** One step of a finding's lifecycle: bumps the assessment revision and is audited. */
  async function step(
    tx: Tx,
    actor: Actor,
    access: AssessmentAccess,
    finding: FindingRow,
    action: FindingAction,
    set: { response?: string | null } = {},
  ): Promise<FindingWriteResult> {
    const status = nextFindingStatus(action, finding.status);
    const after = await repo.updateFinding(finding.id, { status, ...set }, tx);
    const updated = await assessmentRepo.bumpRevision(access.row.id, access.row.revision, {}, tx);
    await audit(tx, actor, {
      action: AUDIT_ACTIONS[action],
      entityType: 'finding',
      entityId: finding.id,
      organizationId: access.row.organizationId,
      before: { status: finding.status, response: finding.response },
      after: {
        status: after.status,
        response: after.response,
        revision: defined(updated, 'the assessment just updated').revision,
      },
    });
    return {
      finding: findingView(after),
      revision: defined(updated, 'the assessment just updated').revision,
    };
  }

  return {
    async create(actor: Actor, user: AccessClaims, id: string, body: CreateFindingBody) {
      return db.transaction(async (tx): Promise<FindingWriteResult> => {
        const access = await loadAssessmentFor(tx, user, id, { forUpdate: true });
        requireAssignedAssessor(access);
        const { row } = access;
        requireWorkStatus('raiseFinding', row.status);
        const requirementId = body.requirementId ?? null;
        if (requirementId !== null) {
          const r = (await scopeOf(tx, row)).requirement(requirementId);
          if (typeof r === 'string') {
            throw new ValidationError([{ field: 'body.requirementId', message: r }]);
          }
        }
        const finding = await repo.insertFinding(
          { assessmentId: id, requirementId, text: body.text, status: 'open', createdBy: user.sub },
          tx,
        );
        const updated = await assessmentRepo.bumpRevision(id, row.revision, {}, tx);
        await audit(tx, actor, {
          action: 'finding.raised',
          entityType: 'finding',
          entityId: finding.id,
          organizationId: row.organizationId,
          after: {
            assessmentId: id,
            requirementId,
            text: finding.text,
            status: finding.status,
            revision: defined(updated, 'the assessment just updated').revision,
          },
        });
        return {
          finding: findingView(finding),
          revision: defined(updated, 'the assessment just updated').revision,
        };
      });
    },

    async list(user: AccessClaims, id: string, q: FindingsQuery) {
      const access = await loadAssessmentFor(db, user, id);
      const all = (await repo.findings(id)).filter(
        (f) => visibleTo(user, access.row.status, f) && (!q.status || f.status === q.status),
      );
      const start = (q.page - 1) * q.limit;
      return {
        items: all.slice(start, start + q.limit).map(findingView),
        page: q.page,
        limit: q.limit,
        total: all.length,
      };
    },

    /** 弱项整改: the enterprise answers an open finding while the assessment is returned. */
    async respond(actor: Actor, user: AccessClaims, findingId: string, response: string) {
      return db.transaction(async (tx) => {
        const { access, finding } = await lockFinding(tx, user, findingId);
        requireOwner(access);
        requireWorkStatus('respondToFinding', access.row.status);
        return step(tx, actor, access, finding, 'respond', { response });
      });
    },

    /** The assessor accepts the enterprise's answer. */
    async verify(actor: Actor, user: AccessClaims, findingId: string) {
      return db.transaction(async (tx) => {
        const { access, finding } = await lockFinding(tx, user, findingId);
        requireAssignedAssessor(access);
        requireWorkStatus('verifyFinding', access.row.status);
        return step(tx, actor, access, finding, 'verify');
      });
    },

    /**
     * The assessor rejects the answer: the finding is open again and its response is cleared,
     * so the next return hands it back and the next resubmit needs a fresh response.
     */
    async reopen(actor: Actor, user: AccessClaims, findingId: string) {
      return db.transaction(async (tx) => {
        const { access, finding } = await lockFinding(tx, user, findingId);
        requireAssignedAssessor(access);
        requireWorkStatus('reopenFinding', access.row.status);
        return step(tx, actor, access, finding, 'reopen', { response: null });
      });
    },
  };
}
export type FindingService = ReturnType<typeof createFindingService>;
