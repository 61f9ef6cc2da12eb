import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentQuickScan } from '@zhiping/shared/api/quick-scan';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { assessmentKeys } from '../../../lib/api/keys.ts';
import { storage } from '../../../lib/storage.ts';
import { applyQuickScanLevel } from '../api/quick-scan.ts';
import '../quick-scan.css';

/** The questionnaire's autosave queue, as far as the explicit action needs it. */
export interface GuideQueue {
  whenIdle(): Promise<boolean>;
  getSnapshot(): { revision: number };
}

const orderKey = (assessmentId: string) => `zhiping.quickScan.weakestFirst.${assessmentId}`;

/** Whether the user asked for the weakest-first order in this assessment (remembered). */
export function useWeakestFirst(assessmentId: string) {
  const [on, setOn] = useState(() => storage.get<boolean>(orderKey(assessmentId)) === true);
  return [
    on,
    (next: boolean) => {
      storage.set(orderKey(assessmentId), next || null);
      setOn(next);
    },
  ] as const;
}

/**
 * Beside a sub-domain of an assessment started from a quick scan: the scan's choice, and one
 * explicit action — "mark the requirements above level k as 不满足" — that runs only when
 * clicked (never silently). `onApplied` reloads the answers into the questionnaire.
 */
export function QuickScanGuide({
  assessmentId,
  scan,
  subdomainId,
  subdomainName,
  editable,
  queue,
  weakestFirst,
  onWeakestFirst,
  onApplied,
}: {
  assessmentId: string;
  scan: AssessmentQuickScan;
  subdomainId: string | null;
  subdomainName: string;
  editable: boolean;
  queue: GuideQueue | null;
  weakestFirst: boolean;
  onWeakestFirst: (on: boolean) => void;
  onApplied: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ id: string; text: string; error: boolean } | null>(null);
  const entry = scan.subdomains.find((s) => s.id === subdomainId);
  const choice = entry?.choice ?? null;
  const level = typeof choice === 'number' ? choice : null;

  const apply = async () => {
    if (!queue || level === null || !subdomainId) return;
    setBusy(true);
    setMessage(null);
    try {
      if (!(await queue.whenIdle())) throw new Error('unsaved');
      const res = await applyQuickScanLevel(assessmentId, {
        revision: queue.getSnapshot().revision,
        subdomainId,
        level,
      });
      await onApplied();
      void client.invalidateQueries({ queryKey: assessmentKeys.detail(assessmentId) });
      setMessage({
        id: subdomainId,
        text: t('quickScan.guide.applied', { count: res.marked }),
        error: false,
      });
    } catch {
      setMessage({ id: subdomainId, text: t('quickScan.guide.failed'), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="card qs-guide" data-testid="qs-guide" aria-label={t('quickScan.guide.title')}>
      <h2 className="small">{t('quickScan.guide.title')}</h2>
      <label>
        <input
          type="checkbox"
          checked={weakestFirst}
          onChange={(e) => onWeakestFirst(e.target.checked)}
          data-testid="qs-weakest-first"
        />
        {t('quickScan.guide.weakestFirst')}
      </label>
      {subdomainId && (
        <p data-testid="qs-guide-choice">
          {choice === null
            ? t('quickScan.guide.noChoice', { name: subdomainName })
            : t('quickScan.guide.choice', {
                name: subdomainName,
                choice:
                  choice === 'na' ? t('quickScan.scan.na') : t(`level.${choice}` as 'level.0'),
              })}
        </p>
      )}
      {editable && level !== null && level < 5 && (
        <div>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy || !queue}
            onClick={() => void apply()}
            data-testid="qs-apply"
          >
            {t('quickScan.guide.apply', { level })}
          </button>
          <p className="small muted">{t('quickScan.guide.applyNote')}</p>
        </div>
      )}
      {message && message.id === subdomainId && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : ''}>
          {message.text}
        </p>
      )}
    </aside>
  );
}

/** The scan's choice beside a sub-domain of the questionnaire's navigation. */
export function QuickScanNavNote({ scan, id }: { scan: AssessmentQuickScan; id: string }) {
  const { t } = useI18n();
  const choice = scan.subdomains.find((s) => s.id === id)?.choice;
  if (choice === undefined || choice === null) return null;
  const text = choice === 'na' ? t('quickScan.scan.na') : t(`level.${choice}` as 'level.0');
  return (
    <span className="nav-qs small muted" data-testid={`qs-nav-${id}`}>
      {t('quickScan.guide.navNote', { choice: text })}
    </span>
  );
}
