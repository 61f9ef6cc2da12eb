import {
  assignBodySchema,
  idParamsSchema,
  pageOf,
  reviewQueueItemSchema,
  reviewQueueQuerySchema,
  reviewViewSchema,
  revisionBodySchema,
  saveReviewItemsBodySchema,
  signOffBodySchema,
} from '@zhiping/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor.ts';
import { findingRoutes } from './findings-routes.ts';
import { mailReviewHandOver, type HandOverMailDeps } from './hand-over-mail.ts';
import { createReviewService } from './service.ts';

const security = [{ bearer: [] }];
const tags = ['reviews'];
const reviewResponse = { 200: reviewViewSchema };

export const reviewRoutes: FastifyPluginAsyncZod<{ publicBaseUrl: string }> = async (
  app,
  { publicBaseUrl },
) => {
  const service = createReviewService({ db: app.database.db });
  const handOverDeps = (req: FastifyRequest): HandOverMailDeps => ({
    db: app.database.db,
    mailer: app.mailer,
    log: req.log,
  });

  app.get(
    '/reviews/queue',
    {
      onRequest: app.requireRole('assessor', 'admin'),
      schema: {
        tags,
        summary: 'Review queue: assessments assigned to the caller, open to claim, or both',
        description:
          'scope=assigned: in review or returned and assigned to the caller (an admin: to anyone); ' +
          'claimable: submitted and unassigned; all: both, plus the caller’s signed-off ones ' +
          '(an admin: every assessment past draft). Oldest submission first.',
        security,
        querystring: reviewQueueQuerySchema,
        response: { 200: pageOf(reviewQueueItemSchema) },
      },
    },
    async (req) => service.queue(req.user, req.query),
  );

  app.get(
    '/assessments/:id/review',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The review: items, findings and the live assessed report',
        description:
          'The enterprise sees findings once the assessment is returned to it and the review items ' +
          'and assessed report once it is signed off (`complete` says whether anything is withheld).',
        security,
        params: idParamsSchema,
        response: reviewResponse,
      },
    },
    async (req) => service.view(req.user, req.params.id),
  );

  app.post(
    '/assessments/:id/claim',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary:
          'Claim a submitted assessment for review (of concurrent claims one wins, 409 for the rest)',
        security,
        params: idParamsSchema,
        response: reviewResponse,
      },
    },
    async (req) => service.claim(actorOf(req), req.user, req.params.id),
  );

  app.post(
    '/assessments/:id/assign',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        summary: 'Assign (or reassign) an assessment to an assessor',
        security,
        params: idParamsSchema,
        body: assignBodySchema,
        response: reviewResponse,
      },
    },
    async (req) => service.assign(actorOf(req), req.user, req.params.id, req.body.assessorId),
  );

  app.put(
    '/assessments/:id/review-items',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary:
          'Confirm or adjust self answers; an adjustment needs the assessed answer and a comment',
        security,
        params: idParamsSchema,
        body: saveReviewItemsBodySchema,
        response: reviewResponse,
      },
    },
    async (req) => service.saveItems(actorOf(req), req.user, req.params.id, req.body),
  );

  app.post(
    '/assessments/:id/return',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary: 'Return the assessment to the enterprise for 弱项整改 (needs an open finding)',
        security,
        params: idParamsSchema,
        body: revisionBodySchema,
        response: reviewResponse,
      },
    },
    async (req) => {
      const view = await service.returnToEnterprise(
        actorOf(req),
        req.user,
        req.params.id,
        req.body.revision,
      );
      // After the answer: a slow mail server never holds the committed transition back.
      void mailReviewHandOver(handOverDeps(req), publicBaseUrl, req.params.id, 'returned');
      return view;
    },
  );

  app.post(
    '/assessments/:id/resubmit',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags,
        summary: 'Send a returned assessment back to review; responded findings become answered',
        security,
        params: idParamsSchema,
        body: revisionBodySchema,
        response: reviewResponse,
      },
    },
    async (req) => service.resubmit(actorOf(req), req.user, req.params.id, req.body.revision),
  );

  app.post(
    '/assessments/:id/sign-off',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary: '结果判定: sign off the assessed result with an opinion (every finding verified)',
        security,
        params: idParamsSchema,
        body: signOffBodySchema,
        response: reviewResponse,
      },
    },
    async (req) => {
      const view = await service.signOff(actorOf(req), req.user, req.params.id, req.body);
      // After the answer: a slow mail server never holds the committed transition back.
      void mailReviewHandOver(handOverDeps(req), publicBaseUrl, req.params.id, 'signed_off');
      return view;
    },
  );

  await app.register(findingRoutes);
};
