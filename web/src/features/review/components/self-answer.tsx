import type { AnswerView, EvidenceFileView } from '@zhiping/shared/api/assessments';
import { useI18n } from '../../../i18n/index.tsx';
import { useDownloadEvidence } from '../../../lib/api/download-evidence.ts';
import { CHOICE_KEYS } from '../model.ts';

const kib = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/** The enterprise's side of a requirement: its answer, comment and evidence. */
export function SelfAnswer({
  assessmentId,
  answer,
  files,
}: {
  assessmentId: string;
  answer: AnswerView | null;
  files: EvidenceFileView[];
}) {
  const { t } = useI18n();
  const download = useDownloadEvidence(assessmentId);
  const notes = answer?.evidence.notes.trim() ?? '';
  const links = answer?.evidence.links ?? [];
  const comment = answer?.comment.trim() ?? '';
  return (
    <div className="self-answer">
      <h4>{t('review.selfSide')}</h4>
      <p>
        {answer?.choice ? (
          <span className={`answer-chip answer-${answer.choice}`} data-testid="self-choice">
            {t(CHOICE_KEYS[answer.choice])}
          </span>
        ) : (
          <span className="muted">{t('review.unanswered')}</span>
        )}
      </p>
      {comment && (
        <div className="self-block">
          <span className="self-label">{t('review.comment')}</span>
          <p className="prewrap">{comment}</p>
        </div>
      )}
      {notes && (
        <div className="self-block">
          <span className="self-label">{t('review.evidence.notes')}</span>
          <p className="prewrap">{notes}</p>
        </div>
      )}
      {links.length > 0 && (
        <div className="self-block">
          <span className="self-label">{t('review.evidence.links')}</span>
          <ul className="evidence-list">
            {links.map((href) => (
              <li key={href}>
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {files.length > 0 && (
        <div className="self-block">
          <span className="self-label">{t('review.evidence.files')}</span>
          <ul className="evidence-list">
            {files.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => download.mutate(f)}
                  aria-label={t('review.evidence.download', { name: f.filename })}
                >
                  ⬇ {f.filename}
                </button>{' '}
                <span className="muted small">{kib(f.sizeBytes)}</span>
              </li>
            ))}
          </ul>
          {download.isError && (
            <p role="alert" className="field-error">
              {t('review.evidence.downloadFailed')}
            </p>
          )}
        </div>
      )}
      {!comment && !notes && links.length === 0 && files.length === 0 && (
        <p className="muted small">{t('review.evidence.none')}</p>
      )}
    </div>
  );
}
