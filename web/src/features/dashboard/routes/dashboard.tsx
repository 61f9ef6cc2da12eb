import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAssessments } from '../api/get-assessments.ts';
import { AssessmentList } from '../components/assessment-list.tsx';
import { LevelHistory } from '../components/level-history.tsx';
import { historyEntries } from '../model.ts';

const PAGE_SIZE = 10;
/** The chart reads the most recent hundred assessments (the API's page maximum). */
const HISTORY_SIZE = 100;

export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('dashboard.title'));
  const session = useSession();
  const [page, setPage] = useState(1);
  const list = useAssessments({ page, limit: PAGE_SIZE });
  const history = useAssessments({ page: 1, limit: HISTORY_SIZE });
  // Each assessment's predecessor in the order they were carried out, for the compare links.
  const previous = useMemo(() => {
    const entries = historyEntries(history.data?.items ?? []);
    return new Map(entries.slice(1).map((e, i) => [e.id, entries[i]?.id ?? '']));
  }, [history.data]);
  const org = session.status === 'authenticated' ? session.organization : null;

  return (
    <section className="page dashboard">
      <div className="page-head">
        <div>
          <h1>{t('dashboard.title')}</h1>
          {org && <p className="muted">{org.name}</p>}
        </div>
        <Link to="/assessments/new" className="btn btn-primary">
          {t('dashboard.new')}
        </Link>
      </div>
      <QueryState query={history}>{(data) => <LevelHistory assessments={data.items} />}</QueryState>
      <h2>{t('dashboard.list.title')}</h2>
      <QueryState
        query={list}
        isEmpty={(d) => d.total === 0}
        empty={
          <>
            <p>{t('dashboard.list.empty')}</p>
            <Link to="/assessments/new" className="btn btn-primary">
              {t('dashboard.new')}
            </Link>
          </>
        }
      >
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.limit));
          return (
            <>
              <AssessmentList items={data.items} previous={previous} />
              {pages > 1 && (
                <nav className="pager" aria-label={t('dashboard.pager')}>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={page <= 1}
                    onClick={() => setPage((p) => p - 1)}
                  >
                    {t('dashboard.prev')}
                  </button>
                  <span>{t('dashboard.pageOf', { page, pages })}</span>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={page >= pages}
                    onClick={() => setPage((p) => p + 1)}
                  >
                    {t('dashboard.next')}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
