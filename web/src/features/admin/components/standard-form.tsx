import {
  standardBodySchema,
  type StandardBody,
  type StandardView,
} from '@zhiping/shared/api/admin';
import { useQuery } from '@tanstack/react-query';
import { Field, controlProps } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldId, useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useSystems } from '../api/get-systems.ts';
import { versionQueryOptions } from '../api/get-version.ts';
import { useSaveStandard } from '../api/save-standard.ts';
import { subdomainsOf } from '../document.ts';

type Link = NonNullable<StandardBody['links']>[number];

const initialOf = (s: StandardView | null): StandardBody => ({
  number: s?.number ?? '',
  title: s?.title ?? { zh: '', en: '' },
  summary: s?.summary ?? { zh: '', en: '' },
  frameworkCode: s?.frameworkCode ?? '',
  productionTypes: s?.productionTypes ?? ['discrete', 'process'],
  uncertain: s?.uncertain ?? false,
  sourceNote: s?.sourceNote ?? '',
  links: s?.links ?? [],
});

/** The sub-domains of a system's newest published version, to link a standard to. */
function useSubdomainOptions(systemCode: string) {
  const systems = useSystems();
  const system = systems.data?.find((s) => s.code === systemCode);
  const latest = system?.versions.find((v) => v.latest) ?? system?.versions[0];
  const version = useQuery({ ...versionQueryOptions(latest?.id ?? ''), enabled: Boolean(latest) });
  return {
    systems: systems.data ?? [],
    subdomains: version.data ? subdomainsOf(version.data.document) : [],
  };
}

