import { useI18n } from '../../../i18n/index.tsx';
import { useAssessment } from '../../../lib/api/get-assessment.ts';
import { useAssessmentQuickScan } from '../api/quick-scan.ts';
import '../quick-scan.css';

const fmt = (n: number) => n.toFixed(2);

/**
 * In the report of an assessment started from a quick scan: the scan's indication beside
 * the result, and how well it predicted it (docs/quick-scan.md).
 */
export function QuickScanBeside({ assessmentId }: { assessmentId: string }) {
  const { t, pick } = useI18n();
  const assessment = useAssessment(assessmentId);
  const beside = useAssessmentQuickScan(assessmentId, !!assessment.data?.quickScanId);
  const b = beside.data;
  if (!b) return null;
  return (
    <section className="card qs-beside" data-testid="qs-beside">
      <h2>{t('quickScan.beside.title')}</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t('quickScan.beside.indicative')}</th>
            <td data-testid="qs-beside-indicative">
              {t('quickScan.beside.levelScore', {
                level: b.indicative.maturityLevel,
                score: fmt(b.indicative.score),
              })}
            </td>
          </tr>
          {b.actual && (
            <tr>
              <th scope="row">{t('quickScan.beside.actual')}</th>
              <td data-testid="qs-beside-actual">
                {t('quickScan.beside.levelScore', {
                  level: b.actual.maturityLevel,
                  score: fmt(b.actual.score),
                })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p data-testid="qs-beside-agreement">
        {b.agreement
          ? t('quickScan.beside.agreement', {
              same: b.agreement.sameLevel,
              compared: b.agreement.compared,
              diff: fmt(b.agreement.meanAbsoluteDifference),
              score: fmt(b.agreement.scoreDifference),
            })
          : t('quickScan.beside.pending')}
      </p>
      {b.agreement && (
        <details>
          <summary>{t('quickScan.result.subdomain')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('quickScan.result.subdomain')}</th>
                <th scope="col">{t('quickScan.beside.indicative')}</th>
                <th scope="col">{t('quickScan.beside.actual')}</th>
              </tr>
            </thead>
            <tbody>
              {b.subdomains.map((s) => (
                <tr key={s.id}>
                  <td>{pick(s.name)}</td>
                  <td>{s.indicativeLevel ?? '—'}</td>
                  <td>{s.actualLevel ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
