import {
  adminSystemSchema,
  adminSystemsQuerySchema,
  adminVersionViewSchema,
  copyVersionBodySchema,
  idParamsSchema,
  importVersionBodySchema,
  indicatorSystemSchema,
  pageOf,
  patchWeightsBodySchema,
  putVersionBodySchema,
  versionRevisionBodySchema,
  whatIfQuerySchema,
  whatIfResponseSchema,
} from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/actor.ts';
import { createAdminVersionService } from './service.ts';
import { whatIf } from './what-if.ts';

const tags = ['admin: indicator systems'];
const security = [{ bearer: [] }];
/** A whole indicator-system document (the 2020 model is ~0.6 MB) fits with room to grow. */
const DOCUMENT_BODY_LIMIT = 16 * 1024 * 1024;

export const adminVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAdminVersionService({ db: app.database.db });
  const preHandler = app.requireRole('admin');
  const base = '/admin/indicator-systems';

  app.get(
    base,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Indicator systems with every version (drafts, published, archived)',
        querystring: adminSystemsQuerySchema,
        response: { 200: pageOf(adminSystemSchema) },
      },
    },
    async (req) => service.list(req.query),
  );

  app.post(
    `${base}/versions/:id/copy`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Copy a version into a new draft with a new version string',
        params: idParamsSchema,
        body: copyVersionBodySchema,
        response: { 201: adminVersionViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.copy(actorOf(req), req.params.id, req.body)),
  );

  app.put(
    `${base}/versions/:id`,
    {
      onRequest: preHandler,
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        tags,
        security,
        summary: "Replace a draft's document (optimistic locking on revision)",
        params: idParamsSchema,
        body: putVersionBodySchema,
        response: { 200: adminVersionViewSchema },
      },
    },
    async (req) => service.replaceDocument(actorOf(req), req.params.id, req.body),
  );

  app.patch(
    `${base}/versions/:id/weights`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Change weight overrides of one profile of a draft (null removes an override)',
        params: idParamsSchema,
        body: patchWeightsBodySchema,
        response: { 200: adminVersionViewSchema },
      },
    },
    async (req) => service.patchWeights(actorOf(req), req.params.id, req.body),
  );

  app.get(
    `${base}/versions/:id/what-if`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'What this version would do to every submitted assessment of its system',
        params: idParamsSchema,
        querystring: whatIfQuerySchema,
        response: { 200: whatIfResponseSchema },
      },
    },
    async (req) => whatIf(app.database.db, req.params.id, req.query),
  );

  app.post(
    `${base}/versions/:id/publish`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Publish a draft; it becomes immutable and is offered for new assessments',
        params: idParamsSchema,
        body: versionRevisionBodySchema,
        response: { 200: adminVersionViewSchema },
      },
    },
    async (req) => service.publish(actorOf(req), req.params.id, req.body.revision),
  );

  app.delete(
    `${base}/versions/:id`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Delete a draft (published and archived versions are kept forever)',
        params: idParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/import`,
    {
      onRequest: preHandler,
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        tags,
        security,
        summary: 'Import a document as a new draft (creates the system if its code is new)',
        body: importVersionBodySchema,
        response: { 201: adminVersionViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await service.importDocument(actorOf(req), req.body.document)),
  );

  app.get(
    `${base}/versions/:id/export`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Download the version as an indicator-system document (JSON)',
        params: idParamsSchema,
        response: { 200: indicatorSystemSchema },
      },
    },
    async (req, reply) => {
      const { filename, document } = await service.exportDocument(req.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(document);
    },
  );
};
