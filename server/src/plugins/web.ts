import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendNotFound } from './errors.ts';

/** Vite writes only content-hashed files to assets/: a changed file gets a new name. */
const HASHED = /[\\/]assets[\\/][^\\/]+$/;

/**
 * Serves the built web app; unknown non-API paths get index.html so client routes work.
 *
 * The build (web/vite.config.ts) writes a `.br` and a `.gz` beside every compressible file;
 * `preCompressed` picks the one the request's Accept-Encoding allows (brotli first), sets
 * Content-Encoding and `Vary: Accept-Encoding`, and falls back to the plain file. The
 * compressed siblings and the source maps get no route of their own: a request for
 * `/assets/x.js.map` or `/assets/x.js.br` is a 404 (the maps stay on disk, for the operator).
 */
export default fp(
  async function webPlugin(app: FastifyInstance, opts: { root: string }) {
    await app.register(fastifyStatic, {
      root: opts.root,
      wildcard: false,
      preCompressed: true,
      globIgnore: ['**/*.map', '**/*.br', '**/*.gz'],
      index: ['index.html'],
      setHeaders(res, path) {
        // Hashed assets are immutable; index.html (and anything unhashed) is revalidated.
        if (HASHED.test(path)) res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes get index.html; API paths and missing files stay 404 problem+json.
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        !path.startsWith('/api/') &&
        !/\.[a-z0-9]+$/i.test(path)
      ) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return sendNotFound(req, reply);
    });
  },
  { name: 'web', dependencies: ['errors'] },
);
