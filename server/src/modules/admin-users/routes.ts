import {
  adminOrganizationsQuerySchema,
  adminOrganizationViewSchema,
  adminUsersQuerySchema,
  adminUserViewSchema,
  createStaffBodySchema,
  idParamsSchema,
  pageOf,
  patchOrganizationBodySchema,
  patchUserBodySchema,
} from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor.ts';
import { createAdminUserService } from './service.ts';

const security = [{ bearer: [] }];

/** Enterprises and accounts, for admins. */
export const adminUserRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAdminUserService({
    db: app.database.db,
    sessionState: app.sessionState,
  });
  const preHandler = app.requireRole('admin');

  app.get(
    '/admin/organizations',
    {
      onRequest: preHandler,
      schema: {
        tags: ['admin: enterprises'],
        security,
        summary: 'Enterprises, newest first; search by name or unified social credit code',
        querystring: adminOrganizationsQuerySchema,
        response: { 200: pageOf(adminOrganizationViewSchema) },
      },
    },
    async (req) => service.listOrganizations(req.query),
  );

  app.patch(
    '/admin/organizations/:id',
    {
      onRequest: preHandler,
      schema: {
        tags: ['admin: enterprises'],
        security,
        summary: "Disable or enable an enterprise (disabling ends its users' sessions)",
        params: idParamsSchema,
        body: patchOrganizationBodySchema,
        response: { 200: adminOrganizationViewSchema },
      },
    },
    async (req) => service.patchOrganization(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/admin/users',
    {
      onRequest: preHandler,
      schema: {
        tags: ['admin: users'],
        security,
        summary: 'Accounts; filter by role, enterprise, email, disabled',
        querystring: adminUsersQuerySchema,
        response: { 200: pageOf(adminUserViewSchema) },
      },
    },
    async (req) => service.listUsers(req.query),
  );

  app.patch(
    '/admin/users/:id',
    {
      onRequest: preHandler,
      schema: {
        tags: ['admin: users'],
        security,
        summary: 'Change role, enterprise or disabled (ends the sessions of the account)',
        params: idParamsSchema,
        body: patchUserBodySchema,
        response: { 200: adminUserViewSchema },
      },
    },
    async (req) => service.patchUser(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/admin/users',
    {
      onRequest: preHandler,
      schema: {
        tags: ['admin: users'],
        security,
        summary: 'Create a staff account (assessor or admin)',
        body: createStaffBodySchema,
        response: { 201: adminUserViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createStaff(actorOf(req), req.body)),
  );
};
