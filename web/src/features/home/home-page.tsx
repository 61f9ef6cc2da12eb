import { Link } from 'react-router';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useMeta } from './api/get-meta.ts';

const LEVEL_KEYS: MessageKey[] = ['level.1', 'level.2', 'level.3', 'level.4', 'level.5'];

export function HomePage() {
  const { t } = useI18n();
  const meta = useMeta();
  return (
    <section className="page home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <div className="card home-quick-scan" data-testid="home-quick-scan">
        <h2>{t('quickScan.home.title')}</h2>
        <p>{t('quickScan.home.lead')}</p>
        <Link to="/quick-scan" className="btn btn-primary" data-testid="start-quick-scan">
          {t('quickScan.home.start')}
        </Link>
      </div>
      <QueryState query={meta}>
        {(m) => (
          <dl className="stats" data-testid="platform-stats">
            <div>
              <dt>{t('home.stats.systems')}</dt>
              <dd>{m.stats.publishedIndicatorSystems}</dd>
            </div>
          </dl>
        )}
      </QueryState>
      <h2>{t('home.levels.title')}</h2>
      <ol className="levels">
        {LEVEL_KEYS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>
    </section>
  );
}
