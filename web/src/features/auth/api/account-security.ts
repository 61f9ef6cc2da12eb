import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TotpEnrolmentConfirmBody } from '@zhiping/shared/api/account';
import {
  sessionListSchema,
  totpConfirmedSchema,
  totpEnrolmentSchema,
  totpStatusSchema,
} from '@zhiping/shared/api/account';
import { apiFetch, json, noContent } from '../../../lib/api-client.ts';
import { clearSession, setSession } from '../../../lib/session.ts';

/**
 * The sessions list and the second factor (server: modules/auth/sessions.ts, totp.ts); the
 * security page's alone (sign-in and password reset: login.ts, password-reset.ts).
 */

/** What replacing the recovery codes answers: the codes alone. */
const recoveryCodesSchema = totpConfirmedSchema.pick({ recoveryCodes: true });

const keys = {
  sessions: ['auth', 'sessions'] as const,
  totp: ['auth', 'totp'] as const,
};

export const useSessions = () =>
  useQuery({
    queryKey: keys.sessions,
    queryFn: () => apiFetch('/api/v1/auth/sessions', sessionListSchema),
  });

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(`/api/v1/auth/sessions/${encodeURIComponent(id)}`, noContent, json('DELETE')),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sessions }),
  });
}

/** Ends every session, this one included: the local session ends too. */
export function useRevokeAllSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch('/api/v1/auth/sessions/revoke-all', noContent, json('POST')),
    onSuccess: () => {
      clearSession('signed-out');
      client.clear();
    },
  });
}

export const useTotpStatus = () =>
  useQuery({
    queryKey: keys.totp,
    queryFn: () => apiFetch('/api/v1/auth/totp', totpStatusSchema),
  });

export const useStartTotp = () =>
  useMutation({
    mutationFn: () => apiFetch('/api/v1/auth/totp/enrolment', totpEnrolmentSchema, json('POST')),
  });

/** Turns TOTP on; the answer carries a new session (the others ended) and the recovery codes. */
export function useConfirmTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpEnrolmentConfirmBody) =>
      apiFetch('/api/v1/auth/totp/enrolment/confirm', totpConfirmedSchema, json('POST', body)),
    onSuccess: (r) => {
      setSession(r.session);
      void client.invalidateQueries({ queryKey: ['auth'] });
    },
  });
}

/** New recovery codes for a TOTP code; the old ones stop working. */
export function useReplaceRecoveryCodes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch('/api/v1/auth/totp/recovery-codes', recoveryCodesSchema, json('POST', { code })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.totp }),
  });
}

export function useDisableTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch('/api/v1/auth/totp/disable', noContent, json('POST', { code })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.totp }),
  });
}
