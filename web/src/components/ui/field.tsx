import type { InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { fieldId, type useForm } from '../../lib/use-form.ts';
import type { FieldMessage } from '../../lib/validation.ts';

/** Translates a field message (a catalog key, or the server's own words). */
export function useFieldMessage() {
  const { t } = useI18n();
  return (m: FieldMessage | undefined): string | undefined =>
    m === undefined ? undefined : 'text' in m ? m.text : t(m.key, m.vars);
}

/** ARIA wiring of a control inside a Field. */
export function controlProps(id: string, error: FieldMessage | undefined, hint?: boolean) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': described.length ? described.join(' ') : undefined,
  };
}

/** A labelled form control with its hint and its problem shown right next to it. */
export function Field({
  id,
  label,
  hint,
  error,
  success,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldMessage | undefined;
  /** Shown instead of the hint when the value checks out (e.g. a valid credit code). */
  success?: ReactNode;
  required?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const message = useFieldMessage()(error);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true" title={t('form.required')}>
            *
          </span>
        )}
      </label>
      {children}
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : success ? (
        <p id={`${id}-hint`} className="field-ok">
          {success}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** What FormInput needs of a form from lib/use-form.ts. */
type BoundForm = Pick<ReturnType<typeof useForm>, 'bind' | 'errorOf'>;

/**
 * A required text input bound to `form` at `path`, in a Field with its label, hint and inline
 * problem. Other props go to the input, after the bindings (so they may override them).
 */
export function FormInput({
  form,
  path,
  label,
  hint,
  ...input
}: {
  form: BoundForm;
  path: string;
  label: ReactNode;
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form'>) {
  const id = fieldId(path);
  const error = form.errorOf(path);
  return (
    <Field id={id} label={label} hint={hint} error={error} required>
      <input {...form.bind(path)} {...controlProps(id, error, hint !== undefined)} {...input} />
    </Field>
  );
}
