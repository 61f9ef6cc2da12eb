import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { PASSWORD, type Actor } from './fixtures.ts';

/**
 * TOTP codes as an authenticator app computes them (otplib). A code is accepted once per
 * 30-second step, so `step` picks a later one (the server allows one step of clock drift).
 */
export const totpCode = (secret: string, step = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + step * 30 });

export interface Enrolled {
  secret: string;
  recoveryCodes: string[];
  /** The session issued with the enrolment (every earlier one ended). */
  actor: Actor;
}

/** Enrols the actor in TOTP through the API and returns the secret, codes and new session. */
export async function enrolTotp(
  app: FastifyInstance,
  actor: Actor,
  currentPassword = PASSWORD,
): Promise<Enrolled> {
  const start = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/enrolment',
    headers: actor.headers,
  });
  if (start.statusCode !== 200) throw new Error(`enrolment: ${start.statusCode} ${start.body}`);
  const { secret } = start.json<{ secret: string }>();
  const confirm = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp/enrolment/confirm',
    headers: actor.headers,
    payload: { code: await totpCode(secret), currentPassword },
  });
  if (confirm.statusCode !== 200) throw new Error(`confirm: ${confirm.statusCode} ${confirm.body}`);
  const body = confirm.json<{ recoveryCodes: string[]; session: Actor['session'] }>();
  const cookies = ([] as string[]).concat(confirm.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('zp_refresh='))!.split(';')[0]!;
  return {
    secret,
    recoveryCodes: body.recoveryCodes,
    actor: {
      token: body.session.accessToken,
      session: body.session,
      cookie,
      headers: { authorization: `Bearer ${body.session.accessToken}` },
    },
  };
}

/** Signs in with password and then a code (TOTP or recovery); returns the raw answers. */
export async function loginWithCode(
  app: FastifyInstance,
  email: string,
  password: string,
  code: string | ((challenge: string) => Promise<string> | string),
) {
  const first = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (first.statusCode !== 200) throw new Error(`login: ${first.statusCode} ${first.body}`);
  const { challengeToken } = first.json<{ challengeToken: string }>();
  if (!challengeToken) throw new Error(`no challenge: ${first.body}`);
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login/totp',
    payload: { challengeToken, code: typeof code === 'string' ? code : await code(challengeToken) },
  });
  return { first, second, challengeToken };
}
