import {
  EVIDENCE_FILE_TYPES,
  evidenceFileParamsSchema,
  evidenceFileViewSchema,
  evidenceListQuerySchema,
  evidenceUploadBodySchema,
  idParamsSchema,
  pageOf,
} from '@zhiping/shared';
import type { FastifyRequest } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import { actorOf } from '../../lib/actor.ts';
import { ValidationError } from '../../lib/errors.ts';
import { readSingleFileForm } from '../../lib/multipart.ts';
import { attachmentDisposition } from './evidence-content.ts';
import { createEvidenceService, type EvidenceUpload } from './evidence-service.ts';

const security = [{ bearer: [] }];
const tags = ['evidence'];
const ACCEPTED = EVIDENCE_FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(', ');

/** Reads the one file and the requirementId field. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<EvidenceUpload> {
  const form = await readSingleFileForm(req, maxBytes, 'the file');
  if (!form.file) throw new ValidationError([{ field: 'body.file', message: 'attach one file' }]);
  return {
    requirementId: form.fields.requirementId,
    filename: form.file.filename,
    bytes: form.file.bytes,
  };
}

export const evidenceRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (app, opts) => {
  const service = createEvidenceService({
    db: app.database.db,
    quotaBytes: opts.config.evidenceQuotaBytes,
  });
  const maxBytes = opts.config.maxUploadBytes;

  app.post(
    '/assessments/:id/evidence',
    {
      onRequest: app.requireRole('respondent'),
      // The body is multipart: documented here, read and checked by the handler.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (data: unknown) => ({ value: data })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags,
        summary: 'Upload an evidence file for one requirement (draft, or returned for 弱项整改)',
        description:
          `multipart/form-data with the field requirementId and one file (field "file", at most ` +
          `${maxBytes} bytes: 413 beyond; 413 \`evidence_quota_exceeded\` when the enterprise's ` +
          `evidence would exceed ${opts.config.evidenceQuotaBytes} bytes in all). The type is recognized by content, not by the declared ` +
          `content type, and must match the name: ${ACCEPTED}. Anything else is 415 ` +
          '`unsupported_file_type`.',
        security,
        consumes: ['multipart/form-data'],
        params: idParamsSchema,
        body: evidenceUploadBodySchema,
        response: { 201: evidenceFileViewSchema },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      await service.precheck(req.user, id);
      const upload = await readUpload(req, maxBytes);
      return reply.status(201).send(await service.upload(actorOf(req), req.user, id, upload));
    },
  );

  app.get(
    '/assessments/:id/evidence',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Evidence files of an assessment (metadata), optionally for one requirement',
        security,
        params: idParamsSchema,
        querystring: evidenceListQuerySchema,
        response: { 200: pageOf(evidenceFileViewSchema) },
      },
    },
    async (req) => service.list(req.user, req.params.id, req.query),
  );

  app.get(
    '/assessments/:id/evidence/:fileId',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Download an evidence file (as an attachment)',
        security,
        params: evidenceFileParamsSchema,
        response: {
          200: {
            description: 'The file as uploaded',
            content: {
              'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const file = await service.download(req.user, req.params.id, req.params.fileId);
      return (
        reply
          .header('content-type', file.mimeType)
          .header('content-disposition', attachmentDisposition(file.filename))
          .header('x-content-type-options', 'nosniff')
          .header('content-length', file.content.length)
          .header('cache-control', 'private, no-store')
          .header('etag', `"${file.sha256}"`)
          // Bytes as stored; the type provider sees the documented binary string.
          .send(file.content as unknown as string)
      );
    },
  );

  app.delete(
    '/assessments/:id/evidence/:fileId',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags,
        summary: 'Delete an evidence file (draft, or returned for 弱项整改)',
        security,
        params: evidenceFileParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      await service.remove(actorOf(req), req.user, req.params.id, req.params.fileId);
      return reply.status(204).send();
    },
  );
};
