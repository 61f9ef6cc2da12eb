import { createHash } from 'node:crypto';
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  confirmRegistrationBodySchema,
  invitationBodySchema,
  invitationViewSchema,
  loginBodySchema,
  loginChallengeSchema,
  organizationViewSchema,
  registerBodySchema,
  registrationAcceptedSchema,
  sessionSchema,
  userViewSchema,
} from '@zhiping/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../../config.ts';
import { actorOf } from '../../lib/actor.ts';
import {
  createAttemptLimiter,
  createFailureLimiter,
  memoryAttemptStore,
  redisAttemptStore,
} from '../../lib/attempt-limiter.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import { mailLocale, mailTemplates, type RenderedMail } from '../../lib/mail/templates.ts';
import { createAppAuthService } from './app-service.ts';
import type { IssuedSession } from './service.ts';
import { createSessionCookies, REFRESH_COOKIE } from './session-cookie.ts';

export { REFRESH_COOKIE } from './session-cookie.ts';

/** Registration mails (confirmation or notice) one address receives per hour at most. */
const REGISTRATION_MAILS_PER_HOUR = 5;
/**
 * Invitation mails one address may receive per hour (besides INVITATION_RATE_LIMIT_PER_HOUR
 * per sender): an enterprise anyone can register must not turn the platform's sender into a
 * spammer.
 */
export const INVITATION_MAILS_PER_ADDRESS_PER_HOUR = 3;

