import type { FastifyPluginAsync } from 'fastify';
import type { AppConfig } from '../../config.ts';
import { passwordResetRoutes } from './password-reset.ts';
import { sessionRoutes } from './sessions.ts';
import { totpRoutes } from './totp.ts';

/** Account security (#15.4): password reset, the sessions page, the TOTP second factor. */
export const accountRoutes: FastifyPluginAsync<{ config: AppConfig }> = async (app, { config }) => {
  await app.register(passwordResetRoutes, { config });
  await app.register(sessionRoutes);
  await app.register(totpRoutes, { config });
};
