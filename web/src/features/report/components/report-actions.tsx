import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDownloadExport, type ExportKind } from '../api/download-export.ts';

export interface ReportActionsProps {
  assessmentId: string;
  title: string;
}

/** Download the roadmap PDF or the data as CSV / Excel, or print the page. */
export function ReportActions({ assessmentId, title }: ReportActionsProps) {
  const { t, locale } = useI18n();
  const download = useDownloadExport(assessmentId);
  // Kinds the server answered 404 for (the PDF lands later than the report): disabled, said why.
  const [missing, setMissing] = useState<ExportKind[]>([]);
  const [failed, setFailed] = useState<ExportKind | null>(null);
  const busy = download.isPending ? download.variables.kind : null;

  const run = (kind: ExportKind) => {
    setFailed(null);
    download.mutate(
      { kind, lang: locale, fallbackName: `${title}.${kind}` },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.status === 404) setMissing((m) => [...m, kind]);
          else setFailed(kind);
        },
      },
    );
  };
  const button = (kind: ExportKind, label: string) => (
    <button
      type="button"
      className="btn"
      onClick={() => run(kind)}
      disabled={busy !== null || missing.includes(kind)}
      aria-busy={busy === kind}
    >
      {busy === kind ? t('report.actions.preparing') : label}
    </button>
  );

  return (
    <div className="report-actions" role="group" aria-label={t('report.actions.label')}>
      {button('pdf', t('report.actions.pdf'))}
      {button('csv', t('report.actions.csv'))}
      {button('xlsx', t('report.actions.xlsx'))}
      <button type="button" className="btn" onClick={() => window.print()}>
        {t('report.actions.print')}
      </button>
      <Link className="btn" to={`/compare?b=${assessmentId}`} data-testid="report-compare">
        {t('report.actions.compare')}
      </Link>
      {missing.length > 0 && (
        <p className="muted action-note" role="status">
          {t('report.actions.unavailable')}
        </p>
      )}
      {failed && (
        <p className="error-text" role="alert">
          {t('report.actions.failed')}
        </p>
      )}
    </div>
  );
}
