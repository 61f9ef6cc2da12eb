import { idParamsSchema, indicatorSystemSchema } from '@zhiping/shared';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorSystems, indicatorSystemVersions } from '../../db/schema.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { loadVersion } from '../scoring/index.ts';

const localized = z.object({ zh: z.string(), en: z.string() });
const publishedVersionSchema = z.object({
  id: z.uuid(),
  systemCode: z.string(),
  version: z.string(),
  name: localized,
  /** A draft for comments (征求意见稿): offered with that label and a notice. */
  draftForComments: z.boolean(),
  publishedAt: z.string().nullable(),
  profiles: z.array(
    z.object({
      id: z.string(),
      name: localized,
      productionType: z.enum(['discrete', 'process']),
      industry: z.string().nullable(),
      base: z.string().nullable(),
    }),
  ),
});

/** What every signed-in user may read: the published indicator systems and their documents. */
export const indicatorSystemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicator-systems',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['indicator-systems'],
        summary: 'Published indicator-system versions (to start an assessment against)',
        security: [{ bearer: [] }],
        response: { 200: z.object({ items: z.array(publishedVersionSchema) }) },
      },
    },
    async () => {
      const rows = await app.database.db
        .select({
          id: indicatorSystemVersions.id,
          publishedAt: indicatorSystemVersions.publishedAt,
        })
        .from(indicatorSystemVersions)
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(and(eq(indicatorSystemVersions.status, 'published')))
        .orderBy(indicatorSystems.code, desc(indicatorSystemVersions.publishedAt));
      const items = await Promise.all(
        rows.map(async (r) => {
          const v = await loadVersion(app.database.db, r.id);
          return {
            id: v.id,
            systemCode: v.systemCode,
            version: v.version,
            name: v.document.name,
            draftForComments: v.document.draftForComments,
            publishedAt: r.publishedAt?.toISOString() ?? null,
            profiles: v.document.profiles.map((p) => ({
              id: p.id,
              name: p.name,
              productionType: p.productionType,
              industry: p.industry ?? null,
              base: p.base ?? null,
            })),
          };
        }),
      );
      return { items };
    },
  );

  app.get(
    '/indicator-systems/versions/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['indicator-systems'],
        summary: 'One version: status and the whole indicator-system document',
        security: [{ bearer: [] }],
        params: idParamsSchema,
        response: {
          200: z.object({
            id: z.uuid(),
            systemCode: z.string(),
            version: z.string(),
            status: z.enum(['draft', 'published', 'archived']),
            revision: z.number().int(),
            document: indicatorSystemSchema,
          }),
        },
      },
    },
    async (req) => {
      const v = await loadVersion(app.database.db, req.params.id);
      // Drafts are the admins' work in progress.
      if (v.status === 'draft' && req.user.role !== 'admin')
        throw new NotFoundError('Indicator-system version');
      return {
        id: v.id,
        systemCode: v.systemCode,
        version: v.version,
        status: v.status,
        revision: v.revision,
        document: v.document,
      };
    },
  );
};
