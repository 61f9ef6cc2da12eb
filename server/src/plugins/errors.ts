import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError, ValidationError, type FieldError } from '../lib/errors.ts';
import { defined } from '../lib/invariant.ts';

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
  414: 'URI Too Long',
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

/**
 * Errors the router answers before any route or hook runs (a URL that is not valid
 * percent-encoded UTF-8, a path param beyond maxParamLength): problem+json like the rest.
 * Passed to Fastify as `frameworkErrors`.
 */
export function sendFrameworkError(
  err: FastifyError,
  req: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 400;
  const [code, detail] =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ['path_param_too_long', 'A path parameter is too long']
      : err.code === 'FST_ERR_BAD_URL'
        ? ['bad_url', 'The URL is not valid percent-encoded UTF-8']
        : ['bad_request', 'The request cannot be routed'];
  void reply
    .status(status)
    .type('application/problem+json')
    .send({ ...problem(status, code, detail), instance: req.url.slice(0, 300) });
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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Strings of the input that no database column can hold: U+0000 (PostgreSQL stores it
 * neither in text nor in jsonb) and unpaired surrogates (not Unicode; jsonb refuses their
 * escapes, text would silently turn them into U+FFFD). Refused here, naming the field.
 * Walked with an explicit stack, not recursion: no input nests deep enough to overflow it.
 */
export function unstorableStringFields(value: unknown, path: string, out: FieldError[] = []) {
  const problem = (s: string) =>
    s.includes('\u0000')
      ? 'must not contain U+0000 (NUL)'
      : LONE_SURROGATE.test(s)
        ? 'must be well-formed Unicode (no unpaired surrogate)'
        : undefined;
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length && out.length < 20) {
    const [v, at] = defined(stack.pop(), 'stack entry');
    if (typeof v === 'string') {
      const p = problem(v);
      if (p) out.push({ field: at, message: p });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${at}.${i}`]);
    } else if (v !== null && typeof v === 'object') {
      const entries: [string, unknown][] = Object.entries(v as Record<string, unknown>);
      for (const [k] of entries) {
        const p = problem(k);
        if (p) out.push({ field: at, message: `a key ${p}` });
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = defined(entries[i], `entry ${i}`);
        stack.push([x, `${at}.${k}`]);
      }
    }
  }
  return out.slice(0, 20);
}

/** The SQLSTATE of a database error, wherever drivers and drizzle wrapped it. */
function sqlStateOf(err: unknown): string | undefined {
  for (
    let e = err as { code?: unknown; cause?: unknown } | null, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

export default fp(
  function errorsPlugin(app: FastifyInstance) {
    // After authentication (onRequest) and parsing, before schema validation.
    app.addHook('preValidation', async (req) => {
      const errors = [
        ...unstorableStringFields(req.params, 'params'),
        ...unstorableStringFields(req.query, 'querystring'),
        ...unstorableStringFields(req.body, 'body'),
      ];
      if (errors.length) throw new ValidationError(errors);
    });
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
      } else if (
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        // Fastify's JSON body parser marks its SyntaxError 400; one thrown by the app's own
        // JSON.parse (of stored data) is a bug, answered 500 below.
        (err.name === 'SyntaxError' && err.statusCode === 400)
      ) {
        body = problem(400, 'malformed_json', 'The request body is not valid JSON');
      } else if (sqlStateOf(err)?.startsWith('22')) {
        // A data exception (a number out of its column's range, a malformed value): the
        // input did not fit what stores it. Validation should have said so, naming the
        // field; logged so the schema can be tightened.
        req.log.warn({ err }, 'input refused by the database');
        body = problem(400, 'invalid_value', 'A value of the request does not fit what stores it');
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
