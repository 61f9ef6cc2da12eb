import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendNotFound } from './errors.ts';

/** Serves the built web app; unknown non-API paths get index.html so client routes work. */
export default fp(
  async function webPlugin(app: FastifyInstance, opts: { root: string }) {
    await app.register(fastifyStatic, {
      root: opts.root,
      wildcard: false,
      index: ['index.html'],
      setHeaders(res, path) {
        // Hashed assets are immutable; index.html must always be revalidated.
        if (/\/assets\//.test(path))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes get index.html; API paths and missing files stay 404 problem+json.
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (req.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return sendNotFound(req, reply);
    });
  },
  { name: 'web', dependencies: ['errors'] },
);
