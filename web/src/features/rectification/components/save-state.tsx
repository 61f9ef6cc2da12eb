import { useI18n } from '../../../i18n/index.tsx';
import type { CardState } from '../hooks/use-rectification.ts';
import { choiceKey } from '../model.ts';

/** A card's save state: unsaved changes, saving, saved (with the time), or what failed. */
export function SaveState({ state, dirty }: { state: CardState; dirty: boolean }) {
  const { t, formatDate } = useI18n();
  if (state.status === 'error' && state.error) {
    const { key, choice } = state.error;
    return (
      <p role="alert" className="field-error rect-save-error" data-testid="save-state">
        {t(key, { choice: choice ? t(choiceKey(choice)) : t('rect.answer.none') })}
      </p>
    );
  }
  let text: string | null = null;
  let status: string = state.status;
  if (state.status === 'saving') text = t('rect.save.saving');
  else if (dirty) {
    text = t('rect.save.dirty');
    status = 'dirty';
  } else if (state.status === 'saved' && state.savedAt !== null)
    text = t('rect.save.savedAt', {
      time: formatDate(new Date(state.savedAt), { timeStyle: 'short' }),
    });
  return (
    <span
      role="status"
      aria-live="polite"
      className={`small rect-save-state rect-save-${status}`}
      data-testid="save-state"
      data-status={status}
    >
      {text}
    </span>
  );
}
