import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LoginChallenge,
  SessionView,
  TotpEnrolment,
  TotpStatus,
} from '@zhiping/shared/api/account';
import type { Session } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { clearSession, setSession } from '../../../lib/session.ts';

/** Password reset, the sessions list and the second factor (server: modules/auth/*). */

export const useRequestReset = () =>
  useMutation({
    mutationFn: (body: { email: string }) =>
      apiFetch<{ status: 'accepted' }>('/api/v1/auth/password-reset/request', json('POST', body)),
  });

export const useResetPassword = () =>
  useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      apiFetch<void>('/api/v1/auth/password-reset', json('POST', body)),
  });

/** The second step of a sign-in: the challenge of the password step and a code. */
export const useLoginTotp = () =>
  useMutation({
    mutationFn: (body: { challengeToken: string; code: string }) =>
      apiFetch<Session>('/api/v1/auth/login/totp', json('POST', body)),
    onSuccess: setSession,
  });

export const isChallenge = (r: Session | LoginChallenge): r is LoginChallenge =>
  'challengeToken' in r;

const keys = {
  sessions: ['auth', 'sessions'] as const,
  totp: ['auth', 'totp'] as const,
};

export const useSessions = () =>
  useQuery({
    queryKey: keys.sessions,
    queryFn: () => apiFetch<{ items: SessionView[] }>('/api/v1/auth/sessions'),
  });

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/v1/auth/sessions/${encodeURIComponent(id)}`, json('DELETE')),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sessions }),
  });
}

/** Ends every session, this one included: the local session ends too. */
export function useRevokeAllSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/api/v1/auth/sessions/revoke-all', json('POST')),
    onSuccess: () => {
      clearSession('signed-out');
      client.clear();
    },
  });
}

export const useTotpStatus = () =>
  useQuery({ queryKey: keys.totp, queryFn: () => apiFetch<TotpStatus>('/api/v1/auth/totp') });

export const useStartTotp = () =>
  useMutation({
    mutationFn: () => apiFetch<TotpEnrolment>('/api/v1/auth/totp/enrolment', json('POST')),
  });

/** Turns TOTP on; the answer carries a new session (the others ended) and the recovery codes. */
export function useConfirmTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<{ recoveryCodes: string[]; session: Session }>(
        '/api/v1/auth/totp/enrolment/confirm',
        json('POST', { code }),
      ),
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
      apiFetch<{ recoveryCodes: string[] }>(
        '/api/v1/auth/totp/recovery-codes',
        json('POST', { code }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.totp }),
  });
}

export function useDisableTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<void>('/api/v1/auth/totp/disable', json('POST', { code })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.totp }),
  });
}
