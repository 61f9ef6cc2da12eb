import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useReport } from '../api/get-report.ts';
import { useVersionDocument } from '../../../lib/api/get-version-document.ts';
import { ReportView } from '../components/report-view.tsx';
import { QuickScanBeside } from '../../quick-scan/components/report-beside.tsx';
import { requirementIndex, type RequirementInfo } from '../model.ts';
import '../report.css';

const NO_TEXTS = new Map<string, RequirementInfo>();

/** /assessments/:id/report — the scored report of one assessment. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const report = useReport(id);
  const version = useVersionDocument(report.data?.assessment.version.id);
  const profileId = report.data?.assessment.profileId;
  const requirements = useMemo(
    () =>
      version.data && profileId ? requirementIndex(version.data.document, profileId) : NO_TEXTS,
    [version.data, profileId],
  );
  useDocumentTitle(
    report.data ? `${report.data.assessment.title} · ${t('report.title')}` : t('report.title'),
  );

  if (report.isPending) return <LoadingState label={t('report.loading')} />;
  if (report.isError) {
    const err = report.error;
    if (err instanceof ApiError && err.status === 404)
      return (
        <section className="page">
          <div role="alert" className="error-box">
            <p>{t('report.notFound')}</p>
            <Link to="/">{t('notFound.back')}</Link>
          </div>
        </section>
      );
    if (err instanceof ApiError && err.status === 409)
      return (
        <section className="page">
          <div role="alert" className="error-box">
            <p>{t('report.notReady')}</p>
          </div>
        </section>
      );
    return <ErrorState error={err} onRetry={() => void report.refetch()} />;
  }
  return (
    <section className="page report-page">
      {version.isError && (
        <p className="notice" role="note">
          {t('report.textsUnavailable')}
        </p>
      )}
      <QuickScanBeside assessmentId={id} />
      <ReportView data={report.data} requirements={requirements} />
    </section>
  );
}
