import { storage } from '../../lib/storage.ts';

/**
 * The scan started in this browser and not yet attached to an enterprise: its id and token
 * (docs/quick-scan.md). Kept in localStorage so that signing in — or registering and
 * confirming, in this tab or later — attaches it; removed once claimed.
 */
export interface PendingScan {
  id: string;
  token: string;
}
const PENDING_KEY = 'zhiping.quickScan.pending';

export const pendingScan = (): PendingScan | null => {
  const p = storage.get<PendingScan>(PENDING_KEY);
  return p && typeof p.id === 'string' && typeof p.token === 'string' ? p : null;
};
/** Fired on window when a scan is started here (a signed-in user's scan is claimed at once). */
export const PENDING_SCAN_EVENT = 'zhiping:pending-scan';
export const setPendingScan = (p: PendingScan | null) => {
  storage.set(PENDING_KEY, p);
  if (p && typeof window !== 'undefined') window.dispatchEvent(new Event(PENDING_SCAN_EVENT));
};
