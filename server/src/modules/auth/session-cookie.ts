import type { FastifyInstance, FastifyReply } from 'fastify';
import { eq } from 'drizzle-orm';
import type { AppConfig } from '../../config.ts';
import { refreshTokens } from '../../db/schema.ts';
import { hashToken, type IssuedSession } from './service.ts';

export const REFRESH_COOKIE = 'zp_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/** User agents are stored for the sessions page; a bounded prefix is enough to recognize one. */
const MAX_USER_AGENT = 300;

/**
 * Sets the refresh cookie of a session just issued, and records which client it went to
 * (IP and user agent of the request, shown on the sessions page).
 */
export function createSessionCookies(app: FastifyInstance, config: AppConfig) {
  const setCookie = async (reply: FastifyReply, issued: IssuedSession) => {
    const req = reply.request;
    const ua = req.headers['user-agent'];
    await app.database.db
      .update(refreshTokens)
      .set({ ip: req.ip, userAgent: ua ? ua.slice(0, MAX_USER_AGENT) : null })
      .where(eq(refreshTokens.tokenHash, hashToken(issued.refreshToken)));
    reply
      .setCookie(REFRESH_COOKIE, issued.refreshToken, {
        httpOnly: true,
        secure: config.cookieSecure,
        sameSite: 'strict',
        path: REFRESH_COOKIE_PATH,
        expires: issued.refreshExpiresAt,
      })
      .header('cache-control', 'no-store');
  };
  return {
    setCookie,
    /** The session as the answer, with its cookie. */
    async send(reply: FastifyReply, issued: IssuedSession, status = 200) {
      await setCookie(reply, issued);
      return reply.status(status).send(issued.session);
    },
    clear: (reply: FastifyReply) =>
      reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH }),
  };
}
