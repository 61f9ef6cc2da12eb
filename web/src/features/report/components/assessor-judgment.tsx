import { useI18n } from '../../../i18n/index.tsx';

export interface AssessorJudgmentProps {
  judgment: string | null;
  opinion: string | null;
  assessorName: string | null;
  signedOffAt: string | null;
  selfLevelName: string;
  assessedLevelName: string;
}

/** The assessor's result judgment (结果判定) and overall opinion. */
export function AssessorJudgment(p: AssessorJudgmentProps) {
  const { t, formatDate } = useI18n();
  const judgment =
    p.judgment === 'confirmed'
      ? t('report.judgment.confirmed')
      : p.judgment === 'adjusted'
        ? t('report.judgment.adjusted')
        : t('report.judgment.pending');
  return (
    <div className="assessor-judgment" data-testid="assessor-judgment">
      <dl className="report-meta">
        <div>
          <dt>{t('report.judgment.label')}</dt>
          <dd>{judgment}</dd>
        </div>
        <div>
          <dt>{t('report.series.self')}</dt>
          <dd>{p.selfLevelName}</dd>
        </div>
        <div>
          <dt>{t('report.series.assessed')}</dt>
          <dd>{p.assessedLevelName}</dd>
        </div>
        {p.assessorName && (
          <div>
            <dt>{t('report.judgment.assessor')}</dt>
            <dd>{p.assessorName}</dd>
          </div>
        )}
        {p.signedOffAt && (
          <div>
            <dt>{t('report.judgment.signedOffAt')}</dt>
            <dd>{formatDate(p.signedOffAt)}</dd>
          </div>
        )}
      </dl>
      {p.opinion && (
        <blockquote className="opinion">
          <p className="result-label">{t('report.judgment.opinion')}</p>
          <p>{p.opinion}</p>
        </blockquote>
      )}
    </div>
  );
}
