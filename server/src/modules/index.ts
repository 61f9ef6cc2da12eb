import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { indicatorSystemRoutes } from './indicator-systems/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { metaRoutes } from './meta/routes.ts';

export async function registerModules(app: FastifyInstance, config: AppConfig): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/v1', config });
  await app.register(metaRoutes, { prefix: '/api/v1' });
  await app.register(indicatorSystemRoutes, { prefix: '/api/v1' });
  await app.register(assessmentRoutes, { prefix: '/api/v1' });
}
