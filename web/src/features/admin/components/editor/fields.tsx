import { localizedTextSchema, type LocalizedText } from '@zhiping/shared/indicator-system/schema';
import { useState } from 'react';
import type { z } from 'zod';
import { useFieldMessage } from '../../../../components/ui/field.tsx';
import { useI18n, type MessageKey } from '../../../../i18n/index.tsx';
import { validate, type FieldMessage } from '../../../../lib/validation.ts';

/** Messages of the indicator-system schema's own refinements, by their (English) text. */
const REFINEMENTS: Record<string, MessageKey> = {
  'weights are positive': 'admin.number.positive',
  'at most 6 decimals': 'admin.number.decimals',
};

/** The first problem of a number by a shared schema, in the user's language. */
export function numberProblem(schema: z.ZodType, raw: string): FieldMessage | null {
  if (!raw.trim()) return { key: 'validation.required' };
  const n = Number(raw);
  if (!Number.isFinite(n)) return { key: 'admin.number.notNumber' };
  const r = schema.safeParse(n);
  if (r.success) return null;
  const issue = r.error.issues[0];
  const refinement = issue && REFINEMENTS[issue.message];
  if (refinement) return { key: refinement };
  const v = validate(schema, n);
  return v.ok ? null : (Object.values(v.errors)[0] ?? { key: 'validation.invalid' });
}

/** A zh/en text pair, each validated by the shared schema as it is typed. */
export function LocalizedFields({
  id,
  label,
  value,
  onChange,
  multiline,
  disabled,
}: {
  id: string;
  label: string;
  value: LocalizedText;
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const message = useFieldMessage();
  const check = validate(localizedTextSchema, value);
  const errors = check.ok ? {} : check.errors;
  return (
    <fieldset className="localized">
      <legend>{label}</legend>
      {(['zh', 'en'] as const).map((lang) => {
        const error = message(errors[lang]);
        const fid = `${id}-${lang}`;
        const props = {
          id: fid,
          value: value[lang],
          disabled,
          'aria-invalid': error ? (true as const) : undefined,
          'aria-describedby': error ? `${fid}-error` : undefined,
          onChange: (e: { target: { value: string } }) =>
            onChange({ ...value, [lang]: e.target.value }),
        };
        return (
          <div key={lang} className={`field${error ? ' has-error' : ''}`}>
            <label htmlFor={fid} className="small">
              {t(lang === 'zh' ? 'admin.lang.zh' : 'admin.lang.en')}
            </label>
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
            {error && (
              <p id={`${fid}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * A number bound to the document. While the typed text is not a valid number (by `schema`)
 * it stays in the field with its problem and the document keeps the last valid value;
 * `onValidity` tells the editor, which holds the save until it is fixed.
 */
export function NumberInput({
  id,
  value,
  schema,
  onValue,
  onValidity,
  placeholder,
  allowEmpty,
  disabled,
  label,
  className,
}: {
  id: string;
  value: number | undefined;
  schema: z.ZodType;
  onValue: (n: number | null) => void;
  onValidity: (id: string, valid: boolean) => void;
  placeholder?: string;
  /** Empty is a value (null): e.g. a profile override removed. */
  allowEmpty?: boolean;
  disabled?: boolean;
  label: string;
  className?: string;
}) {
  const message = useFieldMessage();
  const [raw, setRaw] = useState<string | null>(null);
  const shown = raw ?? (value === undefined ? '' : String(value));
  const problem =
    raw === null ? null : allowEmpty && !raw.trim() ? null : numberProblem(schema, raw);
  const error = message(problem ?? undefined);
  return (
    <span className={`number-input${error ? ' has-error' : ''} ${className ?? ''}`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={shown}
        placeholder={placeholder}
        disabled={disabled}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setRaw(text);
          const p = allowEmpty && !text.trim() ? null : numberProblem(schema, text);
          onValidity(id, p === null);
          if (p === null) onValue(text.trim() ? Number(text) : null);
        }}
        onBlur={() => {
          if (!problem) setRaw(null);
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </span>
  );
}
