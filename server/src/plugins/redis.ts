import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    /** Shared Redis connection when REDIS_URL is set (rate limits across instances). */
    redis: Redis | null;
  }
}

export default fp(
  async function redisPlugin(app: FastifyInstance, opts: { url: string | undefined }) {
    if (!opts.url) {
      app.decorate('redis', null);
      return;
    }
    // Short timeouts: a slow Redis must not stall logins; the limiter then fails open (logged).
    const redis = new Redis(opts.url, {
      connectTimeout: 1000,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      lazyConnect: true,
    });
    redis.on('error', (err) => app.log.warn({ err }, 'redis error'));
    await redis.connect();
    app.decorate('redis', redis);
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  },
  { name: 'redis' },
);
