import { useMutation } from '@tanstack/react-query';
import { sessionSchema } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Ends every other session; this one continues with the new tokens the answer carries. */
export const changePassword = (body: ChangePasswordInput) =>
  apiFetch('/api/v1/auth/password', sessionSchema, json('POST', body));

export const useChangePassword = () =>
  useMutation({ mutationFn: changePassword, onSuccess: setSession });
