import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role, Session } from '@zhiping/shared';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import { ConflictError, NotFoundError, UnauthorizedError } from '../../lib/errors.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/password.ts';
import type { AccessClaims } from '../../plugins/auth.ts';
import { createAuthRepository, type UserRow } from './repository.ts';
import { organizationView, userView } from './views.ts';

const INVITATION_TTL_DAYS = 7;

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Unique-violation from either driver (pg or PGlite both report SQLSTATE 23505). */
const isUniqueViolation = (err: unknown) =>
  (err as { code?: string; cause?: { code?: string } }).code === '23505' ||
  (err as { cause?: { code?: string } }).cause?.code === '23505';

export interface IssuedSession {
  session: Session;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export function createAuthService(deps: {
  db: Db;
  config: AppConfig;
  signAccessToken: (claims: AccessClaims) => string;
  /** Drops this instance's cached session state of a user (their sessions just ended). */
  forgetSessions?: (userId: string) => void;
}) {
  const { db, config } = deps;
  const repo = createAuthRepository(db);

  async function issueSession(
    user: UserRow,
    familyId: string = randomUUID(),
    tx: Tx = db,
  ): Promise<IssuedSession> {
    const refreshToken = newToken();
    const refreshExpiresAt = new Date(Date.now() + config.refreshTokenTtlDays * 86_400_000);
    await repo.insertRefreshToken(
      {
        userId: user.id,
        familyId,
        tokenHash: hashToken(refreshToken),
        expiresAt: refreshExpiresAt,
      },
      tx,
    );
    const org = user.organizationId
      ? await repo.findOrganization(user.organizationId, tx)
      : undefined;
    const accessToken = deps.signAccessToken({
      sub: user.id,
      role: user.role as Role,
      org: user.organizationId,
      sid: familyId,
    });
    return {
      session: {
        accessToken,
        expiresIn: config.accessTokenTtlSeconds,
        user: userView(user),
        organization: org ? organizationView(org) : null,
      },
      refreshToken,
      refreshExpiresAt,
    };
  }

  return {
    async register(
      req: FastifyRequest,
      input: {
        organization: {
          name: string;
          creditCode: string;
          industry: string;
          productionType: string;
          size: string;
          region: string;
        };
        user: { email: string; password: string; displayName: string };
      },
    ): Promise<IssuedSession> {
      const passwordHash = await hashPassword(input.user.password);
      let user: UserRow;
      try {
        user = await db.transaction(async (tx) => {
          if (await repo.findOrganizationByCreditCode(input.organization.creditCode, tx)) {
            throw new ConflictError(
              'organization_exists',
              'An enterprise with this unified social credit code is already registered; ask its users for an invitation',
            );
          }
          if (await repo.findUserByEmail(input.user.email, tx)) {
            throw new ConflictError('email_taken', 'This email cannot be used to register');
          }
          const org = await repo.insertOrganization(input.organization, tx);
          const u = await repo.insertUser(
            {
              email: input.user.email,
              passwordHash,
              displayName: input.user.displayName,
              role: 'respondent',
              organizationId: org.id,
            },
            tx,
          );
          await audit(tx, req, {
            action: 'organization.registered',
            entityType: 'organization',
            entityId: org.id,
            organizationId: org.id,
            actorId: u.id,
            actorRole: 'respondent',
            after: { ...input.organization, firstUser: u.email },
          });
          return u;
        });
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw new ConflictError(
            'registration_conflict',
            'This enterprise or email was just registered',
          );
        }
        throw err;
      }
      return issueSession(user);
    },

    async login(req: FastifyRequest, email: string, password: string): Promise<IssuedSession> {
      const user = await repo.findUserByEmail(email);
      // Verify against a real hash even for unknown emails: equal timing, no enumeration.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok || user.disabledAt) {
        await audit(db, req, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          organizationId: user?.organizationId ?? null,
          actorId: user?.id ?? null,
          actorRole: user?.role ?? null,
          after: { email, reason: !user ? 'unknown' : user.disabledAt ? 'disabled' : 'password' },
        });
        throw new UnauthorizedError('Email or password is incorrect', 'invalid_credentials');
      }
      if (user.organizationId) {
        const org = await repo.findOrganization(user.organizationId);
        if (org?.disabledAt) {
          throw new UnauthorizedError('Email or password is incorrect', 'invalid_credentials');
        }
      }
      await audit(db, req, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        organizationId: user.organizationId,
        actorId: user.id,
        actorRole: user.role,
      });
      return issueSession(user);
    },

    /** Rotates a refresh token. Presenting an already rotated token revokes its whole family. */
    async refresh(req: FastifyRequest, token: string): Promise<IssuedSession> {
      const outcome = await db.transaction(async (tx) => {
        const row = await repo.findRefreshTokenForUpdate(hashToken(token), tx);
        if (!row) return { kind: 'invalid' as const };
        if (row.revokedAt) return { kind: 'invalid' as const };
        if (row.rotatedAt) {
          await repo.revokeFamily(row.familyId, tx);
          await audit(tx, req, {
            action: 'auth.refresh_reuse_detected',
            entityType: 'user',
            entityId: row.userId,
            actorId: row.userId,
            actorRole: null,
            after: { familyId: row.familyId },
          });
          return { kind: 'reused' as const, userId: row.userId };
        }
        if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
        const user = await repo.findUserById(row.userId, tx);
        if (!user || user.disabledAt) return { kind: 'invalid' as const };
        // A disabled enterprise's sessions end too: no new access token for its users.
        if (user.organizationId) {
          const org = await repo.findOrganization(user.organizationId, tx);
          if (!org || org.disabledAt) return { kind: 'invalid' as const };
        }
        await repo.markRotated(row.id, tx);
        // The successor is stored in the same transaction: a concurrent reuse of the old
        // token waits for it and revokes it with the rest of the family.
        return { kind: 'ok' as const, issued: await issueSession(user, row.familyId, tx) };
      });
      if (outcome.kind === 'reused') {
        deps.forgetSessions?.(outcome.userId);
        throw new UnauthorizedError(
          'This session was ended because its refresh token was used twice; sign in again',
          'refresh_token_reused',
        );
      }
      if (outcome.kind === 'invalid') {
        throw new UnauthorizedError('The session has ended; sign in again', 'session_expired');
      }
      return outcome.issued;
    },

    async logout(token: string | undefined): Promise<void> {
      if (!token) return;
      const userId = await db.transaction(async (tx) => {
        const row = await repo.findRefreshTokenForUpdate(hashToken(token), tx);
        if (row) await repo.revokeFamily(row.familyId, tx);
        return row?.userId;
      });
      if (userId) deps.forgetSessions?.(userId);
    },

    async me(userId: string) {
      const user = await repo.findUserById(userId);
      if (!user || user.disabledAt) throw new UnauthorizedError();
      const org = user.organizationId
        ? await repo.findOrganization(user.organizationId)
        : undefined;
      return { user: userView(user), organization: org ? organizationView(org) : null };
    },

    async changePassword(req: FastifyRequest, userId: string, current: string, next: string) {
      const user = await repo.findUserById(userId);
      if (!user) throw new UnauthorizedError();
      if (!(await verifyPassword(user.passwordHash, current))) {
        throw new UnauthorizedError('The current password is incorrect', 'invalid_credentials');
      }
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await repo.updatePassword(userId, passwordHash, tx);
        // Every other session ends: a stolen refresh token dies with the old password.
        await repo.revokeAllForUser(userId, tx);
        await audit(tx, req, {
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: userId,
          organizationId: user.organizationId,
        });
      });
      deps.forgetSessions?.(userId);
      return issueSession(user);
    },

    async invite(req: FastifyRequest, inviterId: string, organizationId: string, email: string) {
      const token = newToken();
      const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
      const inv = await db.transaction(async (tx) => {
        const i = await repo.insertInvitation(
          { organizationId, email, tokenHash: hashToken(token), expiresAt, createdBy: inviterId },
          tx,
        );
        await audit(tx, req, {
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: i.id,
          organizationId,
          after: { email },
        });
        return i;
      });
      return { id: inv.id, email, token, expiresAt: expiresAt.toISOString() };
    },

    async acceptInvitation(
      req: FastifyRequest,
      input: { token: string; password: string; displayName: string },
    ): Promise<IssuedSession> {
      const passwordHash = await hashPassword(input.password);
      const user = await db.transaction(async (tx) => {
        const inv = await repo.findInvitationForUpdate(hashToken(input.token), tx);
        if (!inv || inv.acceptedAt || inv.expiresAt.getTime() <= Date.now()) {
          throw new NotFoundError('Invitation');
        }
        // An invitation of a disabled enterprise is dead: it starts no session.
        const org = await repo.findOrganization(inv.organizationId, tx);
        if (!org || org.disabledAt) throw new NotFoundError('Invitation');
        if (await repo.findUserByEmail(inv.email, tx)) {
          throw new ConflictError('email_taken', 'An account with this email already exists');
        }
        const u = await repo.insertUser(
          {
            email: inv.email,
            passwordHash,
            displayName: input.displayName,
            role: 'respondent',
            organizationId: inv.organizationId,
          },
          tx,
        );
        await repo.markInvitationAccepted(inv.id, tx);
        await audit(tx, req, {
          action: 'invitation.accepted',
          entityType: 'user',
          entityId: u.id,
          organizationId: inv.organizationId,
          actorId: u.id,
          actorRole: 'respondent',
        });
        return u;
      });
      return issueSession(user);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
