import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useComparableAssessments } from '../api/get-comparable-assessments.ts';
import { useComparison } from '../api/get-comparison.ts';
import { AssessmentPicker } from '../components/assessment-picker.tsx';
import { ComparisonView } from '../components/comparison-view.tsx';
import { defaultPair } from '../model.ts';
import '../compare.css';

/** /compare?a=&b= — two of the enterprise's submitted assessments, b against a. */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('compare.title'));
  const [params, setParams] = useSearchParams();
  const a = params.get('a');
  const b = params.get('b');
  const assessments = useComparableAssessments();
  const comparison = useComparison(a, b);

  // With nothing chosen, compare the latest assessment with the one before it; with only B
  // chosen (the report's and the list's links), B against the assessment carried out before it.
  const list = assessments.data;
  useEffect(() => {
    if (a !== null || !list || list.length < 2) return;
    const pair = defaultPair(list, b);
    if (pair) setParams(pair, { replace: true });
  }, [a, b, list, setParams]);

  const choose = (next: { a: string | null; b: string | null }) => {
    const search = new URLSearchParams();
    if (next.a) search.set('a', next.a);
    if (next.b) search.set('b', next.b);
    setParams(search);
  };

  return (
    <section className="page compare-page">
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      {assessments.isPending ? (
        <LoadingState />
      ) : assessments.isError ? (
        <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />
      ) : assessments.data.length < 2 ? (
        <div className="empty-state" data-testid="compare-empty">
          <p>{t('compare.needTwo', { count: assessments.data.length })}</p>
          <Link to="/">{t('compare.back')}</Link>
        </div>
      ) : (
        <>
          <AssessmentPicker assessments={assessments.data} a={a} b={b} onChange={choose} />
          {a === null || b === null ? (
            <p className="muted">{t('compare.chooseBoth')}</p>
          ) : a === b ? (
            <p className="notice" role="note">
              {t('compare.same')}
            </p>
          ) : comparison.isPending ? (
            <LoadingState />
          ) : comparison.isError ? (
            comparison.error instanceof ApiError && comparison.error.status < 500 ? (
              <div role="alert" className="error-box">
                <p>{t('compare.invalid')}</p>
              </div>
            ) : (
              <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
            )
          ) : (
            <ComparisonView data={comparison.data} />
          )}
        </>
      )}
    </section>
  );
}
