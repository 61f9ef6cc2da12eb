import {
  benchmarkSchema,
  compareQuerySchema,
  compareResponseSchema,
  idParamsSchema,
  reportLangQuerySchema,
  reportResponseSchema,
} from '@zhiping/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { encodeCsv } from '../../lib/spreadsheet/csv.ts';
import { encodeXlsx } from '../../lib/spreadsheet/xlsx-write.ts';
import { buildAssessmentExport, type AssessmentExport } from './export.ts';
import { buildAssessmentReport, buildBenchmark, compareAssessments } from './service.ts';

const security = [{ bearer: [] }];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fileSchema = (description: string) => z.string().meta({ format: 'binary', description });

function sendFile(
  reply: FastifyReply,
  file: AssessmentExport,
  ext: 'csv' | 'xlsx',
  type: string,
  body: Buffer,
) {
  // RFC 8187 value-chars: encodeURIComponent leaves ' ( ) * ! unescaped, which are not allowed.
  const utf8Name = encodeURIComponent(`${file.title}.${ext}`).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return reply
    .type(type)
    .header(
      'content-disposition',
      `attachment; filename="${file.fileBase}.${ext}"; filename*=UTF-8''${utf8Name}`,
    )
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** Reports of one assessment, its benchmark and exports, and the comparison of two. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/assessments/compare',
    {
      onRequest: app.requireRole('respondent', 'admin'),
      schema: {
        tags: ['reports'],
        summary: "Compare two of one enterprise's assessments (b against a, by node id)",
        security,
        querystring: compareQuerySchema,
        response: { 200: compareResponseSchema },
      },
    },
    async (req) => compareAssessments(db, req.user, req.query.a, req.query.b),
  );

  app.get(
    '/assessments/:id/report',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['reports'],
        summary:
          'The report: self and assessed results, tier, recommended standards, heat map, benchmark',
        security,
        params: idParamsSchema,
        querystring: reportLangQuerySchema,
        response: { 200: reportResponseSchema },
      },
    },
    async (req) => buildAssessmentReport(db, req.user, req.params.id, { lang: req.query.lang }),
  );

  app.get(
    '/assessments/:id/benchmark',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['reports'],
        summary: 'Percentile among industry peers (anonymous groups of 5+) and national figures',
        security,
        params: idParamsSchema,
        response: { 200: benchmarkSchema },
      },
    },
    async (req) => buildBenchmark(db, req.user, req.params.id),
  );

  app.get(
    '/assessments/:id/export.csv',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['reports'],
        summary: 'One row per requirement as CSV (UTF-8 with BOM, RFC 4180)',
        security,
        params: idParamsSchema,
        querystring: reportLangQuerySchema,
        produces: ['text/csv'],
        response: { 200: fileSchema('CSV file') },
      },
    },
    async (req, reply) => {
      const file = await buildAssessmentExport(db, req.user, req.params.id, req.query.lang);
      const body = encodeCsv(file.requirements.rows.map((r) => r.cells));
      return sendFile(reply, file, 'csv', 'text/csv; charset=utf-8', body);
    },
  );

  app.get(
    '/assessments/:id/export.xlsx',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['reports'],
        summary: 'Workbook: requirements, level and node scores, gaps in roadmap order',
        security,
        params: idParamsSchema,
        querystring: reportLangQuerySchema,
        produces: [XLSX_TYPE],
        response: { 200: fileSchema('XLSX workbook') },
      },
    },
    async (req, reply) => {
      const file = await buildAssessmentExport(db, req.user, req.params.id, req.query.lang);
      const body = await encodeXlsx([file.requirements, file.scores, file.roadmap]);
      return sendFile(reply, file, 'xlsx', XLSX_TYPE, body);
    },
  );
};
