import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.ts';
import { adminUserRoutes } from './admin-users/routes.ts';
import { adminVersionExcelRoutes } from './admin-versions/excel-routes.ts';
import { adminVersionRoutes } from './admin-versions/routes.ts';
import { assessmentRoutes } from './assessments/routes.ts';
import { evidenceRoutes } from './assessments/evidence-routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { accountRoutes } from './auth/account-routes.ts';
import { authRoutes } from './auth/routes.ts';
import { backupRoutes } from './backup/routes.ts';
import { indicatorSystemRoutes } from './indicator-systems/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { metaRoutes } from './meta/routes.ts';
import { roadmapRoutes } from './roadmap/routes.ts';
import { quickScanRoutes } from './quick-scan/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { reviewRoutes } from './reviews/routes.ts';
import { standardRoutes } from './standards/routes.ts';

export async function registerModules(app: FastifyInstance, config: AppConfig): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/v1', config });
  await app.register(accountRoutes, { prefix: '/api/v1', config });
  await app.register(metaRoutes, { prefix: '/api/v1' });
  await app.register(indicatorSystemRoutes, { prefix: '/api/v1' });
  await app.register(assessmentRoutes, { prefix: '/api/v1' });
  await app.register(evidenceRoutes, { prefix: '/api/v1', config });
  await app.register(reviewRoutes, { prefix: '/api/v1', publicBaseUrl: config.publicBaseUrl });
  await app.register(adminVersionRoutes, { prefix: '/api/v1' });
  await app.register(adminVersionExcelRoutes, { prefix: '/api/v1', config });
  await app.register(standardRoutes, { prefix: '/api/v1' });
  await app.register(adminUserRoutes, { prefix: '/api/v1' });
  await app.register(auditRoutes, { prefix: '/api/v1' });
  await app.register(backupRoutes, { prefix: '/api/v1' });
  await app.register(reportRoutes, { prefix: '/api/v1' });
  await app.register(roadmapRoutes, { prefix: '/api/v1' });
  await app.register(quickScanRoutes, { prefix: '/api/v1', config });
}
