import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';

/** Loading and error states for a query, so no screen is ever blank. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending)
    return (
      <p role="status" className="muted">
        {t('state.loading')}
      </p>
    );
  if (query.isError)
    return (
      <div role="alert" className="error-box">
        <p>{t('state.error')}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  return <>{children(query.data)}</>;
}
