import { adminVersionViewSchema, idParamsSchema, importWorkbookBodySchema } from '@zhiping/shared';
import type { FastifyRequest } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import { actorOf } from '../../lib/actor.ts';
import { ValidationError, type FieldError } from '../../lib/errors.ts';
import { readSingleFileForm } from '../../lib/multipart.ts';
import { createAdminVersionService } from './service.ts';

const tags = ['admin: indicator systems'];
const security = [{ bearer: [] }];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook (field "file") and the draft's revision (field "revision"). */
async function readWorkbookUpload(req: FastifyRequest, maxBytes: number) {
  const form = await readSingleFileForm(req, maxBytes, 'the workbook');
  const file = form.file?.bytes;
  const revision = form.fields.revision;
  const errors: FieldError[] = [];
  const rev = Number(revision);
  if (!Number.isInteger(rev) || rev < 0) {
    errors.push({ field: 'body.revision', message: 'the revision of the draft is required' });
  }
  if (!file) errors.push({ field: 'body.file', message: 'attach the .xlsx workbook' });
  if (errors.length || !file) throw new ValidationError(errors);
  return { revision: rev, file };
}

export const adminVersionExcelRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (
  app,
  opts,
) => {
  const service = createAdminVersionService({ db: app.database.db });
  const preHandler = app.requireRole('admin');
  const base = '/admin/indicator-systems/versions/:id';

  app.get(
    `${base}/export.xlsx`,
    {
      onRequest: preHandler,
      schema: {
        tags,
        security,
        summary: 'Download the version as an Excel workbook (Tree, Requirements, Profiles)',
        description:
          'Tree: one row per node with its default weight and one column of effective weights ' +
          'per profile. Requirements: texts, guidance, naAllowed, tags. Profiles: base, type, ' +
          'industry, names and the notApplicable / tailorable lists.',
        params: idParamsSchema,
        produces: [XLSX],
        response: { 200: z.string().meta({ format: 'binary', description: 'XLSX workbook' }) },
      },
    },
    async (req, reply) => {
      const { filename, bytes } = await service.exportWorkbook(req.params.id);
      return (
        reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${filename}"`)
          // Bytes; the type provider sees the documented binary string.
          .send(bytes as unknown as string)
      );
    },
  );

  app.post(
    `${base}/import.xlsx`,
    {
      onRequest: preHandler,
      // The body is multipart: documented here, read and checked by the handler.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags,
        security,
        summary: "Replace a draft's document with an edited Excel export",
        description:
          'multipart/form-data with the field revision and the workbook (field "file"). Texts, ' +
          'weights and profile lists are applied; adding, removing or moving nodes, ' +
          'requirements or profiles is refused. Every problem is a 400 error naming its cell ' +
          '(`Tree!F7`).',
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        body: importWorkbookBodySchema,
        response: { 200: adminVersionViewSchema },
      },
    },
    async (req) => {
      const { revision, file } = await readWorkbookUpload(req, opts.config.maxUploadBytes);
      return service.importWorkbook(actorOf(req), req.params.id, revision, file);
    },
  );
};
