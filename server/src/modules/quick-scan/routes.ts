import {
  answersResponseSchema,
  applyQuickScanLevelBodySchema,
  assessmentQuickScanSchema,
  createdQuickScanSchema,
  createQuickScanBodySchema,
  idParamsSchema,
  QUICK_SCAN_TOKEN_HEADER,
  quickScanListSchema,
  quickScanOptionsSchema,
  quickScanResultSchema,
  quickScanViewSchema,
  saveQuickScanAnswersBodySchema,
} from '@zhiping/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import { actorOf } from '../../lib/actor.ts';
import { audit } from '../../lib/audit.ts';
import { ConflictError, UnauthorizedError, ValidationError } from '../../lib/errors.ts';
import {
  loadAssessmentFor,
  openFindingRequirementIds,
  createAssessmentService,
} from '../assessments/index.ts';
import { loadVersion } from '../scoring/index.ts';
import { scanPlan } from './plan.ts';
import { createQuickScanService, type ScanCaller } from './service.ts';

const tokenHeader = z.object({
  [QUICK_SCAN_TOKEN_HEADER]: z
    .string()
    .max(200)
    .optional()
    .describe('The token returned when the scan was started (anonymous scans)'),
});
const scanSecurity: Record<string, string[]>[] = [{ quickScanToken: [] }, { bearer: [] }];
/** The schema parts of a route on one scan that its token, or its enterprise, may call. */
const oneScanByToken = {
  tags: ['quick-scan'],
  security: scanSecurity,
  headers: tokenHeader,
  params: idParamsSchema,
};

/** Why a presented session was refused, for the routes where a session is optional. */
const sessionErrors = new WeakMap<FastifyRequest, Error>();

/** The caller of a per-scan route: its actor, the scan token it presented, a refused session. */
function scanCallerOf(req: FastifyRequest): ScanCaller {
  const token = req.headers[QUICK_SCAN_TOKEN_HEADER];
  return {
    actor: actorOf(req),
    token: typeof token === 'string' ? token : undefined,
    sessionError: sessionErrors.get(req),
  };
}

/**
 * Quick scan (自诊断快评, docs/quick-scan.md): anonymous scans under a token sent in the
 * `x-quick-scan-token` header (never in the URL, which access logs record), claimed by an
 * enterprise after sign-in; the origin of a full assessment started from it.
 */
