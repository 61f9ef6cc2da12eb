import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import {
  loginTotpBodySchema,
  sessionSchema,
  totpConfirmBodySchema,
  totpEnrolmentConfirmBodySchema,
  totpConfirmedSchema,
  totpDisableBodySchema,
  totpEnrolmentSchema,
  totpStatusSchema,
  type LoginChallenge,
} from '@zhiping/shared';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import type { Tx } from '../../db/client.ts';
import { organizations, refreshTokens, totpRecoveryCodes, users } from '../../db/schema.ts';
import { actorOf } from '../../lib/actor.ts';
import {
  createAttemptLimiter,
  createFailureLimiter,
  memoryAttemptStore,
  redisAttemptStore,
} from '../../lib/attempt-limiter.ts';
import { audit } from '../../lib/audit.ts';
import { verifyPassword } from '../../lib/password.ts';
import { ConflictError, UnauthorizedError, ValidationError } from '../../lib/errors.ts';
import { createAppAuthService } from './app-service.ts';
import type { UserRow } from './repository.ts';
import { createSessionCookies } from './session-cookie.ts';
import { defined } from '../../lib/invariant.ts';

/**
 * TOTP second factor (RFC 6238 via otplib): enrolment (a secret, its otpauth URI and QR code,
 * confirmed with a code), the second step of a sign-in (password → a short-lived challenge
 * token → a code), ten single-use recovery codes (stored as SHA-256, shown once), and
 * disabling with a code. Admins must enrol when ADMIN_TOTP_REQUIRED: until they do, their
 * sessions carry the scope `totp_enrolment` and reach only the routes marked
 * `allowTotpEnrolment` (plugins/auth.ts).
 */

const ISSUER = 'zhiping 智评';
const CHALLENGE_TTL_SECONDS = 300;
const RECOVERY_CODES = 10;
/** No 0/1/i/l/o: a code is read off paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** One 30-second step either side: clocks of phones drift. */
const EPOCH_TOLERANCE_SECONDS = 30;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const normalizeRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/-/g, '');

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const c = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    );
    return `${c.slice(0, 5).join('')}-${c.slice(5).join('')}`;
  });
}

// ---- Challenge tokens: stateless, HMAC-signed, bound to the password they followed ----

interface ChallengeClaims {
  sub: string;
  exp: number;
  /** passwordChangedAt (ms): a password change or reset voids outstanding challenges. */
  pc: number;
}

const challengeMac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`zhiping-totp-challenge.${payload}`).digest();

export function signChallenge(secret: string, user: UserRow): LoginChallenge {
  const claims: ChallengeClaims = {
    sub: user.id,
    exp: Math.floor(Date.now() / 1000) + CHALLENGE_TTL_SECONDS,
    pc: user.passwordChangedAt.getTime(),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return {
    secondFactor: 'totp',
    challengeToken: `${payload}.${challengeMac(secret, payload).toString('base64url')}`,
    expiresIn: CHALLENGE_TTL_SECONDS,
  };
}

export function openChallenge(secret: string, token: string): ChallengeClaims | null {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined) return null;
  const expected = challengeMac(secret, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const c = JSON.parse(Buffer.from(payload, 'base64url').toString()) as ChallengeClaims;
    if (typeof c.sub !== 'string' || typeof c.exp !== 'number' || typeof c.pc !== 'number') {
      return null;
    }
    return c.exp > Date.now() / 1000 ? c : null;
  } catch {
    return null;
  }
}

// ---- The policy the auth service applies at sign-in and to every session ----

export const totpRequiredFor = (config: AppConfig, user: Pick<UserRow, 'role'>) =>
  config.adminTotpRequired && user.role === 'admin';

export function totpPolicy(config: AppConfig) {
  return {
    secondFactor: (user: UserRow) =>
      Promise.resolve(
        user.totpEnabledAt && user.totpSecret ? signChallenge(config.jwtSecret, user) : null,
      ),
    sessionScope: (user: UserRow) =>
      totpRequiredFor(config, user) && !user.totpEnabledAt
        ? ('totp_enrolment' as const)
        : undefined,
  };
}

