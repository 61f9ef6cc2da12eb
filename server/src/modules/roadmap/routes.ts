import { idParamsSchema, reportLangQuerySchema } from '@zhiping/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PDF_EDITIONS } from '../../pdf/index.ts';
import { buildRoadmapPdf, type RoadmapFile } from './service.ts';

const security = [{ bearer: [] }];

const roadmapQuerySchema = reportLangQuerySchema.extend({
  /** board (default): at most about 12 pages; full: every table as an appendix. */
  edition: z
    .enum(PDF_EDITIONS)
    .default('board')
    .meta({ description: 'board: the board-ready report (default); full: with every table' }),
});

/** A Buffer body goes out as is (fastify does not serialize it against the schema). */
function sendPdf(reply: FastifyReply, file: RoadmapFile, suffix: string) {
  const utf8Name = encodeURIComponent(`${file.title}${suffix}.pdf`);
  return reply
    .type('application/pdf')
    .header(
      'content-disposition',
      `attachment; filename="${file.fileBase}${suffix}.pdf"; filename*=UTF-8''${utf8Name}`,
    )
    .header('cache-control', 'private, no-store')
    .send(file.pdf);
}

/** The improvement roadmap of one assessment as a PDF, for whoever may read its report. */
export const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  // The CJK fonts (two 10 MB files, ≈ 35 MB once parsed and warmed) are loaded by the first
  // roadmap requested, not at start: most processes never render one, and an idle demo is
  // that much smaller (docs/performance.md, "Idle memory"). The first PDF pays ≈ 1 s more.
  app.get(
    '/assessments/:id/roadmap.pdf',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['reports'],
        summary:
          'The improvement roadmap as PDF: cover, executive summary, charts, phased timeline, standards per phase, heat map (edition=full adds every table)',
        security,
        params: idParamsSchema,
        querystring: roadmapQuerySchema,
        produces: ['application/pdf'],
        response: { 200: z.string().meta({ format: 'binary', description: 'PDF file' }) },
      },
    },
    async (req, reply) => {
      const { lang, edition } = req.query;
      const file = await buildRoadmapPdf(db, req.user, req.params.id, lang, edition);
      const suffix = `${edition === 'full' ? '-full' : ''}${lang === 'en' ? '-en' : ''}`;
      return sendPdf(reply, file, suffix);
    },
  );
};
