import type { PasswordProblem } from '@zhiping/shared/passwords/policy';
import { usccProblem } from '@zhiping/shared/uscc';
import type { z } from 'zod';
import type { MessageKey } from '../i18n/index.tsx';
import type { ApiError } from './api-client.ts';

/** A message to show next to a field: a catalog key with variables, or text from the server. */
export type FieldMessage =
  { key: MessageKey; vars?: Record<string, string | number> } | { text: string };

/** Dotted field path (`user.email`, `tailoring.0.reason`) → its first problem. */
export type FieldErrors = Record<string, FieldMessage>;

const USCC_KEYS = {
  length: 'validation.creditCode.length',
  characters: 'validation.creditCode.characters',
  check_digit: 'validation.creditCode.checkDigit',
} as const satisfies Record<string, MessageKey>;

const PASSWORD_KEYS = {
  whitespace: 'validation.passwordWhitespace',
  letter_digit: 'validation.passwordLetterDigit',
  common: 'validation.passwordCommon',
} as const satisfies Record<PasswordProblem, MessageKey>;

const getAt = (values: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) =>
      v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined,
    values,
  );

function messageFor(issue: z.core.$ZodIssue, values: unknown): FieldMessage {
  const last = issue.path[issue.path.length - 1];
  const value = getAt(values, issue.path);
  const empty =
    value === undefined || value === null || (typeof value === 'string' && !value.trim());
  switch (issue.code) {
    case 'invalid_type':
      return { key: empty ? 'validation.required' : 'validation.invalid' };
    case 'too_small':
      if (empty) return { key: 'validation.required' };
      if (issue.origin === 'string')
        return { key: 'validation.tooShort', vars: { min: Number(issue.minimum) } };
      if (issue.origin === 'array') return { key: 'validation.required' };
      return { key: 'validation.tooSmall', vars: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'validation.tooLong', vars: { max: Number(issue.maximum) } };
      if (issue.origin === 'array')
        return { key: 'validation.tooMany', vars: { max: Number(issue.maximum) } };
      return { key: 'validation.tooBig', vars: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (empty) return { key: 'validation.required' };
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'url') return { key: 'validation.url' };
      return { key: 'validation.invalid' };
    case 'invalid_value':
      return { key: empty ? 'validation.choose' : 'validation.invalid' };
    case 'custom':
      if (empty) return { key: 'validation.required' };
      if (last === 'creditCode' && typeof value === 'string') {
        const problem = usccProblem(value);
        if (problem) return { key: USCC_KEYS[problem] };
      }
      if (last === 'password' || last === 'newPassword') {
        const problem = (issue.params as { password?: PasswordProblem } | undefined)?.password;
        return { key: PASSWORD_KEYS[problem ?? 'letter_digit'] };
      }
      return { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** The localized problems of a zod parse, one per field (the first, as zod orders them). */
export function zodFieldErrors(error: z.ZodError, values: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= messageFor(issue, values);
  }
  return out;
}

/** Validates with a shared schema: the parsed value, or the localized field errors. */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(values);
  return r.success
    ? { ok: true, data: r.data }
    : { ok: false, errors: zodFieldErrors(r.error, values) };
}

/** The server's field errors (problem+json `errors[]`), keyed like the form's fields. */
export function serverFieldErrors(err: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const e of err.fieldErrors)
    out[e.field] ??= { key: 'validation.server', vars: { message: e.message } };
  return out;
}
