import { useId } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useImportVersionXlsx } from '../api/import-version-xlsx.ts';
import type { DocumentIssue } from './editor/document-issues.tsx';

/**
 * "Import from Excel" on a draft: the workbook replaces the document at `revision`. Row-level
 * problems come back as issues named by cell; anything else as one message.
 */
export function ExcelImportButton({
  versionId,
  revision,
  disabled,
  onImported,
  onIssues,
  onProblem,
}: {
  versionId: string;
  revision: number;
  disabled: boolean;
  onImported: () => void;
  onIssues: (issues: DocumentIssue[]) => void;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const importer = useImportVersionXlsx(versionId);

  const onFile = (file: File | undefined) => {
    onIssues([]);
    onProblem(null);
    if (!file) return;
    importer.mutate(
      { revision, file },
      {
        onSuccess: onImported,
        onError: (err) => {
          if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length)
            onIssues(err.fieldErrors.map((f) => ({ path: f.field, message: f.message })));
          else if (err instanceof ApiError && err.code === 'revision_conflict')
            onProblem(t('admin.excel.conflict'));
          else if (err instanceof ApiError && err.code === 'version_immutable')
            onProblem(t('admin.editor.immutable'));
          else if (err instanceof ApiError && err.status === 413)
            onProblem(t('admin.import.tooLarge'));
          else onProblem(t('form.unexpected'));
        },
      },
    );
  };

  const busy = disabled || importer.isPending;
  return (
    <span className="excel-import">
      <label
        htmlFor={`${id}-xlsx`}
        className={`btn${busy ? ' disabled' : ''}`}
        aria-disabled={busy}
        title={disabled ? t('admin.excel.saveFirst') : undefined}
      >
        {importer.isPending ? t('admin.import.uploading') : t('admin.excel.import')}
      </label>
      <input
        id={`${id}-xlsx`}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="import-xlsx"
        disabled={busy}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </span>
  );
}
