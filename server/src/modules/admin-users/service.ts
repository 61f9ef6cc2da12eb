import type {
  AdminOrganizationView,
  AdminUserView,
  CreateStaffBody,
  PatchUserBody,
  Role,
} from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { Db } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { hashPassword } from '../../lib/password.ts';
import { isUniqueViolation } from '../../db/sql-state.ts';
import { organizationView, userView } from '../auth/index.ts';
import {
  createAdminUserRepository,
  type OrganizationFilters,
  type OrganizationRow,
  type UserFilters,
  type UserRow,
} from './repository.ts';

type Page = { page: number; limit: number };

const adminUserView = (u: UserRow, organizationName: string | null): AdminUserView => ({
  ...userView(u),
  organizationName,
  createdAt: u.createdAt.toISOString(),
});

const adminOrganizationView = (
  o: OrganizationRow,
  counts: { userCount: number; assessmentCount: number },
): AdminOrganizationView => ({
  ...organizationView(o),
  createdAt: o.createdAt.toISOString(),
  ...counts,
});

/** What the audit log keeps of an account's standing. */
const standing = (u: UserRow) => ({
  role: u.role,
  organizationId: u.organizationId,
  disabled: u.disabledAt !== null,
});

const emailTaken = () => new ConflictError('email_taken', 'An account with this email exists');

export function createAdminUserService(deps: {
  db: Db;
  /** This instance's session-state cache: sessions ended here stop at once, not after its TTL. */
  /** The session-state cache (plugins/session-state.ts): forgets an account's cached state. */
  sessionState: { forget(userId: string): void };
}) {
  const { db, sessionState } = deps;
  const repo = createAdminUserRepository(db);

  return {
    async listOrganizations(q: OrganizationFilters & Page) {
      const { rows, total } = await repo.listOrganizations(q, q.page, q.limit);
      const items = rows.map((r) => adminOrganizationView(r.org, r));
      return { items, page: q.page, limit: q.limit, total };
    },

    /** Disabling an enterprise ends its users' sessions; they cannot sign in until enabled. */
    async patchOrganization(actor: Actor, id: string, body: { disabled: boolean }) {
      let ended: string[] = [];
      const org = await db.transaction(async (tx) => {
        const current = await repo.findOrganizationForUpdate(id, tx);
        if (!current) throw new NotFoundError('Organization');
        const wasDisabled = current.disabledAt !== null;
        if (wasDisabled === body.disabled) return current;
        const updated = await repo.setOrganizationDisabledAt(
          id,
          body.disabled ? new Date() : null,
          tx,
        );
        if (body.disabled) {
          ended = await repo.userIdsOf(id, tx);
          await repo.revokeRefreshTokens(ended, tx);
        }
        await audit(tx, actor, {
          action: body.disabled ? 'organization.disabled' : 'organization.enabled',
          entityType: 'organization',
          entityId: id,
          organizationId: id,
          before: { disabled: wasDisabled },
          after: { disabled: body.disabled },
        });
        return updated;
      });
      // After the commit: a request racing it may otherwise cache the session as live again.
      for (const userId of ended) sessionState.forget(userId);
      return adminOrganizationView(org, await repo.organizationCounts(id));
    },

    async listUsers(q: UserFilters & Page) {
      const { rows, total } = await repo.listUsers(q, q.page, q.limit);
      const items = rows.map((r) => adminUserView(r.user, r.organizationName));
      return { items, page: q.page, limit: q.limit, total };
    },

    /**
     * Role, enterprise and standing of an account. A respondent belongs to one enterprise;
     * assessors and admins to none. An admin cannot demote or disable themself, so the
     * platform always keeps the admin who is acting.
     */
    async patchUser(actor: Actor, id: string, body: PatchUserBody) {
      let ended = false;
      const result = await db.transaction(async (tx) => {
        const current = await repo.findUserForUpdate(id, tx);
        if (!current) throw new NotFoundError('User');
        if (
          id === actor.userId &&
          ((body.role !== undefined && body.role !== 'admin') || body.disabled === true)
        ) {
          throw new ConflictError(
            'self_modification',
            'An admin cannot demote or disable their own account; ask another admin',
          );
        }
        const role: Role = body.role ?? (current.role as Role);
        let organizationId: string | null = null;
        if (role === 'respondent') {
          organizationId =
            body.organizationId ?? (current.role === 'respondent' ? current.organizationId : null);
          if (!organizationId) {
            throw new ValidationError([
              {
                field: 'body.organizationId',
                message: 'a respondent belongs to an enterprise: give its organizationId',
              },
            ]);
          }
          if (!(await repo.findOrganization(organizationId, tx))) {
            throw new ValidationError([
              { field: 'body.organizationId', message: 'no such enterprise' },
            ]);
          }
        } else if (body.organizationId !== undefined) {
          throw new ValidationError([
            {
              field: 'body.organizationId',
              message: 'assessors and admins belong to no enterprise',
            },
          ]);
        }
        const disabledAt =
          body.disabled === undefined
            ? current.disabledAt
            : body.disabled
              ? (current.disabledAt ?? new Date())
              : null;
        const updated = await repo.updateUser(id, { role, organizationId, disabledAt }, tx);
        const before = standing(current);
        const after = standing(updated);
        const changed = JSON.stringify(before) !== JSON.stringify(after);
        // A session carries role and enterprise: any change to them, or disabling, ends it.
        if (
          changed &&
          (after.disabled ||
            before.role !== after.role ||
            before.organizationId !== after.organizationId)
        ) {
          await repo.revokeRefreshTokens([id], tx);
          ended = true;
        }
        if (changed) {
          await audit(tx, actor, {
            action: 'user.updated',
            entityType: 'user',
            entityId: id,
            organizationId: updated.organizationId ?? current.organizationId,
            before,
            after,
          });
        }
        return updated;
      });
      if (ended) sessionState.forget(id);
      const org = result.organizationId ? await repo.findOrganization(result.organizationId) : null;
      return adminUserView(result, org?.name ?? null);
    },

    /** Staff accounts (assessors, admins) are created by admins; enterprises register. */
    async createStaff(actor: Actor, body: CreateStaffBody) {
      const passwordHash = await hashPassword(body.password);
      try {
        const user = await db.transaction(async (tx) => {
          if (await repo.emailTaken(body.email, tx)) throw emailTaken();
          const u = await repo.insertUser(
            {
              email: body.email,
              displayName: body.displayName,
              role: body.role,
              passwordHash,
              organizationId: null,
            },
            tx,
          );
          await audit(tx, actor, {
            action: 'user.created',
            entityType: 'user',
            entityId: u.id,
            after: { email: u.email, displayName: u.displayName, role: u.role },
          });
          return u;
        });
        return adminUserView(user, null);
      } catch (err) {
        if (isUniqueViolation(err)) throw emailTaken();
        throw err;
      }
    },
  };
}
export type AdminUserService = ReturnType<typeof createAdminUserService>;
