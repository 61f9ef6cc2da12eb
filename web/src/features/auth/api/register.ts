import { useMutation } from '@tanstack/react-query';
import type { RegisterBody, RegistrationAccepted, Session } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

/** The same 202 for every address: the confirmation link (or a notice) goes by mail. */
export const register = (body: RegisterBody) =>
  apiFetch<RegistrationAccepted>('/api/v1/auth/register', json('POST', body));

export const useRegister = () => useMutation({ mutationFn: register });

/** The mailed link: creates the enterprise and its first user, and signs in. */
export const confirmRegistration = (token: string) =>
  apiFetch<Session>('/api/v1/auth/register/confirm', json('POST', { token }));

export const useConfirmRegistration = () =>
  useMutation({ mutationFn: confirmRegistration, onSuccess: setSession });
