import { useMutation, useQuery } from '@tanstack/react-query';
import type { QuickScanResult, QuickScanView } from '@zhiping/shared/api/quick-scan';
import { Link, useNavigate, useParams } from 'react-router';
import { ScoreRadar, SERIES_COLORS, useCompactCharts } from '../../../components/charts/index.ts';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import {
  quickScanQueryOptions,
  startAssessmentFromScan,
  useQuickScanResult,
} from '../api/quick-scan.ts';
import '../quick-scan.css';
import { ScanGone } from './scan.tsx';

const fmt = (n: number) => n.toFixed(2);

function NextStep({ scan }: { scan: QuickScanView | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: (s: QuickScanView) =>
      startAssessmentFromScan(
        s,
        `${t('quickScan.result.fullTitle')} ${new Date().toISOString().slice(0, 10)}`,
      ),
    onSuccess: (a) => void navigate(`/assessments/${a.id}`),
  });
  const here = encodeURIComponent(`/quick-scan/${scan?.id ?? ''}/result`);
  if (session.status !== 'authenticated') {
    return (
      <div className="card qs-keep" data-testid="qs-keep">
        <p>{t('quickScan.result.keep')}</p>
        <div className="button-row">
          <Link className="btn btn-primary" to={`/register?next=${here}`}>
            {t('quickScan.result.register')}
          </Link>
          <Link className="btn" to={`/login?next=${here}`} data-testid="qs-login">
            {t('quickScan.result.login')}
          </Link>
        </div>
      </div>
    );
  }
  if (session.user.role !== 'respondent') {
    return <p className="muted">{t('quickScan.result.staffNote')}</p>;
  }
  const claimed = !!scan?.organizationId && scan.organizationId === session.organization?.id;
  return (
    <div className="card qs-keep" data-testid="qs-keep">
      <p role="status">{claimed ? t('quickScan.result.kept') : t('quickScan.result.claiming')}</p>
      <FormAlert error={start.error} />
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!claimed || start.isPending}
          onClick={() => scan && start.mutate(scan)}
          data-testid="qs-start-full"
        >
          {start.isPending ? t('quickScan.result.starting') : t('quickScan.result.startFull')}
        </button>
      </div>
    </div>
  );
}

function Result({ result, scan }: { result: QuickScanResult; scan: QuickScanView | undefined }) {
  const { t, pick } = useI18n();
  const compact = useCompactCharts();
  return (
    <section className="page quick-scan-result" data-testid="qs-result">
      <p className="qs-badge" data-testid="qs-indicative">
        {pick(result.label)}
      </p>
      <h1>{t('quickScan.result.title')}</h1>
      <p className="muted">{t('quickScan.result.notJudgment')}</p>
      <dl className="qs-headline">
        <div>
          <dt>{t('quickScan.result.level')}</dt>
          <dd data-testid="qs-level">
            {result.maturityLevel} · {pick(result.levelName)}
          </dd>
        </div>
        <div>
          <dt>{t('quickScan.result.score')}</dt>
          <dd data-testid="qs-score">{fmt(result.score)}</dd>
        </div>
        <div>
          <dt>{t('quickScan.result.tier')}</dt>
          <dd data-testid="qs-tier">{pick(result.tier.label)}</dd>
        </div>
      </dl>
      <p className="small muted">
        {t('quickScan.result.answered', { answered: result.answered, total: result.total })} ·{' '}
        <Link to={`/quick-scan/${result.id}`}>{t('quickScan.result.edit')}</Link>
      </p>
      <div className="qs-result-grid">
        <div className="card">
          <ScoreRadar
            title={t('quickScan.result.radar')}
            description={t('quickScan.result.radarDesc')}
            categoryHeader={t('quickScan.result.subdomain')}
            categories={result.subdomains.map((s) => ({ key: s.id, label: pick(s.name) }))}
            series={[
              {
                key: 'scan',
                label: t('quickScan.result.series'),
                color: SERIES_COLORS[0],
                values: Object.fromEntries(result.subdomains.map((s) => [s.id, s.level])),
              },
            ]}
            compactLabels={compact}
            height={compact ? 300 : 380}
          />
        </div>
        <div className="card">
          <h2>{t('quickScan.result.weakest')}</h2>
          <ol className="qs-weakest" data-testid="qs-weakest">
            {result.weakest.map((w) => (
              <li key={w.id}>
                <strong>
                  {t('quickScan.result.weakestLevel', {
                    name: pick(w.name),
                    level: t(`level.${w.level}` as 'level.0'),
                  })}
                </strong>
                <p>{pick(w.sentence)}</p>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <NextStep scan={scan} />
      <details className="qs-method">
        <summary>{t('quickScan.result.method')}</summary>
        <p>{pick(result.method)}</p>
      </details>
    </section>
  );
}

/** /quick-scan/:id/result — the indicative result (指示性结果). */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  useDocumentTitle(t('quickScan.result.title'));
  const result = useQuickScanResult(id);
  const scan = useQuery(quickScanQueryOptions(id));
  if (result.isPending) return <LoadingState />;
  if (result.isError) {
    const err = result.error;
    if (err instanceof ApiError && [401, 404, 410].includes(err.status)) return <ScanGone />;
    return <ErrorState error={err} onRetry={() => void result.refetch()} />;
  }
  return <Result result={result.data} scan={scan.data} />;
}
