import {
  createAssessmentBodySchema,
  type CreateAssessmentBody,
} from '@zhiping/shared/api/assessments';
import type { OrganizationView } from '@zhiping/shared/api/auth';
import { effectiveTree } from '@zhiping/shared/indicator-system/profile';
import { LEVELS } from '@zhiping/shared/indicator-system/schema';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Field, controlProps } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { ErrorState, LoadingState, QueryState } from '../../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import {
  usePublishedVersions,
  type PublishedVersion,
} from '../../../lib/api/get-published-versions.ts';
import { useVersionDocument } from '../../../lib/api/get-version-document.ts';
import { useSession } from '../../../lib/session.ts';
import { fieldId, useForm } from '../../../lib/use-form.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useCreateAssessment } from '../api/create-assessment.ts';
import { TailoringPicker, type TailoringChoice } from '../components/tailoring-picker.tsx';

/** The enterprise's own industry profile when the version has one (profile ids are industry codes). */
export function defaultProfile(version: PublishedVersion, org: OrganizationView | null): string {
  const ids = new Set(version.profiles.map((p) => p.id));
  if (org && ids.has(org.industry)) return org.industry;
  if (org && ids.has(org.productionType)) return org.productionType;
  return version.profiles[0]?.id ?? '';
}

function NewAssessmentForm({
  versions,
  organization,
}: {
  versions: PublishedVersion[];
  organization: OrganizationView | null;
}) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const create = useCreateAssessment();
  const first = versions[0];
  const form = useForm(createAssessmentBodySchema, {
    versionId: first?.id ?? '',
    title: t('newAssessment.defaultTitle', { year: new Date().getFullYear() }),
    profileId: first ? defaultProfile(first, organization) : '',
    targetLevel: 3,
    tailoring: [],
  } satisfies CreateAssessmentBody);
  const { versionId, profileId } = form.values;
  const version = versions.find((v) => v.id === versionId);
  const doc = useVersionDocument(versionId || undefined);
  const tree = useMemo(() => {
    if (!doc.data || !version?.profiles.some((p) => p.id === profileId)) return null;
    return effectiveTree(doc.data.document, profileId);
  }, [doc.data, version, profileId]);
  const tailoring = (form.values.tailoring ?? []) as TailoringChoice[];

  const onVersion = (id: string) => {
    form.set('versionId', id);
    const next = versions.find((v) => v.id === id);
    if (next && !next.profiles.some((p) => p.id === profileId))
      form.set('profileId', defaultProfile(next, organization));
    form.set('tailoring', []);
  };
  const onProfile = (id: string) => {
    form.set('profileId', id);
    // Tailorable sub-domains depend on the profile; start the choice over.
    form.set('tailoring', []);
  };

  const submit = form.handleSubmit((data) =>
    create.mutate(data, {
      onSuccess: (created) => void navigate(`/assessments/${created.id}`),
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    }),
  );

  const levelName = (l: number) =>
    doc.data
      ? pick(doc.data.document.levels.find((d) => d.level === l)?.name ?? { zh: '', en: '' })
      : t(`level.${l}` as MessageKey);
  const tailoringError = form.errorOf('tailoring');

  return (
    <form className="card form-card" onSubmit={submit} noValidate>
      <FormAlert error={create.error} />
      <Field
        id={fieldId('title')}
        label={t('newAssessment.field.title')}
        error={form.errorOf('title')}
        required
      >
        <input {...form.bind('title')} {...controlProps(fieldId('title'), form.errorOf('title'))} />
      </Field>
      <Field
        id={fieldId('versionId')}
        label={t('newAssessment.field.version')}
        error={form.errorOf('versionId')}
        required
      >
        <select
          {...form.bind('versionId')}
          {...controlProps(fieldId('versionId'), form.errorOf('versionId'))}
          onChange={(e) => onVersion(e.target.value)}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {pick(v.name)} · {v.version}
              {v.draftForComments ? ` · ${t('version.draftForComments')}` : ''}
            </option>
          ))}
        </select>
      </Field>
      {version?.draftForComments && (
        <p className="notice notice-draft" role="note" data-testid="draft-notice">
          <span className="badge badge-warn">{t('version.draftForComments')}</span>{' '}
          {t('version.draftNotice')}
        </p>
      )}
      <div className="form-grid">
        <Field
          id={fieldId('profileId')}
          label={t('newAssessment.field.profile')}
          hint={t('newAssessment.field.profileHint')}
          error={form.errorOf('profileId')}
          required
        >
          <select
            {...form.bind('profileId')}
            {...controlProps(fieldId('profileId'), form.errorOf('profileId'), true)}
            onChange={(e) => onProfile(e.target.value)}
          >
            <optgroup label={t('newAssessment.profile.general')}>
              {version?.profiles
                .filter((p) => !p.industry)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {pick(p.name)}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t('newAssessment.profile.industry')}>
              {version?.profiles
                .filter((p) => p.industry)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {pick(p.name)}
                    {p.id === organization?.industry
                      ? ` · ${t('newAssessment.profile.yours')}`
                      : ''}
                  </option>
                ))}
            </optgroup>
          </select>
        </Field>
      </div>
      <fieldset className="level-picker" id={fieldId('targetLevel')} tabIndex={-1}>
        <legend>
          {t('newAssessment.field.targetLevel')}
          <span className="muted small"> {t('newAssessment.field.targetLevelHint')}</span>
        </legend>
        <div className="level-options">
          {LEVELS.map((l) => (
            <label
              key={l}
              className={`level-option${form.values.targetLevel === l ? ' chosen' : ''}`}
            >
              <input
                type="radio"
                name="targetLevel"
                value={l}
                checked={form.values.targetLevel === l}
                onChange={() => form.set('targetLevel', l)}
              />
              <span className="level-number">{l}</span>
              <span className="level-name">{levelName(l)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset id={fieldId('tailoring')} tabIndex={-1}>
        <legend>{t('newAssessment.tailoring.title')}</legend>
        <p className="muted small">{t('newAssessment.tailoring.lead')}</p>
        {tailoringError && <p className="field-error">{t('newAssessment.tailoring.invalid')}</p>}
        {doc.isPending ? (
          <LoadingState />
        ) : doc.isError ? (
          <ErrorState error={doc.error} onRetry={() => void doc.refetch()} />
        ) : tree ? (
          <TailoringPicker
            tree={tree}
            value={tailoring}
            onChange={(next) => form.set('tailoring', next)}
            errorAt={(i) => form.errorOf(`tailoring.${i}.reason`)}
          />
        ) : null}
      </fieldset>
      <button type="submit" className="btn btn-primary btn-block" disabled={create.isPending}>
        {create.isPending ? t('form.submitting') : t('newAssessment.submit')}
      </button>
    </form>
  );
}

export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('newAssessment.title'));
  const session = useSession();
  const versions = usePublishedVersions();
  const organization = session.status === 'authenticated' ? session.organization : null;
  return (
    <section className="page new-assessment">
      <h1>{t('newAssessment.title')}</h1>
      <p className="lead">{t('newAssessment.lead')}</p>
      <QueryState
        query={versions}
        isEmpty={(v) => v.length === 0}
        empty={<p>{t('newAssessment.noVersions')}</p>}
      >
        {(items) => <NewAssessmentForm versions={items} organization={organization} />}
      </QueryState>
    </section>
  );
}
