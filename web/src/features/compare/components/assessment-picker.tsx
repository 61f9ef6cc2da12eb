import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { useI18n } from '../../../i18n/index.tsx';
import { fmt2, levelLabel } from '../model.ts';

export interface AssessmentPickerProps {
  assessments: AssessmentView[];
  a: string | null;
  b: string | null;
  onChange: (next: { a: string | null; b: string | null }) => void;
}

/** Two selects: the baseline (A) and the assessment compared with it (B). */
export function AssessmentPicker({ assessments, a, b, onChange }: AssessmentPickerProps) {
  const { t, pick, formatDate } = useI18n();
  const option = (x: AssessmentView) => {
    const date = formatDate(x.submittedAt ?? x.createdAt);
    const result = x.result
      ? `${levelLabel(x.result.maturityLevel, t, pick)} · ${fmt2(x.result.score)}`
      : '';
    return `${x.title} · ${date} · ${result}`;
  };
  return (
    <div className="compare-picker">
      <label>
        <span>{t('compare.pick.a')}</span>
        <select
          value={a ?? ''}
          onChange={(e) => onChange({ a: e.target.value || null, b })}
          data-testid="pick-a"
        >
          <option value="">{t('compare.pick.choose')}</option>
          {assessments.map((x) => (
            <option key={x.id} value={x.id}>
              {option(x)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn compare-swap"
        onClick={() => onChange({ a: b, b: a })}
        disabled={a === null && b === null}
        aria-label={t('compare.pick.swap')}
        title={t('compare.pick.swap')}
      >
        ⇄
      </button>
      <label>
        <span>{t('compare.pick.b')}</span>
        <select
          value={b ?? ''}
          onChange={(e) => onChange({ a, b: e.target.value || null })}
          data-testid="pick-b"
        >
          <option value="">{t('compare.pick.choose')}</option>
          {assessments.map((x) => (
            <option key={x.id} value={x.id}>
              {option(x)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
