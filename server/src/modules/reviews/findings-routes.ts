import {
  adjustmentsResponseSchema,
  createFindingBodySchema,
  findingResponseBodySchema,
  findingsQuerySchema,
  findingViewSchema,
  findingWriteResultSchema,
  idParamsSchema,
  pageOf,
} from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor.ts';
import { listAdjustments } from './adjustments.ts';
import { createFindingService } from './findings-service.ts';

const security = [{ bearer: [] }];
const tags = ['reviews'];

export const findingRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createFindingService({ db: app.database.db });

  app.post(
    '/assessments/:id/findings',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary: 'Raise a finding, about one requirement or the assessment as a whole',
        security,
        params: idParamsSchema,
        body: createFindingBodySchema,
        response: { 201: findingWriteResultSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(actorOf(req), req.user, req.params.id, req.body)),
  );

  app.get(
    '/assessments/:id/findings',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Findings of an assessment, oldest first',
        security,
        params: idParamsSchema,
        querystring: findingsQuerySchema,
        response: { 200: pageOf(findingViewSchema) },
      },
    },
    async (req) => service.list(req.user, req.params.id, req.query),
  );

  app.get(
    '/assessments/:id/adjustments',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary:
          'The assessor’s adjusted answers with their reasons (the enterprise sees them once returned or signed off)',
        security,
        params: idParamsSchema,
        response: { 200: adjustmentsResponseSchema },
      },
    },
    async (req) => listAdjustments(app.database.db, req.user, req.params.id),
  );

  app.post(
    '/findings/:id/response',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags,
        summary: 'Respond to an open finding while the assessment is returned (弱项整改)',
        security,
        params: idParamsSchema,
        body: findingResponseBodySchema,
        response: { 200: findingWriteResultSchema },
      },
    },
    async (req) => service.respond(actorOf(req), req.user, req.params.id, req.body.response),
  );

  app.post(
    '/findings/:id/verify',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary: 'Verify an answered finding',
        security,
        params: idParamsSchema,
        response: { 200: findingWriteResultSchema },
      },
    },
    async (req) => service.verify(actorOf(req), req.user, req.params.id),
  );

  app.post(
    '/findings/:id/reopen',
    {
      onRequest: app.requireRole('assessor'),
      schema: {
        tags,
        summary: 'Re-open an answered finding the response does not resolve',
        security,
        params: idParamsSchema,
        response: { 200: findingWriteResultSchema },
      },
    },
    async (req) => service.reopen(actorOf(req), req.user, req.params.id),
  );
};
