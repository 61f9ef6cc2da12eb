import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  invitationBodySchema,
  invitationViewSchema,
  loginBodySchema,
  organizationViewSchema,
  registerBodySchema,
  sessionSchema,
  userViewSchema,
} from '@zhiping/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import {
  createAttemptLimiter,
  memoryAttemptStore,
  redisAttemptStore,
} from '../../lib/attempt-limiter.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { mailLocale, mailTemplates } from '../../lib/mail/templates.ts';
import { createAuthService, type IssuedSession } from './service.ts';

export const REFRESH_COOKIE = 'zp_refresh';
const COOKIE_PATH = '/api/v1/auth';

export const authRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (app, { config }) => {
  const service = createAuthService({
    db: app.database.db,
    config,
    signAccessToken: (claims) => app.jwt.sign(claims),
    forgetSessions: (userId) => app.sessionState.forget(userId),
  });

  const sendSession = (reply: FastifyReply, issued: IssuedSession, status = 200) =>
    reply
      .setCookie(REFRESH_COOKIE, issued.refreshToken, {
        httpOnly: true,
        secure: config.cookieSecure,
        sameSite: 'strict',
        path: COOKIE_PATH,
        expires: issued.refreshExpiresAt,
      })
      .header('cache-control', 'no-store')
      .status(status)
      .send(issued.session);

  const perIp = app.rateLimit({
    max: config.authIpRateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req) => `ip:${req.ip}`,
  });
  // Per account across all instances when Redis is configured; per instance otherwise.
  const perAccount = createAttemptLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.loginRateLimitPerMinute,
    60_000,
  );

  app.post(
    '/auth/register',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Register an enterprise with its first user; starts a session',
        body: registerBodySchema,
        response: { 201: sessionSchema },
      },
    },
    async (req, reply) => sendSession(reply, await service.register(req, req.body), 201),
  );

  app.post(
    '/auth/login',
    {
      preHandler: [perIp, async (req) => perAccount(`login:${req.body.email}`)],
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the rotating refresh-token cookie',
        body: loginBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (req, reply) =>
      sendSession(reply, await service.login(req, req.body.email, req.body.password)),
  );

  app.post(
    '/auth/refresh',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token (rotates the cookie)',
        response: { 200: sessionSchema },
      },
    },
    async (req, reply) => {
      const token = req.cookies[REFRESH_COOKIE] ?? '';
      return sendSession(reply, await service.refresh(req, token));
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End this session (revokes its refresh-token family)',
        response: { 204: z.undefined() },
      },
    },
    async (req, reply) => {
      await service.logout(req.cookies[REFRESH_COOKIE]);
      return reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH }).status(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and their enterprise',
        security: [{ bearer: [] }],
        response: {
          200: z.object({ user: userViewSchema, organization: organizationViewSchema.nullable() }),
        },
      },
    },
    async (req) => service.me(req.user.sub),
  );

  app.post(
    '/auth/password',
    {
      onRequest: app.authenticate,
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Change the password; ends every other session',
        security: [{ bearer: [] }],
        body: changePasswordBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (req, reply) =>
      sendSession(
        reply,
        await service.changePassword(
          req,
          req.user.sub,
          req.body.currentPassword,
          req.body.newPassword,
        ),
      ),
  );

  /** The invitee gets the link by mail; a failed send is logged, the invitation stands. */
  async function mailInvitation(
    req: FastifyRequest,
    inv: { email: string; token: string; expiresAt: string },
  ) {
    try {
      const { user, organization } = await service.me(req.user.sub);
      const mail = mailTemplates.invitation(mailLocale(user.locale), {
        organizationName: organization?.name ?? '',
        inviterName: user.displayName,
        url: `${config.publicBaseUrl}/invite?token=${encodeURIComponent(inv.token)}`,
        expiresAt: new Date(inv.expiresAt),
      });
      await app.mailer.send({ to: inv.email, ...mail });
    } catch (err) {
      req.log.error({ err }, 'invitation mail not sent');
    }
  }

  app.post(
    '/organization/invitations',
    {
      onRequest: app.requireRole('respondent'),
      schema: {
        tags: ['auth'],
        summary: 'Invite a colleague to the enterprise (returns a one-time token)',
        security: [{ bearer: [] }],
        body: invitationBodySchema,
        response: { 201: invitationViewSchema },
      },
    },
    async (req, reply) => {
      if (!req.user.org) throw new ForbiddenError('Only enterprise users can invite colleagues');
      const invitation = await service.invite(req, req.user.sub, req.user.org, req.body.email);
      await mailInvitation(req, invitation);
      return reply.status(201).send(invitation);
    },
  );

  app.post(
    '/auth/invitations/accept',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: creates the account and starts a session',
        body: acceptInvitationBodySchema,
        response: { 201: sessionSchema },
      },
    },
    async (req, reply) => sendSession(reply, await service.acceptInvitation(req, req.body), 201),
  );
};
