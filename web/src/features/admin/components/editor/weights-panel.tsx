import { weightSchema, type IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useMemo } from 'react';
import { useI18n } from '../../../../i18n/index.tsx';
import { outline, setProfileWeight, updateNode } from '../../document.ts';
import {
  effectiveWeights,
  unusedDefaultWeights,
  weightGroups,
  type WeightRow,
} from '../../weights.ts';
import { NumberInput } from './fields.tsx';
import type { PanelProps } from './tree-panel.tsx';

const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(2)}%`);

/**
 * Weights per parent, for the tree's defaults or one industry profile, with the normalized
 * effective weight of every node recomputed as the admin types, against the saved draft.
 */
export function WeightsPanel({
  doc,
  saved,
  editable,
  onChange,
  onValidity,
  profileId,
  onProfile,
}: PanelProps & {
  saved: IndicatorSystem;
  profileId: string | null;
  onProfile: (profileId: string | null) => void;
}) {
  const { t, pick } = useI18n();
  const profile = profileId ? doc.profiles.find((p) => p.id === profileId) : undefined;
  const groups = useMemo(() => weightGroups(doc, profile?.id ?? null), [doc, profile?.id]);
  const before = useMemo(
    () =>
      effectiveWeights(
        weightGroups(
          saved,
          profile && saved.profiles.some((p) => p.id === profile.id) ? profile.id : null,
        ),
      ),
    [saved, profile],
  );
  const paths = useMemo(() => new Map(outline(doc).map((o) => [o.node.id, o.path])), [doc]);
  // Default weights that every profile overrides: editing them changes no assessment.
  const unused = useMemo(
    () => (profile ? new Set<string>() : unusedDefaultWeights(doc)),
    [doc, profile],
  );
  const savedDefaults = useMemo(
    () => new Map(outline(saved).map((o) => [o.node.id, o.node.weight])),
    [saved],
  );
  const noEffectEdits = profile
    ? []
    : outline(doc)
        .filter(
          (o) =>
            unused.has(o.node.id) &&
            savedDefaults.has(o.node.id) &&
            savedDefaults.get(o.node.id) !== o.node.weight,
        )
        .map((o) => pick(o.node.name));
  const subdomainTotal = groups
    .flatMap((g) => g.rows)
    .filter((r) => r.subdomain)
    .reduce((s, r) => s + (r.effective ?? 0), 0);

  const write = (row: WeightRow, weight: number | null) => {
    if (profile) onChange(setProfileWeight(doc, profile.id, row.id, weight));
    else if (weight !== null) {
      const path = paths.get(row.id);
      if (path) onChange(updateNode(doc, path, (n) => ({ ...n, weight })));
    }
  };

  return (
    <div className="weights-panel" data-testid="weights-panel">
      <div className="toolbar">
        <label className="filter">
          <span>{t('admin.weights.profile')}</span>
          <select
            value={profile?.id ?? ''}
            onChange={(e) => onProfile(e.target.value || null)}
            data-testid="weights-profile"
          >
            <option value="">{t('admin.weights.treeDefaults')}</option>
            {doc.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {pick(p.name)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted small weights-lead">
          {t(profile ? 'admin.weights.leadProfile' : 'admin.weights.leadTree', {
            base: profile?.base ?? '',
          })}
        </p>
      </div>
      {noEffectEdits.length > 0 && (
        <p className="notice notice-warn" role="alert" data-testid="weights-no-effect">
          {t('admin.weights.noEffect', { names: noEffectEdits.join('、') })}
        </p>
      )}
      <p className="small muted" data-testid="weights-total">
        {t('admin.weights.total', { total: pct(subdomainTotal) })}
      </p>
      {groups.map((g) => (
        <section key={g.parentId ?? 'top'} className="weight-group card">
          <h3>{g.parentName ? pick(g.parentName) : t('admin.weights.top')}</h3>
          <table className="weight-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.weights.node')}</th>
                <th scope="col">
                  {t(profile ? 'admin.weights.override' : 'admin.weights.weight')}
                </th>
                <th scope="col" className="num">
                  {t('admin.weights.share')}
                </th>
                <th scope="col" className="num">
                  {t('admin.weights.effective')}
                </th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => {
                const was = before.get(r.id) ?? null;
                const changed =
                  r.effective !== null && was !== null && Math.abs(r.effective - was) > 5e-7;
                const fid = `w-${profile?.id ?? 'tree'}-${r.id}`;
                return (
                  <tr
                    key={r.id}
                    className={r.notApplicable ? 'excluded' : changed ? 'changed' : ''}
                    data-node={r.id}
                  >
                    <th scope="row">
                      <label htmlFor={fid}>{pick(r.name)}</label>
                      <span className="mono small muted"> {r.id}</span>
                      {r.notApplicable && (
                        <span className="badge">{t('admin.weights.notApplicable')}</span>
                      )}
                      {!profile && unused.has(r.id) && (
                        <span
                          className="badge badge-warn"
                          title={t('admin.weights.unusedHint')}
                          data-testid="weight-unused"
                        >
                          {t('admin.weights.unused')}
                        </span>
                      )}
                      {profile && r.overridden && (
                        <span className="badge badge-override">
                          {t('admin.weights.overridden')}
                        </span>
                      )}
                    </th>
                    <td>
                      <div className="weight-input">
                        <NumberInput
                          id={fid}
                          label={pick(r.name)}
                          value={profile ? (r.overridden ? r.weight : undefined) : r.weight}
                          placeholder={profile ? String(r.inherited) : undefined}
                          allowEmpty={profile !== undefined}
                          schema={weightSchema}
                          disabled={!editable}
                          onValidity={onValidity}
                          onValue={(w) => write(r, w)}
                        />
                        {profile && r.overridden && editable && (
                          <button
                            type="button"
                            className="linklike small"
                            onClick={() => write(r, null)}
                          >
                            {t('admin.weights.reset')}
                          </button>
                        )}
                      </div>
                    </td>
                    <td className="num">{pct(r.share)}</td>
                    <td className="num effective-cell" data-testid="effective-weight">
                      <span className="effective-bar" aria-hidden="true">
                        <span style={{ width: `${(r.share ?? 0) * 100}%` }} />
                      </span>
                      <span>{pct(r.effective)}</span>
                      {changed && (
                        <span className="small muted was">
                          {t('admin.weights.was', { value: pct(was) })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