function LinkRow({
  index,
  link,
  form,
  onRemove,
}: {
  index: number;
  link: Link;
  form: ReturnType<typeof useForm<typeof standardBodySchema>>;
  onRemove: () => void;
}) {
  const { t, pick } = useI18n();
  const { systems, subdomains } = useSubdomainOptions(link.systemCode);
  const p = (f: string) => `links.${index}.${f}`;
  return (
    <fieldset className="link-row">
      <legend>{t('admin.standards.link', { n: index + 1 })}</legend>
      <div className="form-grid">
        <Field
          id={fieldId(p('systemCode'))}
          label={t('admin.standards.system')}
          error={form.errorOf(p('systemCode'))}
          required
        >
          <select
            {...form.bind(p('systemCode'))}
            {...controlProps(fieldId(p('systemCode')), form.errorOf(p('systemCode')))}
          >
            <option value="">{t('admin.standards.chooseSystem')}</option>
            {systems.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={fieldId(p('subdomainId'))}
          label={t('admin.standards.subdomain')}
          error={form.errorOf(p('subdomainId'))}
          required
        >
          <select
            {...form.bind(p('subdomainId'))}
            {...controlProps(fieldId(p('subdomainId')), form.errorOf(p('subdomainId')))}
          >
            <option value="">{t('admin.standards.chooseSubdomain')}</option>
            {link.subdomainId && !subdomains.some((s) => s.id === link.subdomainId) && (
              <option value={link.subdomainId}>{link.subdomainId}</option>
            )}
            {subdomains.map((s) => (
              <option key={s.id} value={s.id}>
                {pick(s.name)} ({s.id})
              </option>
            ))}
          </select>
        </Field>
        {(['zh', 'en'] as const).map((lang) => (
          <Field
            key={lang}
            id={fieldId(p(`reason.${lang}`))}
            label={t(lang === 'zh' ? 'admin.standards.reasonZh' : 'admin.standards.reasonEn')}
            error={form.errorOf(p(`reason.${lang}`))}
            required
          >
            <input
              {...form.bind(p(`reason.${lang}`))}
              {...controlProps(fieldId(p(`reason.${lang}`)), form.errorOf(p(`reason.${lang}`)))}
            />
          </Field>
        ))}
        {(['minLevel', 'maxLevel'] as const).map((key) => (
          <Field
            key={key}
            id={fieldId(p(key))}
            label={t(key === 'minLevel' ? 'admin.standards.minLevel' : 'admin.standards.maxLevel')}
            hint={key === 'minLevel' ? t('admin.standards.levelBandHint') : undefined}
            error={form.errorOf(p(key))}
          >
            <select
              value={String(link[key] ?? (key === 'minLevel' ? 1 : 5))}
              onChange={(e) => form.set(p(key), Number(e.target.value))}
              {...controlProps(fieldId(p(key)), form.errorOf(p(key)))}
              aria-required={undefined}
            >
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {t('admin.standards.level', { n: l })}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
      <button type="button" className="linklike small" onClick={onRemove}>
        {t('admin.standards.removeLink')}
      </button>
    </fieldset>
  );
}

/** A standard and the sub-domains it helps, validated by the shared schema as it is typed. */
export function StandardForm({
  standard,
  onDone,
}: {
  standard: StandardView | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveStandard();
  const form = useForm(standardBodySchema, initialOf(standard));
  const links: Link[] = form.values.links ?? [];
  const submit = form.handleSubmit((body) =>
    save.mutate(
      { id: standard?.id ?? null, body },
      {
        onSuccess: onDone,
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'standard_number_taken')
            form.showServerErrors({ number: { key: 'admin.standards.numberTaken' } });
          else if (err instanceof ApiError && err.status === 400)
            form.showServerErrors(serverFieldErrors(err));
        },
      },
    ),
  );
  const text = (path: string, label: string, multiline = false) => (
    <Field id={fieldId(path)} label={label} error={form.errorOf(path)} required>
      {multiline ? (
        <textarea
          rows={2}
          {...form.bind(path)}
          {...controlProps(fieldId(path), form.errorOf(path))}
        />
      ) : (
        <input {...form.bind(path)} {...controlProps(fieldId(path), form.errorOf(path))} />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="standard-form" data-testid="standard-form">
      <FormAlert error={save.error} />
      <div className="form-grid">
        {text('number', t('admin.standards.number'))}
        <Field
          id={fieldId('frameworkCode')}
          label={t('admin.standards.frameworkCode')}
          hint={t('admin.standards.frameworkHint')}
          error={form.errorOf('frameworkCode')}
          required
        >
          <input
            {...form.bind('frameworkCode')}
            {...controlProps(fieldId('frameworkCode'), form.errorOf('frameworkCode'), true)}
            className="mono"
          />
        </Field>
        {text('title.zh', t('admin.standards.titleZh'))}
        {text('title.en', t('admin.standards.titleEn'))}
        {text('summary.zh', t('admin.standards.summaryZh'), true)}
        {text('summary.en', t('admin.standards.summaryEn'), true)}
      </div>
      <Field
        id={fieldId('sourceNote')}
        label={t('admin.standards.sourceNote')}
        error={form.errorOf('sourceNote')}
      >
        <input
          {...form.bind('sourceNote')}
          {...controlProps(fieldId('sourceNote'), form.errorOf('sourceNote'))}
          aria-required={undefined}
        />
      </Field>
      <fieldset className="inline-choices">
        <legend>{t('admin.standards.productionTypes')}</legend>
        {(['discrete', 'process'] as const).map((type) => {
          const types = form.values.productionTypes ?? ['discrete', 'process'];
          return (
            <label key={type} className="inline-choice">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) =>
                  form.set(
                    'productionTypes',
                    e.target.checked ? [...types, type] : types.filter((x) => x !== type),
                  )
                }
              />
              {t(type === 'discrete' ? 'admin.standards.discrete' : 'admin.standards.process')}
            </label>
          );
        })}
        {form.errorOf('productionTypes') && (
          <p className="field-error" role="alert">
            {t('admin.standards.productionTypesRequired')}
          </p>
        )}
      </fieldset>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={Boolean(form.values.uncertain)}
          onChange={(e) => form.set('uncertain', e.target.checked)}
        />
        {t('admin.standards.uncertainLabel')}
      </label>
      <h3>{t('admin.standards.links', { count: links.length })}</h3>
      {links.map((link, i) => (
        <LinkRow
          key={i}
          index={i}
          link={link}
          form={form}
          onRemove={() =>
            form.set(
              'links',
              links.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          form.set('links', [
            ...links,
            {
              systemCode: links.at(-1)?.systemCode ?? 'cmmm-2020',
              subdomainId: '',
              reason: { zh: '', en: '' },
            },
          ])
        }
      >
        + {t('admin.standards.addLink')}
      </button>
      {form.submitted && form.visibleErrorCount > 0 && (
        <p className="field-error">{t('form.errorSummary', { count: form.visibleErrorCount })}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('form.submitting') : t('admin.standards.save')}
        </button>
      </div>
    </form>
  );
}
