import { useMemo } from 'react';
import { useI18n } from '../../../../i18n/index.tsx';
import { subdomainsOf, updateProfile } from '../../document.ts';
import { LocalizedFields } from './fields.tsx';
import type { PanelProps } from './tree-panel.tsx';

type ListKey = 'notApplicable' | 'tailorable';

/** Industry profiles: names, and which sub-domains each excludes or lets enterprises tailor out. */
export function ProfilesPanel({
  doc,
  editable,
  onChange,
  profileId,
  onProfile,
  onEditWeights,
}: PanelProps & {
  profileId: string | null;
  onProfile: (id: string) => void;
  onEditWeights: (id: string) => void;
}) {
  const { t, pick } = useI18n();
  const subdomains = useMemo(() => subdomainsOf(doc), [doc]);
  const profile = doc.profiles.find((p) => p.id === profileId) ?? doc.profiles[0];
  if (!profile) return null;
  const toggle = (list: ListKey, id: string, on: boolean) =>
    onChange(
      updateProfile(doc, profile.id, (p) => ({
        ...p,
        [list]: on ? [...p[list], id] : p[list].filter((x) => x !== id),
      })),
    );
  return (
    <div className="profiles-panel">
      <div className="toolbar">
        <label className="filter">
          <span>{t('admin.profiles.profile')}</span>
          <select value={profile.id} onChange={(e) => onProfile(e.target.value)}>
            {doc.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(p.name)} ({p.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className="card" key={profile.id}>
        <dl className="facts">
          <div>
            <dt>{t('admin.profiles.id')}</dt>
            <dd className="mono">{profile.id}</dd>
          </div>
          <div>
            <dt>{t('admin.profiles.base')}</dt>
            <dd className="mono">{profile.base ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('admin.profiles.productionType')}</dt>
            <dd>{t(`admin.productionType.${profile.productionType}`)}</dd>
          </div>
          <div>
            <dt>{t('admin.profiles.industry')}</dt>
            <dd>{profile.industry ? t(`industry.${profile.industry}`) : '—'}</dd>
          </div>
          <div>
            <dt>{t('admin.profiles.overrides')}</dt>
            <dd>
              {Object.keys(profile.weights).length}{' '}
              <button type="button" className="linklike" onClick={() => onEditWeights(profile.id)}>
                {t('admin.profiles.editWeights')}
              </button>
            </dd>
          </div>
        </dl>
        <LocalizedFields
          id={`profile-${profile.id}-name`}
          label={t('admin.profiles.name')}
          value={profile.name}
          disabled={!editable}
          onChange={(name) => onChange(updateProfile(doc, profile.id, (p) => ({ ...p, name })))}
        />
        <div className="profile-lists">
          {(['notApplicable', 'tailorable'] as const).map((list) => (
            <fieldset key={list} className="checklist">
              <legend>{t(`admin.profiles.${list}`)}</legend>
              <p className="field-hint">{t(`admin.profiles.${list}Hint`)}</p>
              {subdomains.map((sd) => (
                <label key={sd.id} className="inline-choice">
                  <input
                    type="checkbox"
                    checked={profile[list].includes(sd.id)}
                    disabled={!editable}
                    onChange={(e) => toggle(list, sd.id, e.target.checked)}
                  />
                  {pick(sd.name)} <span className="mono small muted">{sd.id}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </section>
    </div>
  );
}
