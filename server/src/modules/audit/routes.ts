import { auditEventViewSchema, auditQuerySchema, pageOf } from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAuditService } from './service.ts';

/** The audit log, for admins: every state change and sign-in attempt, newest first. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAuditService({ db: app.database.db });

  app.get(
    '/admin/audit',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags: ['admin: audit'],
        security: [{ bearer: [] }],
        summary: 'Audit events, newest first (from inclusive, to exclusive)',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEventViewSchema) },
      },
    },
    async (req) => service.list(req.query),
  );
};
