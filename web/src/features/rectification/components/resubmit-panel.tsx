import { useState } from 'react';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { ResubmitMutation } from '../api/resubmit-assessment.ts';
import type { RectificationState } from '../hooks/use-rectification.ts';
import { missingFrom, needsResponse, type FindingGroup, type Missing } from '../model.ts';

/** Failures the panel explains itself: a list of what is missing, or the state moved on. */
const explained = (err: unknown) =>
  err instanceof ApiError && (err.status === 409 || missingFrom(err.code, err.body) !== null);

/**
 * Progress over the open findings and the resubmission: unsaved cards are saved first, then
 * the server decides; what it finds missing (422) comes back as a list.
 */
export function ResubmitPanel({
  groups,
  rect,
  resubmit,
  onMissing,
}: {
  groups: readonly FindingGroup[];
  rect: RectificationState;
  /** Held by the page, which outlives this panel once the assessment is back in review. */
  resubmit: ResubmitMutation;
  onMissing: (missing: Missing | null) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const open = groups.flatMap((g) => g.findings.filter((f) => f.status === 'open'));
  const responded = open.filter((f) => !needsResponse(f)).length;
  // A typed response is saved before resubmitting: only findings with none at all would fail.
  const pending = open.filter((f) => needsResponse(f) && rect.responseOf(f).trim() === '').length;
  const dirty = rect.countDirty(groups);

  const confirm = async () => {
    setProblem(null);
    onMissing(null);
    resubmit.reset();
    setSaving(true);
    const saved = await rect.saveAll(groups);
    setSaving(false);
    if (!saved) {
      setConfirming(false);
      setProblem('rect.resubmit.unsaved');
      return;
    }
    resubmit.mutate(undefined, {
      onSuccess: () => setConfirming(false),
      onError: (err) => {
        setConfirming(false);
        if (!(err instanceof ApiError)) return;
        const missing = missingFrom(err.code, err.body);
        if (missing) onMissing(missing);
        else if (err.code === 'revision_conflict') setProblem('rect.resubmit.conflict');
        else if (err.code === 'invalid_transition') setProblem('rect.resubmit.notReturned');
      },
    });
  };

  const error = resubmit.error;
  return (
    <section className="card rect-summary" aria-labelledby="rect-summary-title">
      <div className="rect-summary-main">
        <h2 id="rect-summary-title">{t('rect.summary.title')}</h2>
        <ProgressBar value={responded} max={open.length} label={t('rect.summary.progress')} />
        <p className="small" data-testid="rect-progress">
          {t('rect.summary.count', { responded, total: open.length })}
          {dirty > 0 && (
            <span className="rect-unsaved"> · {t('rect.summary.unsaved', { count: dirty })}</span>
          )}
        </p>
        {pending === 0 && dirty === 0 && open.length > 0 && (
          <p className="small rect-ready">✓ {t('rect.summary.ready')}</p>
        )}
      </div>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => setConfirming(true)}
        disabled={resubmit.isPending || saving}
      >
        {t('rect.resubmit.button')}
      </button>
      {problem && (
        <div className="error-box rect-problem" role="alert">
          {t(problem)}
        </div>
      )}
      {error && !explained(error) && (
        <div className="rect-problem">
          <FormAlert error={error} />
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('rect.resubmit.title')}
        confirmLabel={t('rect.resubmit.confirm')}
        pending={saving || resubmit.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        testId="resubmit-dialog"
      >
        <p>{t('rect.resubmit.lead')}</p>
        {dirty > 0 && <p>{t('rect.resubmit.willSave', { count: dirty })}</p>}
        {pending > 0 && (
          <p className="rect-warn">{t('rect.resubmit.pending', { count: pending })}</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
