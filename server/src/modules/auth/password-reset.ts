import {
  PASSWORD_RESET_TTL_MINUTES,
  passwordResetBodySchema,
  passwordResetRequestBodySchema,
  passwordResetRequestedSchema,
} from '@zhiping/shared';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import { organizations, passwordResetTokens, refreshTokens, users } from '../../db/schema.ts';
import { actorOf } from '../../lib/actor.ts';
import {
  createAttemptLimiter,
  memoryAttemptStore,
  redisAttemptStore,
} from '../../lib/attempt-limiter.ts';
import { audit } from '../../lib/audit.ts';
import { BadRequestError } from '../../lib/errors.ts';
import { mailLocale, mailTemplates } from '../../lib/mail/templates.ts';
import { hashPassword } from '../../lib/password.ts';
import { hashToken, newToken } from './service.ts';

/**
 * Password reset by a mailed link. The request answers the same 202 whether or not the
 * address has an account (no enumeration) and is limited per IP and per address; the link's
 * token is random (256 bits), stored as SHA-256, works once and for 30 minutes, and a newer
 * request voids older links. Using it sets the password and ends every session of the user;
 * it does not sign in (a second factor, when enrolled, is still asked at the next sign-in).
 */
export const passwordResetRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (
  app,
  { config },
) => {
  const db = app.database.db;
  const perIp = app.rateLimit({
    max: config.authIpRateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req) => `ip:${req.ip}`,
  });
  const perAddress = createAttemptLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.passwordResetRateLimitPerHour,
    3_600_000,
  );

  app.post(
    '/auth/password-reset/request',
    {
      preHandler: [perIp, async (req) => perAddress(`reset:${req.body.email}`)],
      schema: {
        tags: ['auth'],
        summary:
          'Mail a password-reset link to this address if it has an account (the answer is the same either way)',
        body: passwordResetRequestBodySchema,
        response: { 202: passwordResetRequestedSchema },
      },
    },
    async (req, reply) => {
      const [user] = await db
        .select({
          id: users.id,
          email: users.email,
          locale: users.locale,
          organizationId: users.organizationId,
          disabledAt: users.disabledAt,
          orgDisabledAt: organizations.disabledAt,
        })
        .from(users)
        .leftJoin(organizations, eq(organizations.id, users.organizationId))
        .where(eq(users.email, req.body.email));
      if (user && !user.disabledAt && !user.orgDisabledAt) {
        const token = newToken();
        await db.transaction(async (tx) => {
          // A newer link voids the older ones.
          await tx
            .update(passwordResetTokens)
            .set({ usedAt: new Date() })
            .where(
              and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)),
            );
          await tx.insert(passwordResetTokens).values({
            userId: user.id,
            tokenHash: hashToken(token),
            expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000),
          });
          await audit(tx, actorOf(req), {
            action: 'auth.password_reset_requested',
            entityType: 'user',
            entityId: user.id,
            organizationId: user.organizationId,
            actorId: null,
            actorRole: null,
          });
        });
        const mail = mailTemplates.passwordReset(mailLocale(user.locale), {
          url: `${config.publicBaseUrl}/reset-password?token=${encodeURIComponent(token)}`,
          minutes: PASSWORD_RESET_TTL_MINUTES,
        });
        // Not awaited: how long the SMTP server takes must not tell whether the address exists.
        app.mailer
          .send({ to: user.email, ...mail })
          .catch((err: unknown) => req.log.error({ err }, 'password-reset mail not sent'));
      }
      return reply
        .status(202)
        .send({ status: 'accepted', expiresInMinutes: PASSWORD_RESET_TTL_MINUTES });
    },
  );

  app.post(
    '/auth/password-reset',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary:
          'Set a new password with the token of a reset link; ends every session of the user (sign in afterwards)',
        body: passwordResetBodySchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      const passwordHash = await hashPassword(req.body.password);
      const userId = await db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(passwordResetTokens)
          .where(eq(passwordResetTokens.tokenHash, hashToken(req.body.token)))
          .for('update');
        if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
        const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
        if (!user || user.disabledAt) return null;
        const now = new Date();
        await tx
          .update(passwordResetTokens)
          .set({ usedAt: now })
          .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
        await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: now })
          .where(eq(users.id, user.id));
        await tx
          .update(refreshTokens)
          .set({ revokedAt: now })
          .where(and(eq(refreshTokens.userId, user.id), isNull(refreshTokens.revokedAt)));
        await audit(tx, actorOf(req), {
          action: 'auth.password_reset',
          entityType: 'user',
          entityId: user.id,
          organizationId: user.organizationId,
          actorId: user.id,
          actorRole: user.role,
        });
        return user.id;
      });
      if (!userId) {
        throw new BadRequestError(
          'reset_link_invalid',
          'This reset link is invalid, was used already or has expired; ask for a new one',
        );
      }
      app.sessionState.forget(userId);
      return reply.status(204).send();
    },
  );
};
