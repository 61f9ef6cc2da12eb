import { useCallback, useState } from 'react';
import { Field, controlProps } from '../../../components/ui/field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { fieldId } from '../../../lib/use-form.ts';
import type { FieldErrors } from '../../../lib/validation.ts';

/**
 * The "repeat the password" box, which is not part of the API body: its value, whether it was
 * left, and `check`, the extra useForm check that it matches. `passwordOf` must be stable
 * (defined outside the component), since `check` is memoised on it.
 */
export function usePasswordConfirm<V>(passwordOf: (values: V) => string) {
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const check = useCallback(
    (v: V): FieldErrors =>
      value === ''
        ? { passwordConfirm: { key: 'validation.required' } }
        : value !== passwordOf(v)
          ? { passwordConfirm: { key: 'validation.passwordMismatch' } }
          : {},
    [value, passwordOf],
  );
  return { value, setValue, touched, setTouched, check };
}

/** The confirmation field; its problem shows once it was left or a submit was tried. */
export function PasswordConfirmField({
  confirm,
  form,
}: {
  confirm: Omit<ReturnType<typeof usePasswordConfirm>, 'check'>;
  form: { submitted: boolean; errors: FieldErrors };
}) {
  const { t } = useI18n();
  const id = fieldId('passwordConfirm');
  const error = confirm.touched || form.submitted ? form.errors.passwordConfirm : undefined;
  return (
    <Field id={id} label={t('auth.field.passwordConfirm')} error={error} required>
      <input
        {...controlProps(id, error)}
        type="password"
        autoComplete="new-password"
        value={confirm.value}
        onChange={(e) => confirm.setValue(e.target.value)}
        onBlur={() => confirm.setTouched(true)}
      />
    </Field>
  );
}
