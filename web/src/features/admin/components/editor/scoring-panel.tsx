import {
  ANSWER_KEYS,
  answerScaleSchema,
  scoringParametersSchema,
} from '@zhiping/shared/indicator-system/schema';
import { useI18n } from '../../../../i18n/index.tsx';
import { NumberInput } from './fields.tsx';
import type { PanelProps } from './tree-panel.tsx';

/** Its default applies only to a missing value, so it checks a typed number like `decimal`. */
const thresholdSchema = scoringParametersSchema.shape.threshold;

/** The scoring parameters: the value of each answer and the level threshold. */
export function ScoringPanel({ doc, editable, onChange, onValidity }: PanelProps) {
  const { t } = useI18n();
  const { scoring } = doc;
  return (
    <section className="card scoring-panel">
      <h2>{t('admin.scoring.title')}</h2>
      <p className="muted">{t('admin.scoring.lead')}</p>
      <fieldset>
        <legend>{t('admin.scoring.answerScale')}</legend>
        <div className="scale-grid">
          {ANSWER_KEYS.map((key) => (
            <div key={key} className="field">
              <label htmlFor={`scale-${key}`}>{t(`admin.scoring.answer.${key}`)}</label>
              <NumberInput
                id={`scale-${key}`}
                label={t(`admin.scoring.answer.${key}`)}
                value={scoring.answerScale[key]}
                schema={answerScaleSchema.shape[key]}
                disabled={!editable}
                onValidity={onValidity}
                onValue={(v) =>
                  v !== null &&
                  onChange({
                    ...doc,
                    scoring: { ...scoring, answerScale: { ...scoring.answerScale, [key]: v } },
                  })
                }
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="scoring-threshold">{t('admin.scoring.threshold')}</label>
        <NumberInput
          id="scoring-threshold"
          label={t('admin.scoring.threshold')}
          value={scoring.threshold}
          schema={thresholdSchema}
          disabled={!editable}
          onValidity={onValidity}
          onValue={(v) => v !== null && onChange({ ...doc, scoring: { ...scoring, threshold: v } })}
        />
        <p className="field-hint">{t('admin.scoring.thresholdHint')}</p>
      </div>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={scoring.thresholdInclusive}
          disabled={!editable}
          onChange={(e) =>
            onChange({ ...doc, scoring: { ...scoring, thresholdInclusive: e.target.checked } })
          }
        />
        {t('admin.scoring.inclusive')}
      </label>
      <fieldset className="draft-for-comments">
        <legend>{t('admin.scoring.standing')}</legend>
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={doc.draftForComments}
            disabled={!editable}
            data-testid="draft-for-comments"
            onChange={(e) => onChange({ ...doc, draftForComments: e.target.checked })}
          />
          {t('admin.scoring.draftForComments')}
        </label>
        <p className="field-hint">{t('admin.scoring.draftForCommentsHint')}</p>
      </fieldset>
    </section>
  );
}
