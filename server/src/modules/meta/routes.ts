import { INDUSTRIES, PRODUCTION_TYPES } from '@zhiping/shared';
import { count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessments, indicatorSystemVersions, organizations } from '../../db/schema.ts';

const metaSchema = z.object({
  product: z.literal('zhiping'),
  industries: z.array(z.enum(INDUSTRIES)),
  productionTypes: z.array(z.enum(PRODUCTION_TYPES)),
  stats: z.object({
    enterprises: z.number().int(),
    assessments: z.number().int(),
    publishedIndicatorSystems: z.number().int(),
  }),
});

/** Public platform facts: what the sign-up form offers and what the home page shows. */
export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meta',
    { schema: { tags: ['meta'], summary: 'Platform facts', response: { 200: metaSchema } } },
    async () => {
      const { db } = app.database;
      const [[orgs], [asm], [pub]] = await Promise.all([
        db.select({ n: count() }).from(organizations),
        db.select({ n: count() }).from(assessments),
        db
          .select({ n: count() })
          .from(indicatorSystemVersions)
          .where(eq(indicatorSystemVersions.status, 'published')),
      ]);
      return {
        product: 'zhiping' as const,
        industries: [...INDUSTRIES],
        productionTypes: [...PRODUCTION_TYPES],
        stats: {
          enterprises: orgs?.n ?? 0,
          assessments: asm?.n ?? 0,
          publishedIndicatorSystems: pub?.n ?? 0,
        },
      };
    },
  );
};
