import { idParamsSchema, sessionListSchema } from '@zhiping/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refreshTokens } from '../../db/schema.ts';
import { actorOf } from '../../lib/actor.ts';
import { audit } from '../../lib/audit.ts';
import { NotFoundError } from '../../lib/errors.ts';

/**
 * The signed-in user's sessions: one per refresh-token family (a sign-in), live while its
 * newest token is neither rotated nor revoked nor expired. Created is the sign-in, last used
 * the latest refresh; IP and user agent are those of the latest token. Revoking one ends it
 * on every instance within the session-check bound (at once on this one); "sign out
 * everywhere" ends all of them, this one included.
 */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/auth/sessions',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The sessions of the signed-in user (sign-ins not ended)',
        security: [{ bearer: [] }],
        response: { 200: sessionListSchema },
      },
    },
    async (req) => {
      const rt = refreshTokens;
      const rows = await db
        .select({
          id: rt.familyId,
          createdAt: sql<string>`min(${rt.createdAt})`,
          lastUsedAt: sql<string>`max(${rt.createdAt})`,
          expiresAt: sql<string>`max(${rt.expiresAt})`,
          ip: sql<string | null>`(array_agg(${rt.ip} order by ${rt.createdAt} desc))[1]`,
          userAgent: sql<
            string | null
          >`(array_agg(${rt.userAgent} order by ${rt.createdAt} desc))[1]`,
        })
        .from(rt)
        .where(eq(rt.userId, req.user.sub))
        .groupBy(rt.familyId)
        .having(
          sql`bool_or(${rt.revokedAt} is null and ${rt.rotatedAt} is null and ${rt.expiresAt} > now())
            and bool_and(${rt.revokedAt} is null)`,
        )
        .orderBy(sql`max(${rt.createdAt}) desc`);
      const iso = (v: string | Date) => new Date(v).toISOString();
      return {
        items: rows.map((r) => ({
          id: r.id,
          createdAt: iso(r.createdAt),
          lastUsedAt: iso(r.lastUsedAt),
          expiresAt: iso(r.expiresAt),
          ip: r.ip,
          userAgent: r.userAgent,
          current: r.id === req.user.sid,
        })),
      };
    },
  );

  app.delete(
    '/auth/sessions/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'End one session of the signed-in user',
        security: [{ bearer: [] }],
        params: idParamsSchema,
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      const ended = await db.transaction(async (tx) => {
        const rows = await tx
          .update(refreshTokens)
          .set({ revokedAt: new Date() })
          .where(
            and(
              eq(refreshTokens.userId, req.user.sub),
              eq(refreshTokens.familyId, req.params.id),
              isNull(refreshTokens.revokedAt),
            ),
          )
          .returning({ id: refreshTokens.id });
        if (rows.length) {
          await audit(tx, actorOf(req), {
            action: 'auth.session_revoked',
            entityType: 'user',
            entityId: req.user.sub,
            organizationId: req.user.org,
            after: { sessionId: req.params.id },
          });
        }
        return rows.length > 0;
      });
      // Another user's session and an ended one look the same: not found.
      if (!ended) throw new NotFoundError('Session');
      app.sessionState.forget(req.user.sub);
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/sessions/revoke-all',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Sign out everywhere: end every session of the signed-in user, this one included',
        security: [{ bearer: [] }],
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      await db.transaction(async (tx) => {
        await tx
          .update(refreshTokens)
          .set({ revokedAt: new Date() })
          .where(and(eq(refreshTokens.userId, req.user.sub), isNull(refreshTokens.revokedAt)));
        await audit(tx, actorOf(req), {
          action: 'auth.sessions_revoked',
          entityType: 'user',
          entityId: req.user.sub,
          organizationId: req.user.org,
        });
      });
      app.sessionState.forget(req.user.sub);
      return reply.status(204).send();
    },
  );
};
