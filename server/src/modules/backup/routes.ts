import { idParamsSchema } from '@zhiping/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/actor.ts';
import { audit } from '../../lib/audit.ts';
import { constraintViolation, createBackupService } from './service.ts';

const security = [{ bearer: [] }];

/** Admin: an enterprise's complete record out of one instance and into another. */
export const backupRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createBackupService({ db: app.database.db });

  app.get(
    '/admin/organizations/:id/export',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags: ['admin'],
        summary: "Export an enterprise's complete record as JSON (zhiping.enterprise-export/1)",
        security,
        params: idParamsSchema,
        response: { 200: z.object({ format: z.string() }).passthrough() },
      },
    },
    async (req, reply) => {
      const data = await service.exportEnterprise(req.params.id);
      await audit(app.database.db, actorOf(req), {
        action: 'organization.exported',
        entityType: 'organization',
        entityId: req.params.id,
        organizationId: req.params.id,
      });
      return reply
        .header(
          'content-disposition',
          `attachment; filename="enterprise-${data.organization.creditCode}.json"`,
        )
        .header('cache-control', 'no-store')
        .send(data as unknown as { format: string });
    },
  );

  app.post(
    '/admin/organizations/import',
    {
      onRequest: app.requireRole('admin'),
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ['admin'],
        summary: 'Import an enterprise export into this instance (refuses to overwrite)',
        security,
        body: z.object({ format: z.string() }).passthrough(),
        response: {
          201: z.object({
            organizationId: z.uuid(),
            users: z.number().int(),
            assessments: z.number().int(),
            reportSnapshots: z.number().int(),
          }),
        },
      },
    },
    async (req, reply) => {
      const result = await service
        .importEnterprise(actorOf(req), req.body)
        .catch((err: unknown) => {
          throw constraintViolation(err) ?? err;
        });
      return reply.status(201).send(result);
    },
  );
};
