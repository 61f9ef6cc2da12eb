import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config.ts';
import { createAuthService } from './service.ts';
import { totpPolicy } from './totp.ts';

/** The auth service as the app's routes use it: signing, session cache, the TOTP policy. */
export function createAppAuthService(app: FastifyInstance, config: AppConfig) {
  return createAuthService({
    db: app.database.db,
    config,
    signAccessToken: (claims) => app.jwt.sign(claims),
    forgetSessions: (userId) => app.sessionState.forget(userId),
    ...totpPolicy(config),
  });
}
