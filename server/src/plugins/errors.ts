import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError, ValidationError, type FieldError } from '../lib/errors.ts';

/** The JSON body of every error: RFC 9457 problem details with a stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Postgres SQLSTATEs that mean "the database is unreachable", answered 503, not 500. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03']);

export function problem(status: number, code: string, detail: string, extra: object = {}): Problem {
  return {
    type: `https://zhiping.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
}

/** 404 for a path no route matches. */
export function sendNotFound(req: FastifyRequest, reply: FastifyReply) {
  const path = req.url.split('?')[0] ?? '/';
  return reply
    .status(404)
    .type('application/problem+json')
    .send({ ...problem(404, 'not_found', `No route ${req.method} ${path}`), instance: req.url });
}

/** Walks the cause chain: drivers and drizzle wrap the socket error. */
function isUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: string; message?: string; cause?: unknown } | null, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      /Connection terminated|timeout exceeded when trying to connect|did not answer within|ECONNREFUSED|Client has encountered a connection error/.test(
        e.message ?? '',
      )
    ) {
      return true;
    }
  }
  return false;
}

export default fp(
  function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((err: FastifyError, req, reply) => {
      let body: Problem;
      if (err instanceof AppError) {
        body = problem(err.status, err.code, err.message, {
          ...(err.details ?? {}),
          ...(err instanceof ValidationError ? { errors: err.errors } : {}),
        });
      } else if (hasZodFastifySchemaValidationErrors(err)) {
        const where = err.validationContext ?? 'body';
        const errors: FieldError[] = err.validation.map((v) => {
          const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
          return { field: path ? `${where}.${path}` : where, message: v.message ?? 'invalid' };
        });
        body = problem(
          400,
          'validation_failed',
          `Invalid input: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
          { errors },
        );
      } else if (isResponseSerializationError(err)) {
        req.log.error({ err }, 'response did not match its schema');
        body = problem(500, 'internal_error', 'An unexpected error occurred');
      } else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.name === 'SyntaxError') {
        body = problem(400, 'malformed_json', 'The request body is not valid JSON');
      } else if (isUnavailable(err)) {
        req.log.error({ err }, 'database unavailable');
        body = problem(
          503,
          'service_unavailable',
          'The database is unavailable; try again shortly',
        );
        void reply.header('retry-after', '5');
      } else if (
        typeof err.statusCode === 'number' &&
        err.statusCode >= 400 &&
        err.statusCode < 500
      ) {
        const code =
          err.statusCode === 429
            ? 'rate_limited'
            : (err.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
        body = problem(err.statusCode, code, err.message);
      } else {
        req.log.error({ err }, 'unhandled error');
        body = problem(500, 'internal_error', 'An unexpected error occurred');
      }
      body.instance = req.url;
      return reply.status(body.status).type('application/problem+json').send(body);
    });
  },
  { name: 'errors' },
);
