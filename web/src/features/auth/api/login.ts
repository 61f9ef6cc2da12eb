import { useMutation } from '@tanstack/react-query';
import type { LoginChallenge } from '@zhiping/shared/api/account';
import type { Session } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export interface LoginInput {
  email: string;
  password: string;
}

/** A session, or the challenge of a second step when the account uses TOTP. */
export const login = (body: LoginInput) =>
  apiFetch<Session | LoginChallenge>('/api/v1/auth/login', json('POST', body));

export const useLogin = () =>
  useMutation({
    mutationFn: login,
    onSuccess: (r) => {
      if ('accessToken' in r) setSession(r);
    },
  });
