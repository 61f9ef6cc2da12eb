import { useMutation } from '@tanstack/react-query';
import type { passwordResetRequestedSchema } from '@zhiping/shared/api/account';
import type { z } from 'zod';
import { apiFetch, json, lazyContract, noContent } from '../../../lib/api-client.ts';

/**
 * Password reset (server: modules/auth/password-reset.ts). The request's contract lives beside
 * the password policy (shared/api/account), which the forgot-password page does not otherwise
 * load: it is loaded, and checked, only in development and tests.
 */
type ResetRequested = z.infer<typeof passwordResetRequestedSchema>;
const resetRequested = lazyContract<ResetRequested>(async () => {
  const account = await import('@zhiping/shared/api/account');
  return account.passwordResetRequestedSchema;
});

export const useRequestReset = () =>
  useMutation({
    mutationFn: (body: { email: string }) =>
      apiFetch('/api/v1/auth/password-reset/request', resetRequested, json('POST', body)),
  });

export const useResetPassword = () =>
  useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      apiFetch('/api/v1/auth/password-reset', noContent, json('POST', body)),
  });
