import {
  idParamsSchema,
  listStandardsQuerySchema,
  pageOf,
  standardBodySchema,
  standardViewSchema,
} from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/actor.ts';
import { createStandardService } from './service.ts';

const tags = ['standards'];
const security = [{ bearer: [] }];

/** The standards catalog: every signed-in user reads it, admins maintain it. */
export const standardRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStandardService({ db: app.database.db });
  const admin = app.requireRole('admin');

  app.get(
    '/standards',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'The standards catalog with the sub-domains each one helps',
        querystring: listStandardsQuerySchema,
        response: { 200: pageOf(standardViewSchema) },
      },
    },
    async (req) => service.list(req.query),
  );

  app.get(
    '/standards/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'One standard with its links',
        params: idParamsSchema,
        response: { 200: standardViewSchema },
      },
    },
    async (req) => service.get(req.params.id),
  );

  app.post(
    '/standards',
    {
      onRequest: admin,
      schema: {
        tags,
        security,
        summary: 'Add a standard (number unique; links to existing sub-domains)',
        body: standardBodySchema,
        response: { 201: standardViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
  );

  app.put(
    '/standards/:id',
    {
      onRequest: admin,
      schema: {
        tags,
        security,
        summary: 'Replace a standard and its links',
        params: idParamsSchema,
        body: standardBodySchema,
        response: { 200: standardViewSchema },
      },
    },
    async (req) => service.update(actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/standards/:id',
    {
      onRequest: admin,
      schema: {
        tags,
        security,
        summary: 'Remove a standard and its links',
        params: idParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
};
