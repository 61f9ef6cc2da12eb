import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's response headers for these options, computed once. The configuration is static (no
 * per-request nonces), so every response carries the same headers; @fastify/helmet rebuilt the
 * helmet middleware and re-serialized the CSP on every request (≈ 5 % of the server's CPU in
 * an autosave profile).
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure instanceof Error ? failure : new Error('helmet refused its options');
  return headers;
}

export const securityHeadersPlugin = fp(
  (app: FastifyInstance, options: HelmetOptions, done: (err?: Error) => void) => {
    const headers = helmetHeaders(options);
    app.addHook('onRequest', (_req, reply, next) => {
      void reply.headers(headers);
      next();
    });
    done();
  },
  { name: 'security-headers' },
);
