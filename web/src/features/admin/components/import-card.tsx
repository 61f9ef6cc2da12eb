import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useImportVersion } from '../api/import-version.ts';
import { DocumentIssues, type DocumentIssue } from './editor/document-issues.tsx';

/**
 * Import an indicator system from its JSON document: it becomes a new draft. The server
 * validates it (the same validator as every save) and names each failing path.
 */
export function ImportCard() {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const importer = useImportVersion();
  const [problem, setProblem] = useState<string | null>(null);
  const [issues, setIssues] = useState<DocumentIssue[]>([]);

  const onFile = async (file: File | undefined) => {
    setProblem(null);
    setIssues([]);
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (err) {
      setProblem(t('admin.import.notJson', { message: err instanceof Error ? err.message : '' }));
      return;
    }
    importer.mutate(document, {
      onSuccess: (view) => void navigate(`/admin/versions/${view.id}`),
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length)
          setIssues(err.fieldErrors.map((f) => ({ path: f.field, message: f.message })));
        else if (err instanceof ApiError && err.code === 'version_exists')
          setProblem(t('admin.import.exists', { message: err.message }));
        else if (err instanceof ApiError && err.status === 413)
          setProblem(t('admin.import.tooLarge'));
        else setProblem(t('form.unexpected'));
      },
    });
  };

  return (
    <section className="card import-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.import.title')}</h2>
      <p className="muted">{t('admin.import.lead')}</p>
      <label htmlFor={`${id}-file`} className="btn">
        {importer.isPending ? t('admin.import.uploading') : t('admin.import.choose')}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        data-testid="import-file"
        disabled={importer.isPending}
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {problem && (
        <p role="alert" className="error-box">
          {problem}
        </p>
      )}
      <DocumentIssues issues={issues} title={t('admin.import.rejected')} />
    </section>
  );
}