export const quickScanRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (
  app,
  { config },
) => {
  const service = createQuickScanService({ db: app.database.db });
  const assessments = createAssessmentService({ db: app.database.db });

  // A session when one is presented (a claimed scan is read by its enterprise). An anonymous
  // scan needs none, so a bad token is refused only where a session is needed (see
  // `accessible`), and an expired one then still answers token_expired for the refresh.
  const optionalAuth = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.headers.authorization) return;
    try {
      await app.authenticate(req, reply);
    } catch (err) {
      (req as { user?: unknown }).user = undefined;
      sessionErrors.set(req, err instanceof Error ? err : new UnauthorizedError());
    }
  };
  const perIp = app.rateLimit({
    max: config.quickScanRateLimitPerHour,
    timeWindow: '1 hour',
    hook: 'preHandler',
    keyGenerator: (req) => `qs:${req.ip}`,
  });

  app.get(
    '/quick-scans/options',
    {
      schema: {
        tags: ['quick-scan'],
        summary: 'Published indicator-system versions with quick-scan items, and their profiles',
        response: { 200: quickScanOptionsSchema },
      },
    },
    async () => service.options(),
  );

  app.post(
    '/quick-scans',
    {
      preHandler: perIp,
      schema: {
        tags: ['quick-scan'],
        summary:
          'Start a quick scan without an account (rate-limited per IP); answers the token once',
        body: createQuickScanBodySchema,
        response: { 201: createdQuickScanSchema },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'no-store')
        .status(201)
        .send(await service.create(req.body)),
  );

  app.get(
    '/quick-scans',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['quick-scan'],
        summary: "The enterprise's claimed quick scans",
        security: [{ bearer: [] }],
        response: { 200: quickScanListSchema },
      },
    },
    async (req) => service.list(req.user),
  );

  app.get(
    '/quick-scans/:id',
    {
      onRequest: optionalAuth,
      schema: {
        ...oneScanByToken,
        summary:
          'A quick scan with its questions and choices (token, or its enterprise once claimed)',
        response: { 200: quickScanViewSchema },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await service.get(scanCallerOf(req), req.params.id)),
  );

  app.put(
    '/quick-scans/:id/answers',
    {
      onRequest: optionalAuth,
      schema: {
        ...oneScanByToken,
        summary: 'Save choices (0 = none of these yet, 1..5, na; null clears)',
        body: saveQuickScanAnswersBodySchema,
        response: { 200: quickScanViewSchema },
      },
    },
    async (req) => service.saveAnswers(scanCallerOf(req), req.params.id, req.body),
  );

  app.get(
    '/quick-scans/:id/result',
    {
      onRequest: optionalAuth,
      schema: {
        ...oneScanByToken,
        summary:
          'The indicative result (指示性结果): level, score, radar per sub-domain, three weakest, tier',
        response: { 200: quickScanResultSchema },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await service.result(scanCallerOf(req), req.params.id)),
  );

  app.post(
    '/quick-scans/:id/claim',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['quick-scan'],
        summary:
          "Attach an anonymous scan (its token in the header) to the caller's enterprise; audited",
        security: [{ bearer: [] }],
        headers: tokenHeader,
        params: idParamsSchema,
        response: { 200: quickScanViewSchema },
      },
    },
    async (req) => service.claim(scanCallerOf(req), req.user, req.params.id),
  );

  app.get(
    '/assessments/:id/quick-scan',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['quick-scan', 'assessments'],
        summary:
          'The quick scan an assessment started from: its choice per sub-domain, weakest-first order, and how well it predicted the report',
        security: [{ bearer: [] }],
        params: idParamsSchema,
        response: { 200: assessmentQuickScanSchema },
      },
    },
    async (req) => {
      const access = await loadAssessmentFor(app.database.db, req.user, req.params.id);
      return service.besideAssessment(access.row);
    },
  );

  app.post(
    '/assessments/:id/quick-scan/apply',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['quick-scan', 'assessments'],
        summary:
          'Explicit action: mark the requirements of one sub-domain above level k as 不满足 (none)',
        security: [{ bearer: [] }],
        params: idParamsSchema,
        body: applyQuickScanLevelBodySchema,
        response: { 200: answersResponseSchema.extend({ marked: z.number().int() }) },
      },
    },
    async (req) => {
      const db = app.database.db;
      const access = await loadAssessmentFor(db, req.user, req.params.id);
      if (!access.row.quickScanId) {
        throw new ConflictError(
          'not_from_quick_scan',
          'This assessment was not started from a quick scan',
        );
      }
      const version = await loadVersion(db, access.row.versionId);
      const item = scanPlan(version, access.row.profileId).byId.get(req.body.subdomainId);
      const tailored = (access.row.tailoring as { subdomainId: string }[]).some(
        (t) => t.subdomainId === req.body.subdomainId,
      );
      if (!item || item.notApplicable || tailored) {
        throw new ValidationError([
          {
            field: 'body.subdomainId',
            message: `no sub-domain ${req.body.subdomainId} is assessed in this assessment`,
          },
        ]);
      }
      const above = item.requirements.filter((r) => r.level > req.body.level);
      if (!above.length) {
        return { ...(await assessments.answers(req.user, access.row.id)), marked: 0 };
      }
      const saved = await assessments.saveAnswers(
        actorOf(req),
        req.user,
        access.row.id,
        {
          revision: req.body.revision,
          answers: above.map((r) => ({ requirementId: r.id, choice: 'none' as const })),
        },
        openFindingRequirementIds,
      );
      await audit(db, actorOf(req), {
        action: 'assessment.quick_scan_level_applied',
        entityType: 'assessment',
        entityId: access.row.id,
        organizationId: access.row.organizationId,
        after: {
          subdomainId: req.body.subdomainId,
          level: req.body.level,
          requirementIds: above.map((r) => r.id),
        },
      });
      return { ...saved, marked: above.length };
    },
  );
};
