import jwt from '@fastify/jwt';
import { ROLES, type Role } from '@zhiping/shared';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AccessClaims } from '../lib/actor.ts';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.ts';
import { createSessionStateChecker, type SessionStateChecker } from './session-state.ts';

export type { AccessClaims };

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is open to a session restricted to TOTP enrolment (modules/auth/totp.ts). */
    allowTotpEnrolment?: boolean;
  }
  interface FastifyInstance {
    /** preHandler: a valid access token is required. */
    authenticate: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** preHandler factory: a valid token with one of these roles is required. */
    requireRole: (...roles: Role[]) => (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** Whether a token's session is still live (user, enterprise, refresh family). */
    sessionState: SessionStateChecker;
  }
}

/**
 * The claims every access token this server signs carries. A token whose signature checks
 * out but whose claims do not fit (an unknown role, a respondent without an enterprise) is
 * refused rather than trusted: the role and the enterprise scope every query.
 */
const claimsSchema = z
  .object({
    sub: z.uuid(),
    role: z.enum(ROLES),
    org: z.uuid().nullable(),
    sid: z.uuid(),
    exp: z.number(),
    scope: z.literal('totp_enrolment').optional(),
  })
  .refine((c) => (c.role === 'respondent') === (c.org !== null));

export interface AuthPluginOptions {
  secret: string;
  accessTokenTtlSeconds: number;
  /** How long a session's state read from the database is trusted (ms). */
  sessionCheckTtlMs: number;
}

export default fp(
  async function authPlugin(app: FastifyInstance, opts: AuthPluginOptions) {
    await app.register(jwt, {
      secret: opts.secret,
      sign: { algorithm: 'HS256', expiresIn: opts.accessTokenTtlSeconds },
      // Only HS256 is accepted: 'none' and any other algorithm are refused. A verified token
      // is remembered (fast-jwt's cache, keyed by a SHA-256 of the token, until it expires;
      // failures never) so that a client's next requests skip decoding and the HMAC.
      // A token without an expiry is refused: it would be valid forever.
      verify: { algorithms: ['HS256'], cache: 5000, requiredClaims: ['exp'] },
    });

    const authenticate = async (req: FastifyRequest) => {
      try {
        await req.jwtVerify();
      } catch (err) {
        const code = (err as { code?: string }).code;
        throw code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED'
          ? new UnauthorizedError('The access token has expired', 'token_expired')
          : new UnauthorizedError();
      }
      if (!claimsSchema.safeParse(req.user).success) throw new UnauthorizedError();
      // Signed and unexpired is not enough: the account, its enterprise and the session must
      // still be live (disabled, logged out, revoked and unknown users are refused).
      if (!(await sessionState.isLive(req.user))) {
        throw new UnauthorizedError('The session has ended; sign in again', 'session_ended');
      }
      if (req.user.scope === 'totp_enrolment' && !req.routeOptions.config.allowTotpEnrolment) {
        throw new ForbiddenError(
          'Set up two-factor authentication (TOTP) first: it is required for this account',
          'totp_enrolment_required',
        );
      }
    };
    const sessionState = createSessionStateChecker(app.database.db, opts.sessionCheckTtlMs);
    app.decorate('sessionState', sessionState);
    app.decorate('authenticate', authenticate);
    app.decorate('requireRole', (...roles: Role[]) => async (req: FastifyRequest) => {
      await authenticate(req);
      if (!roles.includes(req.user.role)) {
        throw new ForbiddenError(`This needs the role ${roles.join(' or ')}`);
      }
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
