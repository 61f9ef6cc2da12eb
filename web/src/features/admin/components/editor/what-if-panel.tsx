import type { WhatIfChange, WhatIfItem } from '@zhiping/shared/api/admin';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { round2 } from '@zhiping/shared/scoring/labels';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../../../i18n/index.tsx';
import { useWhatIf, WHAT_IF_LIMIT } from '../../api/get-what-if.ts';
import { Pager } from '../../../../components/ui/pager.tsx';
import { outline } from '../../document.ts';
import { unusedDefaultWeights } from '../../weights.ts';

const CHANGE_KEYS: Record<WhatIfChange, MessageKey> = {
  up: 'admin.whatIf.change.up',
  down: 'admin.whatIf.change.down',
  score_only: 'admin.whatIf.change.score_only',
  unchanged: 'admin.whatIf.change.unchanged',
  profile_missing: 'admin.whatIf.change.profile_missing',
  unscorable: 'admin.whatIf.change.unscorable',
};

const f2 = (n: number) => round2(n).toFixed(2);
/** A change, never shown as 0.00 when it is not zero: small ones get more decimals. */
const signed = (n: number, digits = 2) => {
  if (n === 0) return '±0';
  const abs = Math.abs(n);
  const shown = abs.toFixed(abs < 0.005 && digits > 0 ? 4 : digits);
  return `${n > 0 ? '+' : '−'}${shown}`;
};

function Result({ r }: { r: WhatIfItem['old'] }) {
  const { t } = useI18n();
  if (!r) return <span className="muted">—</span>;
  return (
    <span>
      {t('admin.whatIf.level', { level: r.maturityLevel })} · {f2(r.score)}
    </span>
  );
}

/**
 * What the saved version would do to every submitted assessment of its system: which change
 * level, and by how much. Computed by the server from the saved document.
 */
export function WhatIfPanel({
  versionId,
  dirty,
  saved,
}: {
  versionId: string;
  dirty: boolean;
  /** The saved document the what-if is computed from (profile names, unused defaults). */
  saved: IndicatorSystem;
}) {
  const { t, pick } = useI18n();
  const profileName = (id: string) => {
    const p = saved.profiles.find((x) => x.id === id);
    return p ? pick(p.name) : id;
  };
  const unused = unusedDefaultWeights(saved);
  const unusedNames = outline(saved)
    .filter((o) => unused.has(o.node.id))
    .map((o) => pick(o.node.name));
  const [page, setPage] = useState(1);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const whatIf = useWhatIf(versionId, { page, onlyChanged });
  if (whatIf.isPending) return <LoadingState label={t('admin.whatIf.loading')} />;
  if (whatIf.isError)
    return <ErrorState error={whatIf.error} onRetry={() => void whatIf.refetch()} />;
  const { summary, items, total } = whatIf.data;
  return (
    <div className="what-if" data-testid="what-if">
      {dirty && (
        <p className="notice" role="note">
          {t('admin.whatIf.unsaved')}
        </p>
      )}
      <dl className="what-if-summary">
        <div>
          <dt>{t('admin.whatIf.assessments')}</dt>
          <dd>{summary.assessments}</dd>
        </div>
        <div className="up">
          <dt>{t('admin.whatIf.levelUp')}</dt>
          <dd data-testid="what-if-up">{summary.levelUp}</dd>
        </div>
        <div className="down">
          <dt>{t('admin.whatIf.levelDown')}</dt>
          <dd data-testid="what-if-down">{summary.levelDown}</dd>
        </div>
        <div>
          <dt>{t('admin.whatIf.scoreChanged')}</dt>
          <dd data-testid="what-if-score-changed">{summary.scoreChanged}</dd>
        </div>
        <div>
          <dt>{t('admin.whatIf.unchanged')}</dt>
          <dd>{summary.unchanged - summary.scoreChanged}</dd>
        </div>
        {(summary.profileMissing > 0 || summary.unscorable > 0) && (
          <div className="down">
            <dt>{t('admin.whatIf.cannotScore')}</dt>
            <dd>{summary.profileMissing + summary.unscorable}</dd>
          </div>
        )}
      </dl>
      {unusedNames.length > 0 && (
        <p className="notice" role="note" data-testid="what-if-unused-defaults">
          {t('admin.whatIf.unusedDefaults', {
            count: unusedNames.length,
            names:
              unusedNames.slice(0, 6).join('、') +
              (unusedNames.length > 6 ? t('admin.whatIf.andMore') : ''),
          })}
        </p>
      )}
      {summary.withNewRequirementsUnanswered > 0 && (
        <p className="notice">
          {t('admin.whatIf.newRequirements', { count: summary.withNewRequirementsUnanswered })}
        </p>
      )}
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={onlyChanged}
          onChange={(e) => {
            setOnlyChanged(e.target.checked);
            setPage(1);
          }}
        />
        {t('admin.whatIf.onlyChanged')}
      </label>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t(onlyChanged ? 'admin.whatIf.noneChanged' : 'admin.whatIf.none')}</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table what-if-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.whatIf.assessment')}</th>
                <th scope="col">{t('admin.whatIf.pinned')}</th>
                <th scope="col">{t('admin.whatIf.old')}</th>
                <th scope="col">{t('admin.whatIf.new')}</th>
                <th scope="col" className="num">
                  {t('admin.whatIf.delta')}
                </th>
                <th scope="col">{t('admin.whatIf.change')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((it) => (
                <tr
                  key={it.assessmentId}
                  className={`change-${it.change}`}
                  data-testid="what-if-row"
                >
                  <td>
                    <Link to={`/assessments/${it.assessmentId}/report`}>{it.title}</Link>
                    <div className="small muted">
                      {it.organizationName} · {profileName(it.profileId)}
                    </div>
                  </td>
                  <td className="mono small">{it.pinnedVersion.version}</td>
                  <td>
                    <Result r={it.old} />
                  </td>
                  <td>
                    <Result r={it.new} />
                  </td>
                  <td className="num">
                    {it.delta
                      ? `${it.delta.maturityLevel !== 0 ? `${signed(it.delta.maturityLevel, 0)} · ` : ''}${signed(it.delta.score)}`
                      : '—'}
                  </td>
                  <td>
                    <span className={`change-tag change-${it.change}`}>
                      {t(CHANGE_KEYS[it.change])}
                    </span>
                    {it.issues.length > 0 && (
                      <ul className="small muted issue-list">
                        {it.issues.map((x) => (
                          <li key={x}>{x}</li>
                        ))}
                      </ul>
                    )}
                    {it.newRequirementsUnanswered > 0 && (
                      <div className="small muted">
                        {t('admin.whatIf.unanswered', { count: it.newRequirementsUnanswered })}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} limit={WHAT_IF_LIMIT} onPage={setPage} />
    </div>
  );
}
