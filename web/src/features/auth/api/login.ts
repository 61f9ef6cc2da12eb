import { useMutation } from '@tanstack/react-query';
import type { LoginChallenge } from '@zhiping/shared/api/account';
import type { Session } from '@zhiping/shared/api/auth';
import { apiFetch, json, lazyContract } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export interface LoginInput {
  email: string;
  password: string;
}

/**
 * The sign-in answers' contracts live beside the password policy (shared/api/auth, account),
 * which the sign-in page must not load (issue 13): they are loaded, and checked, only in
 * development and tests.
 */
const loginAnswer = lazyContract<Session | LoginChallenge>(async () => {
  const [{ sessionSchema }, { loginChallengeSchema }] = await Promise.all([
    import('@zhiping/shared/api/auth'),
    import('@zhiping/shared/api/account'),
  ]);
  return sessionSchema.or(loginChallengeSchema);
});
const sessionAnswer = lazyContract<Session>(async () => {
  const { sessionSchema } = await import('@zhiping/shared/api/auth');
  return sessionSchema;
});

/** A session, or the challenge of a second step when the account uses TOTP. */
export const login = (body: LoginInput) =>
  apiFetch('/api/v1/auth/login', loginAnswer, json('POST', body));

export const useLogin = () =>
  useMutation({
    mutationFn: login,
    onSuccess: (r) => {
      if ('accessToken' in r) setSession(r);
    },
  });

/** The second step of a sign-in: the challenge of the password step and a code. */
export const useLoginTotp = () =>
  useMutation({
    mutationFn: (body: { challengeToken: string; code: string }) =>
      apiFetch('/api/v1/auth/login/totp', sessionAnswer, json('POST', body)),
    onSuccess: setSession,
  });

export const isChallenge = (r: Session | LoginChallenge): r is LoginChallenge =>
  'challengeToken' in r;
