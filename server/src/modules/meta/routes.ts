import { INDUSTRIES, PRODUCTION_TYPES } from '@zhiping/shared';
import { count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorSystemVersions } from '../../db/schema.ts';

const metaSchema = z.object({
  product: z.literal('zhiping'),
  industries: z.array(z.enum(INDUSTRIES)),
  productionTypes: z.array(z.enum(PRODUCTION_TYPES)),
  // Platform data only: how many enterprises or assessments there are is tenant data and
  // not for anonymous callers (issue 13).
  stats: z.object({ publishedIndicatorSystems: z.number().int() }),
});

/** Public platform facts: what the sign-up form offers and what the home page shows. */
export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meta',
    { schema: { tags: ['meta'], summary: 'Platform facts', response: { 200: metaSchema } } },
    async () => {
      const { db } = app.database;
      const [pub] = await db
        .select({ n: count() })
        .from(indicatorSystemVersions)
        .where(eq(indicatorSystemVersions.status, 'published'));
      return {
        product: 'zhiping' as const,
        industries: [...INDUSTRIES],
        productionTypes: [...PRODUCTION_TYPES],
        stats: { publishedIndicatorSystems: pub?.n ?? 0 },
      };
    },
  );
};
