import type { FastifyRequest } from 'fastify';
import { AppError, ValidationError } from './errors.ts';

/** A multipart form with exactly one file, sent in the field "file", and text fields. */
export interface SingleFileForm {
  file: { bytes: Buffer; filename: string } | undefined;
  fields: Record<string, string>;
}

/**
 * Reads the whole form, mapping the parser's limits and errors to problems: an oversized file
 * is 413, a non-multipart body 415, anything unreadable 400. The file size limit is the one the
 * multipart plugin was registered with (`maxBytes` only names it in the message).
 */
export async function readSingleFileForm(
  req: FastifyRequest,
  maxBytes: number,
  fileHint: string,
): Promise<SingleFileForm> {
  const form: SingleFileForm = { file: undefined, fields: {} };
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw new ValidationError([
            { field: `body.${part.fieldname}`, message: `send ${fileHint} in the field "file"` },
          ]);
        }
        form.file = { bytes: await part.toBuffer(), filename: part.filename };
      } else {
        form.fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    throw multipartProblem(err, maxBytes);
  }
  return form;
}

function multipartProblem(err: unknown, maxBytes: number): unknown {
  switch ((err as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(
        413,
        'file_too_large',
        `The file exceeds the limit of ${maxBytes} bytes`,
        {
          maxBytes,
        },
      );
    case 'FST_FILES_LIMIT':
      return new ValidationError([{ field: 'body.file', message: 'one file per upload' }]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError(400, 'too_many_fields', 'The form has too many fields');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(415, 'multipart_required', 'Upload the file as multipart/form-data');
    default:
      // The parser's own errors (no boundary, a truncated or malformed part) carry no status.
      if (
        err instanceof AppError ||
        typeof (err as { statusCode?: unknown }).statusCode === 'number'
      ) {
        return err;
      }
      return new AppError(
        400,
        'malformed_multipart',
        'The multipart/form-data body cannot be read',
      );
  }
}
