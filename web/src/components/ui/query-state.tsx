import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { ApiError, NetworkError } from '../../lib/api-client.ts';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="muted loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text =
    error instanceof NetworkError
      ? t('state.networkError')
      : error instanceof ApiError && error.status === 403
        ? t('state.forbidden')
        : t('state.error');
  return (
    <div role="alert" className="error-box">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children, testId }: { children?: ReactNode; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="empty-state" data-testid={testId}>
      {children ?? <p>{t('state.empty')}</p>}
    </div>
  );
}

/** Loading, error and empty states for a query, so no screen is ever blank. */
export function QueryState<T>({
  query,
  children,
  isEmpty,
  empty,
  emptyTestId,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  emptyTestId?: string;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <EmptyState testId={emptyTestId}>{empty}</EmptyState>;
  return <>{children(query.data)}</>;
}
