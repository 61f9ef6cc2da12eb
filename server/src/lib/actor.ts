import type { Role } from '@zhiping/shared';
import type { FastifyRequest } from 'fastify';

/** Claims of an access token. */
export interface AccessClaims {
  sub: string;
  role: Role;
  /** The respondent's organization; null for assessors and admins. */
  org: string | null;
  /** The session: the refresh-token family the token was issued with. */
  sid: string;
  /** A restricted session: an admin who must enrol a second factor reaches only the enrolment. */
  scope?: 'totp_enrolment';
}

/**
 * Who acts and from where: all that services and the audit trail know of a request. Built
 * only by routes and plugins (`actorOf`); services never see HTTP.
 */
export interface Actor {
  /** The signed-in user; null for an anonymous caller (sign-in, a quick scan, a mailed link). */
  userId: string | null;
  role: Role | null;
  /** The respondent's enterprise; null for assessors, admins and anonymous callers. */
  organizationId: string | null;
  requestId: string;
  ip: string;
}

/** The actor of a request: its verified access token's user (if any), its id and address. */
export function actorOf(req: FastifyRequest): Actor {
  // `req.user` is set only once the token was verified (plugins/auth.ts).
  const user = req.user as AccessClaims | undefined;
  return {
    userId: user?.sub ?? null,
    role: user?.role ?? null,
    organizationId: user?.org ?? null,
    requestId: req.id,
    ip: req.ip,
  };
}
