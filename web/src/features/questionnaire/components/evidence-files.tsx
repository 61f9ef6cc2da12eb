import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { EVIDENCE_FILE_TYPES } from '@zhiping/shared/api/reviews';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { ApiError, NetworkError } from '../../../lib/api-client.ts';
import { useDeleteEvidence } from '../api/delete-evidence.ts';
import { useDownloadEvidence } from '../../../lib/api/download-evidence.ts';
import { useRequirementEvidence } from '../api/list-evidence.ts';
import {
  EVIDENCE_EXTENSIONS,
  EVIDENCE_MAX_BYTES,
  useUploadEvidence,
} from '../api/upload-evidence.ts';

const ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');
const TYPE_NAMES = EVIDENCE_FILE_TYPES.map((t) => t.extensions.join('/').toUpperCase());
/** The server's cap on files per requirement, when a 409 does not say it. */
const DEFAULT_FILE_LIMIT = 20;

const extensionOf = (filename: string) => {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
};

/** A message for the user: its key, and the numbers it needs beyond the file name. */
interface Problem {
  key: MessageKey;
  name: string;
  maxBytes?: number;
  limit?: number;
}

/** Why a chosen file cannot be sent, found before uploading; the server checks again. */
function refusal(file: File): Problem | null {
  if (!EVIDENCE_EXTENSIONS.includes(extensionOf(file.name))) {
    return { key: 'q.files.error.type', name: file.name };
  }
  if (file.size > EVIDENCE_MAX_BYTES) {
    return { key: 'q.files.error.tooLarge', name: file.name, maxBytes: EVIDENCE_MAX_BYTES };
  }
  if (file.size === 0) return { key: 'q.files.error.empty', name: file.name };
  return null;
}

/** The API's refusal of an upload or a deletion, by its stable code. */
function problemOf(err: unknown, name: string): Problem {
  if (err instanceof NetworkError) return { key: 'q.files.error.offline', name };
  if (!(err instanceof ApiError)) return { key: 'q.files.error.failed', name };
  const body = (err.body ?? {}) as { maxBytes?: unknown; limit?: unknown };
  switch (err.code) {
    case 'file_too_large':
      return {
        key: 'q.files.error.tooLarge',
        name,
        maxBytes: typeof body.maxBytes === 'number' ? body.maxBytes : EVIDENCE_MAX_BYTES,
      };
    case 'unsupported_file_type':
      return { key: 'q.files.error.type', name };
    case 'answer_not_reopened':
      return { key: 'q.files.error.notReopened', name };
    case 'assessment_locked':
      return { key: 'q.files.error.locked', name };
    case 'evidence_limit_reached':
      return {
        key: 'q.files.error.limit',
        name,
        limit: typeof body.limit === 'number' ? body.limit : DEFAULT_FILE_LIMIT,
      };
    case 'not_found':
      return { key: 'q.files.error.gone', name };
    default:
      return { key: 'q.files.error.failed', name };
  }
}

