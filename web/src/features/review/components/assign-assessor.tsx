import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { useAssessors } from '../api/get-assessors.ts';
import { useAssignAssessor } from '../api/assign-assessor.ts';

/** An admin hands the review to an assessor (or to another one). */
export function AssignAssessor({
  assessmentId,
  current,
}: {
  assessmentId: string;
  current: string | null;
}) {
  const { t } = useI18n();
  const assessors = useAssessors(true);
  const assign = useAssignAssessor(assessmentId);
  const [chosen, setChosen] = useState(current ?? '');
  const currentName = assessors.data?.find((a) => a.id === current)?.displayName;
  return (
    <div className="assign-assessor">
      <p className="small">
        {t('review.assign.current')}:{' '}
        <strong>{current ? (currentName ?? '…') : t('review.assign.nobody')}</strong>
      </p>
      <div className="inline-form">
        <label className="filter">
          <span>{t('review.assign.label')}</span>
          <select
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            disabled={!assessors.data}
          >
            <option value="">{t('review.assign.choose')}</option>
            {assessors.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName} · {a.email}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-small"
          disabled={!chosen || chosen === current || assign.isPending}
          onClick={() => assign.mutate(chosen)}
        >
          {t('review.assign.action')}
        </button>
      </div>
      {assign.isError && (
        <p role="alert" className="field-error">
          {t('form.unexpected')}
        </p>
      )}
    </div>
  );
}
