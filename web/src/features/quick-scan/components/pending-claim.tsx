import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
// Only the localStorage part is loaded with the app shell; the API module (and the shared
// contracts it imports) loads when there is a scan to claim, keeping the sign-in route small.
import { PENDING_SCAN_EVENT, pendingScan, setPendingScan } from '../pending.ts';

/**
 * Attaches the quick scan started in this browser to the enterprise as soon as one of its
 * users is signed in — after a login, a registration confirmed by its link, or a restored
 * session — whichever way the session came (docs/quick-scan.md). Independent of how sign-in
 * or registration work; a scan that is gone (expired, claimed elsewhere) is forgotten.
 */
export function PendingScanClaim() {
  const session = useSession();
  const client = useQueryClient();
  const userId =
    session.status === 'authenticated' && session.user.role === 'respondent'
      ? session.user.id
      : null;
  const running = useRef(false);
  const [started, setStarted] = useState(0);
  useEffect(() => {
    const onStart = () => setStarted((n) => n + 1);
    window.addEventListener(PENDING_SCAN_EVENT, onStart);
    return () => window.removeEventListener(PENDING_SCAN_EVENT, onStart);
  }, []);
  useEffect(() => {
    const pending = pendingScan();
    if (!userId || !pending || running.current) return;
    running.current = true;
    import('../api/quick-scan.ts')
      .then(async ({ claimQuickScan, quickScanKeys }) => {
        await claimQuickScan(pending);
        setPendingScan(null);
        void client.invalidateQueries({ queryKey: quickScanKeys.scan(pending.id) });
        void client.invalidateQueries({ queryKey: quickScanKeys.result(pending.id) });
      })
      .catch((err: unknown) => {
        // 404 / 410: nothing left to claim. Anything else: try again at the next sign-in.
        if (err instanceof ApiError && (err.status === 404 || err.status === 410)) {
          setPendingScan(null);
        }
      })
      .finally(() => {
        running.current = false;
      });
  }, [userId, client, started]);
  return null;
}