// ---- Codes ----

/** Accepts a code of `secret` once: its time step must be later than the last one accepted. */
async function acceptTotp(tx: Tx, user: UserRow, secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(user.totpLastStep !== null ? { afterTimeStep: user.totpLastStep } : {}),
  });
  if (!result.valid || !('timeStep' in result)) return false;
  // Conditional on the stored step: two requests racing with one code cannot both pass.
  const updated = await tx
    .update(users)
    .set({ totpLastStep: result.timeStep })
    .where(
      and(
        eq(users.id, user.id),
        or(isNull(users.totpLastStep), lt(users.totpLastStep, result.timeStep)),
      ),
    )
    .returning({ id: users.id });
  return updated.length === 1;
}

async function acceptRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const used = await tx
    .update(totpRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(totpRecoveryCodes.userId, userId),
        eq(totpRecoveryCodes.codeHash, sha256(normalizeRecoveryCode(code))),
        isNull(totpRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: totpRecoveryCodes.id });
  return used.length === 1;
}

/** A TOTP code of the enrolled secret, or an unused recovery code. */
async function acceptSecondFactor(
  tx: Tx,
  user: UserRow,
  code: string,
): Promise<'totp' | 'recovery' | null> {
  if (!user.totpSecret) return null;
  if (/^\d{6}$/.test(code.trim())) {
    return (await acceptTotp(tx, user, user.totpSecret, code.trim())) ? 'totp' : null;
  }
  return (await acceptRecoveryCode(tx, user.id, code)) ? 'recovery' : null;
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
  await tx
    .insert(totpRecoveryCodes)
    .values(codes.map((c) => ({ userId, codeHash: sha256(normalizeRecoveryCode(c)) })));
  return codes;
}

const invalidCode = () =>
  new ValidationError([{ field: 'body.code', message: 'the code is not valid (or was used)' }]);

// ---- Routes ----

