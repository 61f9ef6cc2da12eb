import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import { registerModules } from './modules/index.ts';
import authPlugin from './plugins/auth.ts';
import databasePlugin from './plugins/database.ts';
import errorsPlugin, { sendFrameworkError, sendNotFound } from './plugins/errors.ts';
import jsonBodyPlugin from './plugins/json-body.ts';
import openapiPlugin from './plugins/openapi.ts';
import redisPlugin from './plugins/redis.ts';
import mailerPlugin from './plugins/mailer.ts';
import webPlugin from './plugins/web.ts';

export interface BuildOptions {
  /** Share an open database (tests); otherwise one is opened from the config and migrated. */
  database?: Database;
  /** Logger override (tests pass false). */
  logger?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(
  config: AppConfig,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    // Bad URLs and over-long params are refused by the router: problem+json all the same.
    frameworkErrors: sendFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });

  // Plugins first, then modules, then the web app and its fallback.
  await app.register(errorsPlugin);
  await app.register(jsonBodyPlugin);
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
      },
    },
  });
  // API answers of 1 KB and more are compressed per request (brotli preferred, quality 4):
  // JSON, problem+json, CSV and whatever else mime-db calls compressible; PDFs, workbooks and
  // images are not. Only /api routes get it (set on each route before the plugin sees it): the
  // web app's files come pre-compressed from the build (plugins/web.ts) and are sent as they
  // are, so nothing is compressed twice or per request. Compressed request bodies stay refused.
  // The auth and quick-scan routes answer tokens next to what the request sent: never
  // compressed (BREACH), whatever their size.
  const compression = { threshold: 1024, encodings: ['br', 'gzip'] as ('br' | 'gzip')[] };
  app.addHook('onRoute', (route) => {
    const api =
      route.url.startsWith('/api/') &&
      !route.url.startsWith('/api/v1/auth/') &&
      !route.url.startsWith('/api/v1/quick-scans');
    if (api && route.compress === undefined) route.compress = compression;
  });
  await app.register(compress, { ...compression, global: false, globalDecompression: false });
  await app.register(cors, {
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: true,
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 },
  });
  await app.register(databasePlugin, {
    databaseUrl: config.databaseUrl,
    pgliteDir: config.pgliteDir,
    poolSize: config.databasePoolSize,
    database: options.database,
  });
  await app.register(redisPlugin, { url: config.redisUrl });
  await app.register(mailerPlugin, { config });
  await app.register(rateLimit, {
    global: false,
    // Redis away: the limits fail open (a 500 on every limited route otherwise).
    skipOnError: true,
    ...(app.redis ? { redis: app.redis, nameSpace: 'zp:rl:' } : {}),
  });
  await app.register(authPlugin, {
    secret: config.jwtSecret,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    sessionCheckTtlMs: config.sessionCheckCacheMs,
  });
  await app.register(openapiPlugin);
  await registerModules(app, config);
  if (config.webDistDir) await app.register(webPlugin, { root: config.webDistDir });
  else app.setNotFoundHandler(sendNotFound);

  return app;
}
