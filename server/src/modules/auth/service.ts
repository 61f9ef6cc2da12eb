import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { LoginChallenge, Role, Session } from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { AppConfig } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import {
  ConflictError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
} from '../../lib/errors.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/password.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { openSuccessor, sealSuccessor } from './refresh-seal.ts';
import { createAuthRepository, type RefreshTokenRow, type UserRow } from './repository.ts';
import { organizationView, userView } from './views.ts';

const INVITATION_TTL_DAYS = 7;
/** How long a registration's confirmation link works. */
export const REGISTRATION_TTL_HOURS = 24;

type RegistrationOrganization = {
  name: string;
  creditCode: string;
  industry: string;
  productionType: string;
  size: string;
  region: string;
};

/** What the registration route mails: the confirmation link, or the account-exists notice. */
export type RegistrationOutcome =
  | { kind: 'confirm'; token: string; hours: number; organizationName: string; locale: string }
  | { kind: 'account_exists'; locale: string };

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
  /** A second step a sign-in needs after the password (TOTP, modules/auth/totp.ts). */
  secondFactor?: (user: UserRow) => Promise<LoginChallenge | null>;
  /** A restriction of the sessions issued to this user (an admin who must enrol TOTP). */
  sessionScope?: (user: UserRow) => 'totp_enrolment' | undefined;
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
    return sessionWith(user, familyId, refreshToken, refreshExpiresAt, tx);
  }

  /** A new access token for a refresh token that already exists (the grace window). */
  async function sessionWith(
    user: UserRow,
    familyId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
    tx: Tx = db,
  ): Promise<IssuedSession> {
    const org = user.organizationId
      ? await repo.findOrganization(user.organizationId, tx)
      : undefined;
    const scope = deps.sessionScope?.(user);
    const accessToken = deps.signAccessToken({
      sub: user.id,
      role: user.role as Role,
      org: user.organizationId,
      sid: familyId,
      ...(scope ? { scope } : {}),
    });
    return {
      session: {
        accessToken,
        expiresIn: config.accessTokenTtlSeconds,
        user: userView(user),
        organization: org ? organizationView(org) : null,
        ...(scope ? { restriction: scope } : {}),
      },
      refreshToken,
      refreshExpiresAt,
    };
  }

  /** The user of a session that may go on: enabled, in an enabled enterprise (if any). */
  async function activeUser(userId: string, tx: Tx) {
    const user = await repo.findUserById(userId, tx);
    if (!user || user.disabledAt) return null;
    // A disabled enterprise's sessions end too: no new access token for its users.
    if (user.organizationId) {
      const org = await repo.findOrganization(user.organizationId, tx);
      if (!org || org.disabledAt) return null;
    }
    return user;
  }

  /**
   * The live successor of a token rotated less than REFRESH_GRACE_SECONDS ago (following the
   * chain if the first tab refreshed again meanwhile), or null: then it is a reuse.
   */
  async function graceSuccessor(token: string, row: RefreshTokenRow, tx: Tx) {
    const graceMs = config.refreshGraceSeconds * 1000;
    let current = { token, row };
    for (let hop = 0; hop < 8; hop++) {
      const { rotatedAt, successorSealed } = current.row;
      if (!rotatedAt) return current.row.expiresAt.getTime() > Date.now() ? current : null;
      if (!successorSealed || Date.now() - rotatedAt.getTime() > graceMs) return null;
      const next = openSuccessor(current.token, successorSealed);
      if (!next) return null;
      const nextRow = await repo.findRefreshTokenForUpdate(hashToken(next), tx);
      if (!nextRow || nextRow.revokedAt || nextRow.familyId !== row.familyId) return null;
      current = { token: next, row: nextRow };
    }
    return null;
  }

  return {
    issueSession,

    /**
     * A registration request. The same outcome for every address (no email enumeration): a
     * new one gets a confirmation link, one with an account a notice; the caller mails it.
     * The password is hashed either way, so both take as long.
     */
    async requestRegistration(input: {
      organization: {
        name: string;
        creditCode: string;
        industry: string;
        productionType: string;
        size: string;
        region: string;
      };
      user: { email: string; password: string; displayName: string };
      privacyConsent: { version: string };
      locale?: 'zh-CN' | 'en' | undefined;
    }): Promise<RegistrationOutcome> {
      const passwordHash = await hashPassword(input.user.password);
      // A credit code is public (the business registry): saying it is taken reveals no email.
      if (await repo.findOrganizationByCreditCode(input.organization.creditCode)) {
        throw new ConflictError(
          'organization_exists',
          'An enterprise with this unified social credit code is already registered; ask its users for an invitation',
        );
      }
      // Requests nobody confirmed are kept a week past their expiry, then go.
      await repo.deleteStaleRegistrationRequests(new Date(Date.now() - 7 * 86_400_000));
      const existing = await repo.findUserByEmail(input.user.email);
      if (existing) return { kind: 'account_exists', locale: existing.locale };
      const token = newToken();
      const expiresAt = new Date(Date.now() + REGISTRATION_TTL_HOURS * 3_600_000);
      await repo.insertRegistrationRequest({
        email: input.user.email,
        tokenHash: hashToken(token),
        organization: input.organization,
        displayName: input.user.displayName,
        passwordHash,
        locale: input.locale ?? 'zh-CN',
        privacyConsentVersion: input.privacyConsent.version,
        privacyConsentAt: new Date(),
        expiresAt,
      });
      return {
        kind: 'confirm',
        token,
        hours: REGISTRATION_TTL_HOURS,
        organizationName: input.organization.name,
        locale: input.locale ?? 'zh-CN',
      };
    },

    /**
     * The confirmation link: creates the enterprise and its first user, and signs in. The
     * password chosen when registering is asked again: a mailbox owner who did not register
     * (someone else typed their address) cannot be signed in to an account whose password
     * that someone knows. A wrong password leaves the link usable.
     */
    async confirmRegistration(
      actor: Actor,
      token: string,
      password: string,
    ): Promise<IssuedSession> {
      let user: UserRow;
      try {
        user = await db.transaction(async (tx) => {
          const pending = await repo.findRegistrationRequestForUpdate(hashToken(token), tx);
          if (!pending || pending.confirmedAt || pending.expiresAt.getTime() <= Date.now()) {
            throw new NotFoundError('Registration');
          }
          if (!(await verifyPassword(pending.passwordHash, password))) {
            throw new ValidationError([
              {
                field: 'body.password',
                message: 'is not the password chosen when registering',
              },
            ]);
          }
          const organization = pending.organization as RegistrationOrganization;
          // Only the mailbox's owner gets here: naming a conflict now reveals nothing.
          if (await repo.findOrganizationByCreditCode(organization.creditCode, tx)) {
            throw new ConflictError(
              'organization_exists',
              'An enterprise with this unified social credit code is already registered; ask its users for an invitation',
            );
          }
          if (await repo.findUserByEmail(pending.email, tx)) {
            throw new ConflictError('email_taken', 'An account with this email already exists');
          }
          const org = await repo.insertOrganization(organization, tx);
          const u = await repo.insertUser(
            {
              email: pending.email,
              passwordHash: pending.passwordHash,
              displayName: pending.displayName,
              role: 'respondent',
              organizationId: org.id,
              locale: pending.locale,
              privacyConsentVersion: pending.privacyConsentVersion,
              privacyConsentAt: pending.privacyConsentAt,
            },
            tx,
          );
          await repo.markRegistrationConfirmed(pending.id, tx);
          await audit(tx, actor, {
            action: 'organization.registered',
            entityType: 'organization',
            entityId: org.id,
            organizationId: org.id,
            actorId: u.id,
            actorRole: 'respondent',
            after: { ...organization, firstUser: u.email },
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

    async login(
      actor: Actor,
      email: string,
      password: string,
    ): Promise<IssuedSession | LoginChallenge> {
      const user = await repo.findUserByEmail(email);
      // Verify against a real hash even for unknown emails: equal timing, no enumeration.
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
      if (!user || !ok || user.disabledAt) {
        await audit(db, actor, {
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
      // The password was right; an enrolled second factor is asked for before any session.
      const challenge = await deps.secondFactor?.(user);
      if (challenge) return challenge;
      await audit(db, actor, {
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
    async refresh(actor: Actor, token: string): Promise<IssuedSession> {
      const outcome = await db.transaction(async (tx) => {
        const row = await repo.findRefreshTokenForUpdate(hashToken(token), tx);
        if (!row) return { kind: 'invalid' as const };
        if (row.revokedAt) return { kind: 'invalid' as const };
        // A second tab refreshing with the same cookie a moment after the first: it gets the
        // successor the first one got (sealed under this token), not a revoked family.
        const successor = row.rotatedAt ? await graceSuccessor(token, row, tx) : null;
        if (successor) {
          const user = await activeUser(successor.row.userId, tx);
          if (!user) return { kind: 'invalid' as const };
          return {
            kind: 'ok' as const,
            issued: await sessionWith(
              user,
              successor.row.familyId,
              successor.token,
              successor.row.expiresAt,
              tx,
            ),
          };
        }
        if (row.rotatedAt) {
          await repo.revokeFamily(row.familyId, tx);
          await audit(tx, actor, {
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
        const user = await activeUser(row.userId, tx);
        if (!user) return { kind: 'invalid' as const };
        // The successor is stored in the same transaction: a concurrent refresh with the old
        // token waits for it, then gets it within the grace window or revokes the family.
        const issued = await issueSession(user, row.familyId, tx);
        await repo.markRotated(row.id, sealSuccessor(token, issued.refreshToken), tx);
        return { kind: 'ok' as const, issued };
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

    async changePassword(actor: Actor, userId: string, current: string, next: string) {
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
        await audit(tx, actor, {
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: userId,
          organizationId: user.organizationId,
        });
      });
      deps.forgetSessions?.(userId);
      return issueSession(user);
    },

    async invite(actor: Actor, inviterId: string, organizationId: string, email: string) {
      const token = newToken();
      const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
      const inv = await db.transaction(async (tx) => {
        const i = await repo.insertInvitation(
          { organizationId, email, tokenHash: hashToken(token), expiresAt, createdBy: inviterId },
          tx,
        );
        await audit(tx, actor, {
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: i.id,
          organizationId,
          after: { email },
        });
        return i;
      });
      // Whether the address has an account decides the mail, never the answer (#13).
      const existing = await repo.findUserByEmail(email);
      return {
        id: inv.id,
        email,
        token,
        expiresAt: expiresAt.toISOString(),
        existingAccount: existing ? { locale: existing.locale } : null,
      };
    },

    async acceptInvitation(
      actor: Actor,
      input: { token: string; password: string; displayName: string },
    ): Promise<IssuedSession> {
      const passwordHash = await hashPassword(input.password);
      const user = await db
        .transaction(async (tx) => {
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
          await audit(tx, actor, {
            action: 'invitation.accepted',
            entityType: 'user',
            entityId: u.id,
            organizationId: inv.organizationId,
            actorId: u.id,
            actorRole: 'respondent',
          });
          return u;
        })
        .catch((err: unknown) => {
          // The same address accepted another invitation, or confirmed a registration, at
          // the same moment: the unique email index decides, the loser is told.
          if (isUniqueViolation(err)) {
            throw new ConflictError('email_taken', 'An account with this email already exists');
          }
          throw err;
        });
      return issueSession(user);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
