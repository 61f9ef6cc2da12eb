import type { AssessmentView } from '@zhiping/shared/api/assessments';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import type { AssessmentReport } from '@zhiping/shared/scoring/types';
import type { Ref } from 'react';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import type { AutosaveSnapshot } from '../autosave-queue.ts';
import type { progressOf } from '../outline.ts';
import { KeyboardToggle } from './keyboard-toggle.tsx';
import { LivePreview } from './live-preview.tsx';
import { SaveStatus } from './save-status.tsx';

/**
 * The questionnaire's sticky header: what is assessed against what, the overall progress, the
 * live preview, the save status, the keyboard toggle and the submit button.
 */
export function QuestionnaireHeader({
  headerRef,
  assessment,
  system,
  overall,
  report,
  snapshot,
  onRetry,
  keyboardOn,
  onKeyboard,
  canSubmit,
  submitDisabled,
  onSubmit,
}: {
  headerRef: Ref<HTMLElement>;
  assessment: AssessmentView;
  system: IndicatorSystem;
  overall: ReturnType<typeof progressOf>;
  report: AssessmentReport | null;
  /** Shown while the answers may change (null: read-only, no save status). */
  snapshot: AutosaveSnapshot | null;
  onRetry: () => void;
  keyboardOn: boolean;
  onKeyboard: (on: boolean) => void;
  /** Whether this questionnaire is submitted from here (not when read-only or returned). */
  canSubmit: boolean;
  submitDisabled: boolean;
  onSubmit: () => void;
}) {
  const { t, pick } = useI18n();
  const profile = system.profiles.find((p) => p.id === assessment.profileId);
  return (
    <header className="q-header" ref={headerRef}>
      <div className="q-title">
        <h1>{assessment.title}</h1>
        <p className="muted small">
          {pick(system.name)} {system.version}
          {system.draftForComments && (
            <span className="badge badge-warn" data-testid="draft-badge">
              {' '}
              {t('version.draftForComments')}
            </span>
          )}
          {profile && ` · ${pick(profile.name)}`} ·{' '}
          {t('q.target', { level: assessment.targetLevel })}
        </p>
        {system.draftForComments && (
          <p className="small muted draft-line">{t('version.draftNotice')}</p>
        )}
      </div>
      <div className="q-overall">
        <ProgressBar value={overall.answered} max={overall.applicable} label={t('q.overall')} />
        <span className="small" data-testid="overall-progress">
          {t('q.overallCount', { answered: overall.answered, applicable: overall.applicable })}
        </span>
      </div>
      <div className="q-preview">
        <LivePreview report={report} system={system} compact />
      </div>
      <div className="q-status">
        {snapshot && <SaveStatus snapshot={snapshot} onRetry={onRetry} />}
      </div>
      <div className="q-keyboard">
        <KeyboardToggle on={keyboardOn} onChange={onKeyboard} />
      </div>
      <div className="q-submit">
        {canSubmit && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={onSubmit}
            disabled={submitDisabled}
          >
            {t('q.submit.button')}
          </button>
        )}
      </div>
    </header>
  );
}
