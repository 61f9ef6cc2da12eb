import { useMemo, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { validate, type FieldErrors, type FieldMessage } from './validation.ts';

/** The DOM id of a field path: `organization.creditCode` → `f-organization-creditCode`. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

function getAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) =>
        v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined,
      values,
    );
}

function setAt<T>(values: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return values;
  const container: Record<string, unknown> | unknown[] = Array.isArray(values)
    ? [...(values as unknown[])]
    : { ...(values as Record<string, unknown>) };
  const current = (container as Record<string, unknown>)[head];
  (container as Record<string, unknown>)[head] = rest.length
    ? setAt(current ?? {}, rest.join('.'), value)
    : value;
  return container as T;
}

/**
 * Form state validated by a shared zod schema on every change. A field shows its problem once
 * it was left (blurred) or a submit was tried; server field errors show until the field changes.
 */
export function useForm<S extends z.ZodType>(
  schema: S,
  initial: z.input<S>,
  extraCheck?: (values: z.input<S>) => FieldErrors,
) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const { data, errors } = useMemo(() => {
    const r = validate(schema, values);
    const extra = extraCheck?.(values) ?? {};
    const all = { ...(r.ok ? {} : r.errors), ...extra };
    return { data: r.ok && Object.keys(extra).length === 0 ? r.data : null, errors: all };
  }, [schema, values, extraCheck]);

  const errorOf = (path: string): FieldMessage | undefined =>
    serverErrors[path] ?? (submitted || touched.has(path) ? errors[path] : undefined);

  const set = (path: string, value: unknown) => {
    setValues((v) => setAt(v, path, value));
    setServerErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _gone, ...rest } = e;
      return rest;
    });
  };
  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));

  /** Props of a text input bound to `path`. */
  const bind = (path: string) => {
    const value = getAt(values, path);
    return {
      id: fieldId(path),
      name: path,
      // Every field a form binds is required by its schema; the asterisk is only visual.
      'aria-required': true as const,
      value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
      onChange: (e: { target: { value: string } }) => set(path, e.target.value),
      onBlur: () => touch(path),
    };
  };

  const focusFirstError = (errs: FieldErrors) => {
    const first = Object.keys(errs)
      .map((p) => document.getElementById(fieldId(p)))
      .find((el): el is HTMLElement => el !== null);
    first?.focus();
  };

  const handleSubmit =
    (onValid: (data: z.output<S>) => void | Promise<void>) => (e?: FormEvent) => {
      e?.preventDefault();
      setSubmitted(true);
      if (data === null) {
        focusFirstError(errors);
        return;
      }
      void onValid(data);
    };

  const showServerErrors = (errs: FieldErrors) => {
    setServerErrors(errs);
    focusFirstError(errs);
  };

  const visibleErrorCount = Object.keys({ ...(submitted ? errors : {}), ...serverErrors }).length;

  return {
    values,
    set,
    touch,
    bind,
    errorOf,
    errors,
    submitted,
    handleSubmit,
    showServerErrors,
    visibleErrorCount,
    get: (path: string) => getAt(values, path),
  };
}
