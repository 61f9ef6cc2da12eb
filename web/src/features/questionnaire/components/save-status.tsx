import { useI18n } from '../../../i18n/index.tsx';
import type { AutosaveSnapshot } from '../autosave-queue.ts';

/** 已保存 / 保存中… / 离线，恢复网络后自动保存 / 保存失败 (retry), announced politely. */
export function SaveStatus({
  snapshot,
  onRetry,
}: {
  snapshot: AutosaveSnapshot;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const { status } = snapshot;
  const text =
    status === 'saved'
      ? t('q.save.saved')
      : status === 'offline'
        ? t('q.save.offline')
        : status === 'error'
          ? t('q.save.failed')
          : t('q.save.saving');
  return (
    <div className={`save-status save-${status}`} data-testid="save-status" data-status={status}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {text}
      </span>
      {(status === 'error' || status === 'offline') && (
        <>
          {snapshot.unsaved > 0 && (
            <span className="small muted">{t('q.save.unsaved', { count: snapshot.unsaved })}</span>
          )}
          <button type="button" className="btn btn-small" onClick={onRetry}>
            {t('q.save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
