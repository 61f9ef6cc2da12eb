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

/**
 * The headers for a request that came over TLS and for one that did not. HSTS and the CSP's
 * `upgrade-insecure-requests` only make sense over HTTPS: sent on plain HTTP (a LAN deployment
 * without TLS) they make browsers rewrite every sub-resource to https:// and break the app.
 * Whether a request came over TLS is `request.protocol`: the socket's encryption, or the
 * `X-Forwarded-Proto` of a trusted proxy (TRUST_PROXY); without TRUST_PROXY that header is
 * ignored, so a client cannot turn HSTS on by sending it.
 */
export function securityHeaderSets(options: HelmetOptions): {
  tls: Record<string, string>;
  plain: Record<string, string>;
} {
  const tls = helmetHeaders(options);
  const csp = options.contentSecurityPolicy;
  const plainCsp: HelmetOptions['contentSecurityPolicy'] =
    csp && typeof csp === 'object'
      ? { ...csp, directives: { ...csp.directives, 'upgrade-insecure-requests': null } }
      : csp;
  // helmet refuses `hsts` and `strictTransportSecurity` together, even an undefined one.
  const rest: HelmetOptions = { ...options };
  delete (rest as { hsts?: unknown }).hsts;
  const plain = helmetHeaders({
    ...rest,
    contentSecurityPolicy: plainCsp,
    strictTransportSecurity: false,
  } as HelmetOptions);
  return { tls, plain };
}

export const securityHeadersPlugin = fp(
  (app: FastifyInstance, options: HelmetOptions, done: (err?: Error) => void) => {
    const { tls, plain } = securityHeaderSets(options);
    app.addHook('onRequest', (req, reply, next) => {
      void reply.headers(req.protocol === 'https' ? tls : plain);
      next();
    });
    done();
  },
  { name: 'security-headers' },
);
