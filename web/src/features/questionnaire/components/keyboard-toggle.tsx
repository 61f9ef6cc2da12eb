import { useI18n } from '../../../i18n/index.tsx';

/** The visible switch for single-key answering (WCAG 2.1.4: shortcuts can be turned off). */
export function KeyboardToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className={`switch${on ? ' on' : ''}`}
      onClick={() => onChange(!on)}
      title={t('q.keyboard.help')}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      {t('q.keyboard.label')}
    </button>
  );
}
