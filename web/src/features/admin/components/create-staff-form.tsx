import { createStaffBodySchema, STAFF_ROLES } from '@zhiping/shared/api/admin';
import { Field, controlProps } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldId, useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useCreateStaff } from '../api/create-staff.ts';

/** A new assessor or admin account, with an initial password the admin passes on. */
export function CreateStaffForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const create = useCreateStaff();
  const form = useForm(createStaffBodySchema, {
    email: '',
    displayName: '',
    role: 'assessor',
    password: '',
  });
  const submit = form.handleSubmit((body) =>
    create.mutate(body, {
      onSuccess: onDone,
      onError: (err) => {
        if (err instanceof ApiError && err.status === 409)
          form.showServerErrors({ email: { key: 'admin.users.emailTaken' } });
        else if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    }),
  );
  const input = (
    path: 'email' | 'displayName' | 'password',
    label: string,
    type: string,
    hint?: string,
  ) => (
    <Field id={fieldId(path)} label={label} hint={hint} error={form.errorOf(path)} required>
      <input
        {...form.bind(path)}
        {...controlProps(fieldId(path), form.errorOf(path), Boolean(hint))}
        type={type}
        autoComplete={path === 'password' ? 'new-password' : 'off'}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate data-testid="create-staff">
      <FormAlert error={create.error} />
      {input('displayName', t('admin.users.displayName'), 'text')}
      {input('email', t('admin.users.email'), 'email')}
      <fieldset className="choice-row">
        <legend>{t('admin.users.role')}</legend>
        {STAFF_ROLES.map((r) => (
          <label key={r} className="inline-choice">
            <input
              type="radio"
              name="staff-role"
              value={r}
              checked={form.values.role === r}
              onChange={() => form.set('role', r)}
            />
            {t(`role.${r}`)}
          </label>
        ))}
      </fieldset>
      {input('password', t('admin.users.password'), 'password', t('validation.passwordHint'))}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('form.submitting') : t('admin.users.create')}
        </button>
      </div>
    </form>
  );
}