export const authRoutes: FastifyPluginAsyncZod<{ config: AppConfig }> = async (app, { config }) => {
  const service = createAppAuthService(app, config);
  const cookies = createSessionCookies(app, config);

  const sendSession = (reply: FastifyReply, issued: IssuedSession, status = 200) =>
    cookies.send(reply, issued, status);

  const perIp = app.rateLimit({
    max: config.authIpRateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    keyGenerator: (req) => `ip:${req.ip}`,
  });
  // Failed sign-ins per (account, client address): the guessing pair gets a 429 for the rest
  // of the window, the account's owner signing in from elsewhere does not (issue #13). Shared
  // across instances when Redis is configured; per instance otherwise.
  const loginFailures = createFailureLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.loginRateLimitPerMinute,
    60_000,
  );
  /** Keys name no address in the store (Redis): a hash of it. */
  const tokenKey = (value: string) => createHash('sha256').update(value).digest('base64url');
  const loginKey = (email: string, ip: string) => `login-failures:${tokenKey(`${email}|${ip}`)}`;
  const registrationMails = app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore();
  const invitationsSent = createAttemptLimiter(
    app.redis ? redisAttemptStore(app.redis) : memoryAttemptStore(),
    config.invitationRateLimitPerHour,
    3_600_000,
  );

  const loginUrl = `${config.publicBaseUrl}/login`;
  const resetUrl = `${config.publicBaseUrl}/reset-password`;

  /** Mails are notices: a failed send is logged, the answer stays the same (#13). */
  async function sendMail(req: FastifyRequest, to: string, mail: RenderedMail, what: string) {
    try {
      const sent = await app.mailer.send({ to, ...mail });
      // Without SMTP the console says where the mail is (the two-command start).
      if (app.mailer.kind === 'outbox') req.log.info({ file: sent }, `${what} mail written`);
    } catch (err) {
      req.log.error({ err }, `${what} mail not sent`);
    }
  }

  app.post(
    '/auth/register',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary:
          'Register an enterprise: the same 202 for every address; the confirmation link (or an account-exists notice) goes by mail',
        body: registerBodySchema,
        response: { 202: registrationAcceptedSchema },
      },
    },
    async (req, reply) => {
      const outcome = await service.requestRegistration(req.body);
      const email = req.body.user.email;
      // At most a few registration mails per address and hour, new or not alike: nobody can
      // flood a mailbox through this form, and the answer stays the same either way.
      const budget = await registrationMails.hit(`register-mail:${tokenKey(email)}`, 3_600_000);
      if (budget.count > REGISTRATION_MAILS_PER_HOUR) {
        req.log.warn('registration mail budget of the address used up; mail not sent');
      } else if (outcome.kind === 'confirm') {
        const url = `${config.publicBaseUrl}/register/confirm?token=${encodeURIComponent(outcome.token)}`;
        await sendMail(
          req,
          email,
          mailTemplates.registrationConfirm(mailLocale(outcome.locale), {
            organizationName: outcome.organizationName,
            url,
            hours: outcome.hours,
          }),
          'registration confirmation',
        );
      } else {
        await sendMail(
          req,
          email,
          mailTemplates.accountExists(mailLocale(outcome.locale), { loginUrl, resetUrl }),
          'account-exists notice',
        );
      }
      return reply.status(202).send({ status: 'confirmation_sent', email });
    },
  );

  app.post(
    '/auth/register/confirm',
    {
      preHandler: perIp,
      schema: {
        tags: ['auth'],
        summary:
          'Confirm a registration with the token of its mail and the password chosen when registering: creates the enterprise and its first user, starts a session',
        body: confirmRegistrationBodySchema,
        response: { 201: sessionSchema },
      },
    },
    async (req, reply) =>
      sendSession(
        reply,
        await service.confirmRegistration(actorOf(req), req.body.token, req.body.password),
        201,
      ),
  );

  app.post(
    '/auth/login',
    {
      preHandler: [perIp, async (req) => loginFailures.attempt(loginKey(req.body.email, req.ip))],
      schema: {
        tags: ['auth'],
        summary:
          'Sign in; sets the rotating refresh-token cookie (or asks for the second factor: /auth/login/totp)',
        body: loginBodySchema,
        response: { 200: z.union([sessionSchema, loginChallengeSchema]) },
      },
    },
    async (req, reply) => {
      const outcome = await service.login(actorOf(req), req.body.email, req.body.password);
      // The password was right (a second factor may follow): no failure to count.
      await loginFailures.succeeded(loginKey(req.body.email, req.ip));
      if ('challengeToken' in outcome)
        return reply.header('cache-control', 'no-store').send(outcome);
      return sendSession(reply, outcome);
    },
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
      return sendSession(reply, await service.refresh(actorOf(req), token));
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
      return cookies.clear(reply).status(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      onRequest: app.authenticate,
      config: { allowTotpEnrolment: true },
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
          actorOf(req),
          req.user.sub,
          req.body.currentPassword,
          req.body.newPassword,
        ),
      ),
  );

  /**
   * The invitee gets the link by mail, and only by mail; an address that already has an account
   * gets the account-exists notice instead. A failed send is logged, the invitation stands.
   */
  async function mailInvitation(
    req: FastifyRequest,
    inv: {
      email: string;
      token: string;
      expiresAt: string;
      existingAccount: { locale: string } | null;
    },
  ) {
    // However many enterprises invite one address, it gets a few invitation mails an hour.
    const budget = await registrationMails.hit(`invite-mail:${tokenKey(inv.email)}`, 3_600_000);
    if (budget.count > INVITATION_MAILS_PER_ADDRESS_PER_HOUR) {
      req.log.warn('invitation mail budget of the address used up; mail not sent');
      return;
    }
    if (inv.existingAccount) {
      const mail = mailTemplates.accountExists(mailLocale(inv.existingAccount.locale), {
        loginUrl,
        resetUrl,
      });
      return sendMail(req, inv.email, mail, 'account-exists notice');
    }
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
      preHandler: [perIp, async (req) => invitationsSent(`invitations:${req.user.sub}`)],
      schema: {
        tags: ['auth'],
        summary:
          'Invite a colleague to the enterprise (the one-time link goes to the invitee by mail); INVITATION_RATE_LIMIT_PER_HOUR per user (20), 3 invitation mails per address and hour',
        security: [{ bearer: [] }],
        body: invitationBodySchema,
        response: { 201: invitationViewSchema },
      },
    },
    async (req, reply) => {
      if (!req.user.org) throw new ForbiddenError('Only enterprise users can invite colleagues');
      const invitation = await service.invite(
        actorOf(req),
        req.user.sub,
        req.user.org,
        req.body.email,
      );
      await mailInvitation(req, invitation);
      const { id, email, expiresAt } = invitation;
      return reply.status(201).send({ id, email, expiresAt });
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
    async (req, reply) =>
      sendSession(reply, await service.acceptInvitation(actorOf(req), req.body), 201),
  );
};
