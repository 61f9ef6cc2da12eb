import {
  answersResponseSchema,
  assessmentViewSchema,
  createAssessmentBodySchema,
  idParamsSchema,
  listAssessmentsQuerySchema,
  pageOf,
  revisionBodySchema,
  saveAnswersBodySchema,
} from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor.ts';
import { createAssessmentService } from './service.ts';
import { openFindingRequirementIds } from './reopened.ts';

const security = [{ bearer: [] }];

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAssessmentService({ db: app.database.db });

  app.post(
    '/assessments',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['assessments'],
        summary: 'Start an assessment (pins the published indicator-system version)',
        security,
        body: createAssessmentBodySchema,
        response: { 201: assessmentViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.create(actorOf(req), req.user, req.body)),
  );

  app.get(
    '/assessments',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['assessments'],
        summary: "The caller's assessments (enterprise: its own; assessor: assigned; admin: all)",
        security,
        querystring: listAssessmentsQuerySchema,
        response: { 200: pageOf(assessmentViewSchema) },
      },
    },
    async (req) => service.list(req.user, req.query),
  );

  app.get(
    '/assessments/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['assessments'],
        summary: 'One assessment with its progress',
        security,
        params: idParamsSchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (req) => service.get(req.user, req.params.id),
  );

  app.get(
    '/assessments/:id/answers',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['assessments'],
        summary: 'All answers with the current revision',
        security,
        params: idParamsSchema,
        response: { 200: answersResponseSchema },
      },
    },
    async (req) => service.answers(req.user, req.params.id),
  );

  app.patch(
    '/assessments/:id/answers',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['assessments'],
        summary: 'Autosave a batch of answers; a stale revision gets 409 with the current state',
        security,
        params: idParamsSchema,
        body: saveAnswersBodySchema,
        response: { 200: answersResponseSchema },
      },
    },
    async (req) =>
      service.saveAnswers(
        actorOf(req),
        req.user,
        req.params.id,
        req.body,
        openFindingRequirementIds,
      ),
  );

  app.post(
    '/assessments/:id/submit',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['assessments'],
        summary: 'Submit the self-assessment: stores the report snapshot and locks the answers',
        security,
        params: idParamsSchema,
        body: revisionBodySchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (req) => service.submit(actorOf(req), req.user, req.params.id, req.body.revision),
  );
};
