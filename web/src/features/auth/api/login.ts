import { useMutation } from '@tanstack/react-query';
import type { Session } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export interface LoginInput {
  email: string;
  password: string;
}

export const login = (body: LoginInput) =>
  apiFetch<Session>('/api/v1/auth/login', json('POST', body));

export const useLogin = () => useMutation({ mutationFn: login, onSuccess: setSession });