export const totpRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (app, { config }) => {
  const db = app.database.db;
  const service = createAppAuthService(app, config);
  const cookies = createSessionCookies(app, config);
  const perIp = app.rateLimit({
    max: config.authIpRateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req) => `ip:${req.ip}`,
  });
  const perAccount = createAttemptLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.loginRateLimitPerMinute,
    60_000,
  );
  // Wrong codes at sign-in, per account over 15 minutes (reset by a right one): with about
  // three valid TOTP codes at any moment, the per-minute limit alone would let a holder of the
  // password guess ~14,000 times a day.
  const secondFactorFailures = createFailureLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.totpLoginFailuresPer15Minutes,
    15 * 60_000,
  );
  const enrolment = { allowTotpEnrolment: true };

  async function userOf(id: string, tx: Tx = db): Promise<UserRow> {
    const [u] = await tx.select().from(users).where(eq(users.id, id));
    if (!u || u.disabledAt) throw new UnauthorizedError();
    return u;
  }

  app.get(
    '/auth/totp',
    {
      onRequest: app.authenticate,
      config: enrolment,
      schema: {
        tags: ['auth'],
        summary: 'Whether the second factor (TOTP) is on, and how many recovery codes are left',
        security: [{ bearer: [] }],
        response: { 200: totpStatusSchema },
      },
    },
    async (req) => {
      const u = await userOf(req.user.sub);
      const [left] = await db
        .select({ n: count() })
        .from(totpRecoveryCodes)
        .where(and(eq(totpRecoveryCodes.userId, u.id), isNull(totpRecoveryCodes.usedAt)));
      return {
        enabled: u.totpEnabledAt !== null,
        enabledAt: u.totpEnabledAt?.toISOString() ?? null,
        recoveryCodesLeft: u.totpEnabledAt ? (left?.n ?? 0) : 0,
        required: totpRequiredFor(config, u),
      };
    },
  );

  app.post(
    '/auth/totp/enrolment',
    {
      onRequest: app.authenticate,
      config: enrolment,
      schema: {
        tags: ['auth'],
        summary: 'Start a TOTP enrolment: a new secret, its otpauth URI and QR code',
        security: [{ bearer: [] }],
        response: { 200: totpEnrolmentSchema },
      },
    },
    async (req) => {
      const u = await userOf(req.user.sub);
      if (u.totpEnabledAt) {
        throw new ConflictError('totp_enabled', 'Two-factor authentication is already on');
      }
      const secret = generateSecret();
      await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, u.id));
      const otpauthUri = generateURI({ issuer: ISSUER, label: u.email, secret });
      const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 });
      return {
        secret,
        otpauthUri,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      };
    },
  );

  app.post(
    '/auth/totp/enrolment/confirm',
    {
      onRequest: app.authenticate,
      config: enrolment,
      preHandler: [perIp, async (req) => perAccount(`totp:${req.user.sub}`)],
      schema: {
        tags: ['auth'],
        summary:
          'Confirm the enrolment with a code and the current password: TOTP is on, recovery codes are issued (shown once), every other session ends',
        security: [{ bearer: [] }],
        body: totpEnrolmentConfirmBodySchema,
        response: { 200: totpConfirmedSchema },
      },
    },
    async (req, reply) => {
      const outcome = await db.transaction(async (tx) => {
        const [u] = await tx.select().from(users).where(eq(users.id, req.user.sub)).for('update');
        if (!u || u.disabledAt) throw new UnauthorizedError();
        if (u.totpEnabledAt) {
          throw new ConflictError('totp_enabled', 'Two-factor authentication is already on');
        }
        if (!u.totpPendingSecret) {
          throw new ConflictError('no_enrolment', 'Start an enrolment first');
        }
        if (!(await verifyPassword(u.passwordHash, req.body.currentPassword))) {
          throw new ValidationError([
            { field: 'body.currentPassword', message: 'is not the current password' },
          ]);
        }
        if (!(await acceptTotp(tx, u, u.totpPendingSecret, req.body.code))) return null;
        const [enabled] = await tx
          .update(users)
          .set({
            totpSecret: u.totpPendingSecret,
            totpPendingSecret: null,
            totpEnabledAt: new Date(),
          })
          .where(eq(users.id, u.id))
          .returning();
        const recoveryCodes = await replaceRecoveryCodes(tx, u.id);
        // Sessions opened with the password alone end: from now on a sign-in takes the code.
        await tx
          .update(refreshTokens)
          .set({ revokedAt: new Date() })
          .where(and(eq(refreshTokens.userId, u.id), isNull(refreshTokens.revokedAt)));
        await audit(tx, actorOf(req), {
          action: 'auth.totp_enabled',
          entityType: 'user',
          entityId: u.id,
          organizationId: u.organizationId,
        });
        return { user: defined(enabled, 'the user just updated'), recoveryCodes };
      });
      if (!outcome) throw invalidCode();
      app.sessionState.forget(outcome.user.id);
      const issued = await service.issueSession(outcome.user);
      await cookies.setCookie(reply, issued);
      return { recoveryCodes: outcome.recoveryCodes, session: issued.session };
    },
  );

  app.post(
    '/auth/totp/recovery-codes',
    {
      onRequest: app.authenticate,
      preHandler: [perIp, async (req) => perAccount(`totp:${req.user.sub}`)],
      schema: {
        tags: ['auth'],
        summary: 'Replace the recovery codes (a TOTP code is needed); the old ones stop working',
        security: [{ bearer: [] }],
        body: totpConfirmBodySchema,
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const codes = await db.transaction(async (tx) => {
        const u = await userOf(req.user.sub, tx);
        if (!u.totpEnabledAt || !u.totpSecret) {
          throw new ConflictError('totp_not_enabled', 'Two-factor authentication is off');
        }
        if (!(await acceptTotp(tx, u, u.totpSecret, req.body.code))) return null;
        const recoveryCodes = await replaceRecoveryCodes(tx, u.id);
        await audit(tx, actorOf(req), {
          action: 'auth.totp_recovery_codes_replaced',
          entityType: 'user',
          entityId: u.id,
          organizationId: u.organizationId,
        });
        return recoveryCodes;
      });
      if (!codes) throw invalidCode();
      return { recoveryCodes: codes };
    },
  );

  app.post(
    '/auth/totp/disable',
    {
      onRequest: app.authenticate,
      preHandler: [perIp, async (req) => perAccount(`totp:${req.user.sub}`)],
      schema: {
        tags: ['auth'],
        summary: 'Turn the second factor off (a TOTP or recovery code is needed)',
        security: [{ bearer: [] }],
        body: totpDisableBodySchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      const ok = await db.transaction(async (tx) => {
        const u = await userOf(req.user.sub, tx);
        if (!u.totpEnabledAt) {
          throw new ConflictError('totp_not_enabled', 'Two-factor authentication is off');
        }
        if (totpRequiredFor(config, u)) {
          throw new ConflictError(
            'totp_required',
            'Admins must use two-factor authentication; it cannot be turned off',
          );
        }
        if (!(await acceptSecondFactor(tx, u, req.body.code))) return false;
        await tx
          .update(users)
          .set({
            totpSecret: null,
            totpPendingSecret: null,
            totpEnabledAt: null,
            totpLastStep: null,
          })
          .where(eq(users.id, u.id));
        await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, u.id));
        await audit(tx, actorOf(req), {
          action: 'auth.totp_disabled',
          entityType: 'user',
          entityId: u.id,
          organizationId: u.organizationId,
        });
        return true;
      });
      if (!ok) throw invalidCode();
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/login/totp',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary:
          'Second step of a sign-in: the challenge token from /auth/login and a TOTP or recovery code',
        body: loginTotpBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (req, reply) => {
      const claims = openChallenge(config.jwtSecret, req.body.challengeToken);
      const expired = () =>
        new UnauthorizedError(
          'The sign-in has expired; enter your password again',
          'challenge_invalid',
        );
      if (!claims) throw expired();
      await perAccount(`totp:${claims.sub}`);
      const failureKey = `totp-login-failures:${claims.sub}`;
      await secondFactorFailures.attempt(failureKey);
      const outcome = await db.transaction(async (tx) => {
        const [u] = await tx.select().from(users).where(eq(users.id, claims.sub)).for('update');
        if (!u || u.disabledAt || !u.totpEnabledAt || u.passwordChangedAt.getTime() !== claims.pc) {
          return { kind: 'expired' as const };
        }
        if (u.organizationId) {
          const [org] = await tx
            .select({ disabledAt: organizations.disabledAt })
            .from(organizations)
            .where(eq(organizations.id, u.organizationId));
          if (!org || org.disabledAt) return { kind: 'expired' as const };
        }
        const method = await acceptSecondFactor(tx, u, req.body.code);
        if (!method) return { kind: 'wrong' as const, user: u };
        await audit(tx, actorOf(req), {
          action: 'auth.login',
          entityType: 'user',
          entityId: u.id,
          organizationId: u.organizationId,
          actorId: u.id,
          actorRole: u.role,
          after: { secondFactor: method },
        });
        return { kind: 'ok' as const, user: u };
      });
      if (outcome.kind === 'expired') throw expired();
      if (outcome.kind === 'wrong') {
        // Audited as a failed sign-in, outside the transaction that found the code wrong.
        await audit(db, actorOf(req), {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: outcome.user.id,
          organizationId: outcome.user.organizationId,
          actorId: outcome.user.id,
          actorRole: outcome.user.role,
          after: { email: outcome.user.email, reason: 'second_factor' },
        });
        throw new UnauthorizedError('The code is not valid (or was used)', 'invalid_code');
      }
      await secondFactorFailures.succeeded(failureKey);
      return cookies.send(reply, await service.issueSession(outcome.user));
    },
  );
};
