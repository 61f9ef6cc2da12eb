import type { AdminOrganizationView } from '@zhiping/shared/api/admin';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useOrganizations } from '../api/get-organizations.ts';
import { useSetOrganizationDisabled } from '../api/set-organization-disabled.ts';
import { Pager } from '../components/pager.tsx';
import { SearchBox } from '../components/search-box.tsx';

const LIMIT = 20;
const oneOf = <T extends string>(list: readonly T[], v: string | null) => list.find((x) => x === v);

/** /admin/enterprises — every registered enterprise; disable or enable one. */
export function Component() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('admin.enterprises.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = params.get('q') ?? undefined;
  const disabled = oneOf(['true', 'false'] as const, params.get('disabled'));
  const orgs = useOrganizations({ page, limit: LIMIT, q, disabled });
  const toggle = useSetOrganizationDisabled();
  const [target, setTarget] = useState<AdminOrganizationView | null>(null);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  return (
    <div data-testid="enterprises-page">
      <div className="page-head">
        <div>
          <h1>{t('admin.enterprises.title')}</h1>
          <p className="muted">{t('admin.enterprises.lead')}</p>
        </div>
      </div>
      <div className="toolbar">
        <SearchBox
          label={t('admin.enterprises.search')}
          value={q ?? ''}
          onSearch={(v) => update({ q: v || undefined })}
        />
        <label className="filter">
          <span>{t('admin.list.state')}</span>
          <select
            value={disabled ?? ''}
            onChange={(e) => update({ disabled: e.target.value || undefined })}
          >
            <option value="">{t('admin.list.anyState')}</option>
            <option value="false">{t('admin.list.active')}</option>
            <option value="true">{t('admin.list.disabled')}</option>
          </select>
        </label>
      </div>
      {orgs.isPending ? (
        <LoadingState />
      ) : orgs.isError ? (
        <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />
      ) : orgs.data.items.length === 0 ? (
        <div className="empty-state">
          <p>{t(q || disabled ? 'admin.list.noneFiltered' : 'admin.enterprises.empty')}</p>
        </div>
      ) : (
        <>
          <p className="muted small">{t('admin.list.count', { count: orgs.data.total })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.enterprises.name')}</th>
                  <th scope="col">{t('admin.enterprises.industry')}</th>
                  <th scope="col" className="num">
                    {t('admin.enterprises.users')}
                  </th>
                  <th scope="col" className="num">
                    {t('admin.enterprises.assessments')}
                  </th>
                  <th scope="col">{t('admin.enterprises.registered')}</th>
                  <th scope="col">{t('admin.list.state')}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.data.items.map((o) => (
                  <tr key={o.id} className={o.disabled ? 'row-disabled' : ''}>
                    <th scope="row">
                      {o.name}
                      <div className="mono small muted">{o.creditCode}</div>
                    </th>
                    <td className="small">
                      {t(`industry.${o.industry}` as MessageKey)} ·{' '}
                      {t(`size.${o.size}` as MessageKey)} · {o.region}
                    </td>
                    <td className="num">{o.userCount}</td>
                    <td className="num">{o.assessmentCount}</td>
                    <td className="small nowrap">{formatDate(o.createdAt)}</td>
                    <td>
                      <div className="row-actions">
                        <span
                          className={`status ${o.disabled ? 'status-returned' : 'status-signed_off'}`}
                        >
                          {t(o.disabled ? 'admin.list.disabled' : 'admin.list.active')}
                        </span>
                        <button
                          type="button"
                          className={`btn btn-small${o.disabled ? '' : ' btn-danger-outline'}`}
                          onClick={() => {
                            toggle.reset();
                            setTarget(o);
                          }}
                        >
                          {t(o.disabled ? 'admin.enterprises.enable' : 'admin.enterprises.disable')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            total={orgs.data.total}
            limit={LIMIT}
            onPage={(p) => update({ page: String(p) })}
          />
        </>
      )}
      <ConfirmDialog
        open={target !== null}
        title={t(
          target?.disabled ? 'admin.enterprises.enableTitle' : 'admin.enterprises.disableTitle',
          {
            name: target?.name ?? '',
          },
        )}
        confirmLabel={t(
          target?.disabled ? 'admin.enterprises.enable' : 'admin.enterprises.disable',
        )}
        danger={!target?.disabled}
        pending={toggle.isPending}
        onCancel={() => setTarget(null)}
        onConfirm={() =>
          target &&
          toggle.mutate(
            { id: target.id, disabled: !target.disabled },
            { onSuccess: () => setTarget(null) },
          )
        }
      >
        <p>
          {t(target?.disabled ? 'admin.enterprises.enableBody' : 'admin.enterprises.disableBody')}
        </p>
        {toggle.isError && <p className="field-error">{t('form.unexpected')}</p>}
      </ConfirmDialog>
    </div>
  );
}
