import { useMutation } from '@tanstack/react-query';
import type { ConfirmRegistrationBody, RegisterBody } from '@zhiping/shared/api/auth';
import { registrationAcceptedSchema, sessionSchema } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

/** The same 202 for every address: the confirmation link (or a notice) goes by mail. */
export const register = (body: RegisterBody) =>
  apiFetch('/api/v1/auth/register', registrationAcceptedSchema, json('POST', body));

export const useRegister = () => useMutation({ mutationFn: register });

/**
 * The mailed link, with the password chosen when registering: creates the enterprise and its
 * first user, and signs in.
 */
export const confirmRegistration = (body: ConfirmRegistrationBody) =>
  apiFetch('/api/v1/auth/register/confirm', sessionSchema, json('POST', body));

export const useConfirmRegistration = () =>
  useMutation({ mutationFn: confirmRegistration, onSuccess: setSession });
