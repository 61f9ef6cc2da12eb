import type { QuickScanView } from '@zhiping/shared/api/quick-scan';
import type { QuickScanChoice } from '@zhiping/shared/scoring/quick-scan';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { saveQuickScanAnswers, useQuickScan } from '../api/quick-scan.ts';
import '../quick-scan.css';

/** Keys 1–5 choose levels 1..5, 6 "none of these yet", 7 "not applicable" where allowed. */
export function choiceForKey(key: string, naAllowed: boolean): QuickScanChoice | null {
  if (key >= '1' && key <= '5') return Number(key) as QuickScanChoice;
  if (key === '6') return 0;
  if (key === '7' && naAllowed) return 'na';
  return null;
}

function Scan({ scan }: { scan: QuickScanView }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<Record<string, QuickScanChoice>>(scan.choices);
  const [index, setIndex] = useState(() => {
    const first = scan.items.findIndex((i) => scan.choices[i.subdomainId] === undefined);
    return first < 0 ? 0 : first;
  });
  const [failed, setFailedState] = useState(false);
  const failedRef = useRef(false);
  const setFailed = (v: boolean) => {
    failedRef.current = v;
    setFailedState(v);
  };
  const saving = useRef<Promise<void>>(Promise.resolve());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = scan.items[index];
  // The index stays within the items, so only a scan without any has none to show.
  if (!item) throw new Error(`quick scan ${scan.id} has no items`);
  const last = index === scan.items.length - 1;

  const choose = useCallback(
    (subdomainId: string, choice: QuickScanChoice) => {
      setChoices((c) => ({ ...c, [subdomainId]: choice }));
      // Saves leave one after another, so the server ends with the last choice.
      saving.current = saving.current
        .then(() => saveQuickScanAnswers(scan.id, [{ subdomainId, choice }]))
        .then(
          () => setFailed(false),
          () => setFailed(true),
        );
    },
    [scan.id],
  );

  const finish = useCallback(async () => {
    await saving.current;
    if (failedRef.current) {
      // Everything once more in one request before leaving.
      const all = Object.entries(choices).map(([subdomainId, choice]) => ({ subdomainId, choice }));
      if (all.length) {
        try {
          await saveQuickScanAnswers(scan.id, all);
          setFailed(false);
        } catch {
          return;
        }
      }
    }
    void navigate(`/quick-scan/${scan.id}/result`);
  }, [choices, navigate, scan.id]);

  const move = useCallback(
    (step: 1 | -1) => {
      if (step === 1 && last) {
        void finish();
        return;
      }
      setIndex((i) => Math.min(Math.max(i + step, 0), scan.items.length - 1));
    },
    [last, finish, scan.items.length],
  );

  useEffect(() => headingRef.current?.focus(), [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const onOtherControl = !!target?.closest('a, button:not([data-qs-option])');
      const choice = choiceForKey(e.key, item.naAllowed);
      if (choice !== null) {
        e.preventDefault();
        choose(item.subdomainId, choice);
      } else if (e.key === 'Enter' && !onOtherControl) {
        e.preventDefault();
        move(1);
      } else if (e.key === 'ArrowLeft' && !onOtherControl) {
        e.preventDefault();
        move(-1);
      } else if (e.key === 'ArrowRight' && !onOtherControl) {
        e.preventDefault();
        move(1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [item, choose, move]);

  const current = choices[item.subdomainId];
  const options: { key: string; choice: QuickScanChoice; text: string }[] = [
    ...item.options.map((o) => ({
      key: String(o.level),
      choice: o.level as QuickScanChoice,
      text: pick(o.text),
    })),
    { key: '6', choice: 0, text: t('quickScan.scan.none') },
    ...(item.naAllowed ? [{ key: '7', choice: 'na' as const, text: t('quickScan.scan.na') }] : []),
  ];
  const answered = scan.items.filter((i) => choices[i.subdomainId] !== undefined).length;

  return (
    <section className="page quick-scan" data-testid="quick-scan">
      <header className="qs-head">
        <p className="muted small">
          {pick(scan.version.name)} {scan.version.version} · {pick(scan.profileName)}
        </p>
        <ProgressBar value={answered} max={scan.items.length} label={t('quickScan.scan.title')} />
        <p className="small" data-testid="qs-progress">
          {t('quickScan.scan.progress', { n: index + 1, total: scan.items.length })}
        </p>
      </header>
      <p className="keyboard-help small muted">{t('quickScan.scan.keyboardHelp')}</p>
      <article className="card qs-item" aria-labelledby="qs-question">
        {item.parentName && <p className="muted small">{pick(item.parentName)}</p>}
        <h1 id="qs-question" tabIndex={-1} ref={headingRef} data-testid="qs-question">
          <span className="qs-subdomain">{pick(item.name)}</span>
          {pick(item.question)}
        </h1>
        <div role="radiogroup" aria-label={t('quickScan.scan.optionsLabel')} className="qs-options">
          {options.map((o) => (
            <button
              key={o.key}
              type="button"
              role="radio"
              aria-checked={current === o.choice}
              data-qs-option
              data-testid={`qs-option-${o.key}`}
              className={`qs-option${current === o.choice ? ' selected' : ''}`}
              onClick={() => choose(item.subdomainId, o.choice)}
            >
              <kbd>{o.key}</kbd>
              <span>{o.text}</span>
            </button>
          ))}
        </div>
      </article>
      {failed && (
        <div className="error-box" role="alert">
          {t('quickScan.scan.saveFailed')}
        </div>
      )}
      {last && answered < scan.items.length && (
        <p className="notice" role="status">
          {t('quickScan.scan.unanswered', { count: scan.items.length - answered })}
        </p>
      )}
      <div className="button-row qs-nav">
        <button type="button" className="btn" onClick={() => move(-1)} disabled={index === 0}>
          {t('quickScan.scan.prev')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => move(1)}
          data-testid="qs-next"
        >
          {last ? t('quickScan.scan.finish') : t('quickScan.scan.next')}
        </button>
      </div>
    </section>
  );
}

export function ScanGone() {
  const { t } = useI18n();
  return (
    <section className="page">
      <div className="error-box" role="alert" data-testid="qs-gone">
        <p>{t('quickScan.scan.gone')}</p>
        <Link to="/quick-scan">{t('quickScan.scan.again')}</Link>
      </div>
    </section>
  );
}

/** /quick-scan/:id — one question at a time, keyboard-first. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  useDocumentTitle(t('quickScan.scan.title'));
  const scan = useQuickScan(id);
  if (scan.isPending) return <LoadingState />;
  if (scan.isError) {
    const err = scan.error;
    if (err instanceof ApiError && [401, 404, 410].includes(err.status)) return <ScanGone />;
    return <ErrorState error={err} onRetry={() => void scan.refetch()} />;
  }
  if (!scan.data.items.length) return <ScanGone />;
  return <Scan key={id} scan={scan.data} />;
}
