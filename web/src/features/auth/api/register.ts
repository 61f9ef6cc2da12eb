import { useMutation } from '@tanstack/react-query';
import type { RegisterBody, Session } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export const register = (body: RegisterBody) =>
  apiFetch<Session>('/api/v1/auth/register', json('POST', body));

export const useRegister = () => useMutation({ mutationFn: register, onSuccess: setSession });
