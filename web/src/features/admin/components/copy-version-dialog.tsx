import { copyVersionBodySchema } from '@zhiping/shared/api/admin';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Field, controlProps } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldId, useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useCopyVersion } from '../api/copy-version.ts';

/** Copies a version into a new draft under a new version string, then opens the draft. */
export function CopyVersionDialog({
  source,
  onClose,
}: {
  source: { id: string; systemCode: string; version: string };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const copy = useCopyVersion();
  const form = useForm(copyVersionBodySchema, { version: `${source.version}-draft` });
  const submit = form.handleSubmit((body) =>
    copy.mutate(
      { id: source.id, body },
      {
        onSuccess: (view) => void navigate(`/admin/versions/${view.id}`),
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'version_exists')
            form.showServerErrors({ version: { key: 'admin.copy.taken' } });
          else if (err instanceof ApiError && err.status === 400)
            form.showServerErrors(serverFieldErrors(err));
        },
      },
    ),
  );
  return (
    <Dialog
      open
      title={t('admin.copy.title', { version: `${source.systemCode} ${source.version}` })}
      onClose={onClose}
      testId="copy-dialog"
    >
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('admin.copy.lead')}</p>
        <FormAlert error={copy.error} known={{ version_exists: 'admin.copy.taken' }} />
        <Field
          id={fieldId('version')}
          label={t('admin.copy.version')}
          hint={t('admin.copy.versionHint')}
          error={form.errorOf('version')}
          required
        >
          <input
            {...form.bind('version')}
            {...controlProps(fieldId('version'), form.errorOf('version'), true)}
          />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={copy.isPending}>
            {copy.isPending ? t('form.submitting') : t('admin.copy.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
