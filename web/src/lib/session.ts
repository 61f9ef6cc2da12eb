import { useSyncExternalStore } from 'react';
import type { OrganizationView, Session, UserView } from '@zhiping/shared/api/auth';

/**
 * The signed-in user. The access token lives only in memory; the refresh token is an
 * httpOnly cookie the browser sends to /api/v1/auth/refresh, so a reload or a new tab
 * restores the session without the token ever touching storage.
 */
export type AnonymousReason = 'none' | 'ended' | 'signed-out';

export type SessionState =
  | { status: 'loading' }
  /**
   * `reason`: none (a visitor), ended (the session ran out or was revoked), signed-out (the
   * user asked to) — sign-in pages word themselves, and guards redirect, accordingly.
   */
  | { status: 'anonymous'; reason: AnonymousReason }
  | {
      status: 'authenticated';
      user: UserView;
      organization: OrganizationView | null;
      /** An admin who must enrol a second factor: only the security page works until then. */
      restriction?: Session['restriction'];
    };

let state: SessionState = { status: 'loading' };
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function emit(next: SessionState) {
  state = next;
  for (const l of listeners) l();
}

export const getAccessToken = () => accessToken;
export const getSession = () => state;

/** Called with every session the API issues (login, register, refresh, password change). */
export function setSession(session: Session): void {
  accessToken = session.accessToken;
  emit({
    status: 'authenticated',
    user: session.user,
    organization: session.organization,
    ...(session.restriction ? { restriction: session.restriction } : {}),
  });
}

/** Forgets the session locally. */
export function clearSession(reason: AnonymousReason = 'none'): void {
  accessToken = null;
  emit({ status: 'anonymous', reason });
}

async function requestRefresh(): Promise<boolean> {
  try {
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
    });
    if (res.ok) {
      setSession((await res.json()) as Session);
      return true;
    }
    // A 5xx or 429 is not the end of the session; only a refused refresh token is.
    if (res.status === 401) clearSession(state.status === 'authenticated' ? 'ended' : 'none');
    else if (state.status === 'loading') clearSession();
    return false;
  } catch {
    if (state.status === 'loading') clearSession();
    return false;
  }
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers in this tab share
 * one request; across tabs a Web Lock serializes them, because the cookie rotates and a
 * second use of a rotated token ends the whole session (reuse detection).
 */
export function refreshSession(): Promise<boolean> {
  if (refreshing) return refreshing;
  refreshing = serializedRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function serializedRefresh(): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return requestRefresh();
  return await locks.request('zhiping.refresh', () => requestRefresh());
}

let bootstrapped = false;
/** Restores the session once at app start (idempotent, so StrictMode's double effects are harmless). */
export function bootstrapSession(): void {
  if (bootstrapped) return;
  bootstrapped = true;
  void refreshSession();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

/** Home page of a signed-in user's role. */
export function homeOf(role: UserView['role']): string {
  return role === 'respondent' ? '/dashboard' : role === 'assessor' ? '/review' : '/admin';
}