function useFormatBytes() {
  const { formatNumber } = useI18n();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
      : `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
}

/** One file: download always; delete, after a confirmation, where the answers may change. */
function EvidenceFileRow({
  file,
  readOnly,
  deleting,
  onDownload,
  onDelete,
}: {
  file: EvidenceFileView;
  readOnly: boolean;
  deleting: boolean;
  onDownload: (file: EvidenceFileView) => void;
  onDelete: (file: EvidenceFileView) => void;
}) {
  const { t } = useI18n();
  const formatBytes = useFormatBytes();
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const questionId = useId();
  // Focus follows the question: to "delete" when it is asked, back to the file when withdrawn.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li data-file={file.id}>
      <button
        type="button"
        className="linklike"
        aria-label={t('q.files.download', { name: file.filename })}
        onClick={() => onDownload(file)}
      >
        ⬇ {file.filename}
      </button>
      <span className="muted small">{formatBytes(file.sizeBytes)}</span>
      {!readOnly &&
        (confirming ? (
          <>
            <span id={questionId} className="small">
              {t('q.files.confirmDelete', { name: file.filename })}
            </span>
            {/* Not disabled while deleting: that would drop the focus, kept for a retry. */}
            <button
              ref={confirmRef}
              type="button"
              className="btn btn-small"
              aria-describedby={questionId}
              aria-disabled={deleting || undefined}
              onClick={() => {
                if (!deleting) onDelete(file);
              }}
            >
              {t('q.files.confirm')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              aria-disabled={deleting || undefined}
              onClick={() => {
                if (!deleting) setConfirming(false);
              }}
            >
              {t('q.files.cancel')}
            </button>
          </>
        ) : (
          <button
            ref={deleteRef}
            type="button"
            className="icon-btn"
            aria-label={t('q.files.delete', { name: file.filename })}
            onClick={() => setConfirming(true)}
          >
            ×
          </button>
        ))}
    </li>
  );
}

/**
 * The evidence files of one requirement: the list with downloads always; upload and delete
 * only while the answers may change. Accepted types and the size limit are shown, checked
 * before sending, and every refusal of the server is explained in the user's language.
 */
export function EvidenceFiles({
  assessmentId,
  requirementId,
  readOnly,
}: {
  assessmentId: string;
  requirementId: string;
  readOnly: boolean;
}) {
  const { t, locale } = useI18n();
  const formatBytes = useFormatBytes();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const files = useRequirementEvidence(assessmentId, requirementId);
  const upload = useUploadEvidence(assessmentId);
  const remove = useDeleteEvidence(assessmentId);
  const download = useDownloadEvidence(assessmentId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const types = TYPE_NAMES.join(locale === 'zh-CN' ? '、' : ', ');
  const say = (p: Problem) =>
    t(p.key, {
      name: p.name,
      types,
      limit: p.limit ?? formatBytes(p.maxBytes ?? EVIDENCE_MAX_BYTES),
    });

  // The input is disabled while sending, which takes the focus away: give it back after.
  const refocus = useRef(false);
  const settle = () => {
    if (refocus.current) inputRef.current?.focus();
    refocus.current = false;
  };

  const onChoose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    setAnnouncement('');
    const refused = refusal(file);
    setProblem(refused);
    if (refused) return;
    refocus.current = document.activeElement === input;
    upload.mutate(
      { requirementId, file },
      {
        onSuccess: (saved) => setAnnouncement(t('q.files.uploaded', { name: saved.filename })),
        onError: (err) => setProblem(problemOf(err, file.name)),
        onSettled: () => requestAnimationFrame(settle),
      },
    );
  };

  const onDelete = (file: EvidenceFileView) => {
    setProblem(null);
    setAnnouncement('');
    remove.mutate(file, {
      onSuccess: () => {
        setAnnouncement(t('q.files.deleted', { name: file.filename }));
        // The row is gone: the upload control is where the user carries on.
        requestAnimationFrame(() => inputRef.current?.focus());
      },
      onError: (err) => setProblem(problemOf(err, file.filename)),
    });
  };

  const onDownload = (file: EvidenceFileView) => {
    setProblem(null);
    download.mutate(file, { onError: (err) => setProblem(problemOf(err, file.filename)) });
  };

  const list = files.data ?? [];
  const hintId = `${baseId}-hint`;
  const inputId = `${baseId}-file`;
  const errorId = `${baseId}-error`;

  return (
    <fieldset className="evidence-links evidence-files" data-testid="evidence-files">
      <legend>{t('q.files.title')}</legend>
      {files.isPending && <p className="small muted">{t('q.files.loading')}</p>}
      {files.isError && (
        <p className="field-error">
          {t('q.files.loadFailed')}{' '}
          <button type="button" className="linklike" onClick={() => void files.refetch()}>
            {t('q.files.retry')}
          </button>
        </p>
      )}
      {list.length > 0 && (
        <ul>
          {list.map((f) => (
            <EvidenceFileRow
              key={f.id}
              file={f}
              readOnly={readOnly}
              deleting={remove.isPending && remove.variables.id === f.id}
              onDownload={onDownload}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      {files.isSuccess && list.length === 0 && readOnly && (
        <p className="small muted">{t('q.files.none')}</p>
      )}
      {!readOnly && (
        <div className="field">
          <label htmlFor={inputId}>{t('q.files.upload')}</label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ACCEPT}
            disabled={upload.isPending}
            aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
            onChange={(e) => onChoose(e.currentTarget)}
          />
          <p id={hintId} className="field-hint">
            {t('q.files.hint', { types, limit: formatBytes(EVIDENCE_MAX_BYTES) })}
          </p>
        </div>
      )}
      <p role="status" className="small">
        {upload.isPending ? (
          <>
            <progress aria-hidden="true" />{' '}
            {t('q.files.uploading', { name: upload.variables.file.name })}
          </>
        ) : download.isPending ? (
          t('q.files.downloading')
        ) : (
          announcement
        )}
      </p>
      {problem && (
        <p id={errorId} role="alert" className="field-error">
          {say(problem)}
        </p>
      )}
    </fieldset>
  );
}
