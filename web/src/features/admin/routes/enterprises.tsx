import type { AdminOrganizationView } from '@zhiping/shared/api/admin';
import { useState } from 'react';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { oneOf, useListParams } from '../../../lib/use-list-params.ts';
import { useOrganizations } from '../api/get-organizations.ts';
import { useSetOrganizationDisabled } from '../api/set-organization-disabled.ts';
import { DisabledFilter, DisabledToggle } from '../components/account-state.tsx';
import { ListTable } from '../components/list-table.tsx';
import { SearchBox } from '../components/search-box.tsx';

const LIMIT = 20;

/** /admin/enterprises — every registered enterprise; disable or enable one. */
export function Component() {
  const { t, formatDate } = useI18n();
  useDocumentTitle(t('admin.enterprises.title'));
  const { params, page, update } = useListParams();
  const q = params.get('q') ?? undefined;
  const disabled = oneOf(['true', 'false'] as const, params.get('disabled'));
  const orgs = useOrganizations({ page, limit: LIMIT, q, disabled });
  const toggle = useSetOrganizationDisabled();
  const [target, setTarget] = useState<AdminOrganizationView | null>(null);
  return (
    <div data-testid="enterprises-page">
      <PageHead title={t('admin.enterprises.title')} lead={t('admin.enterprises.lead')} />
      <div className="toolbar">
        <SearchBox
          label={t('admin.enterprises.search')}
          value={q ?? ''}
          onSearch={(v) => update({ q: v || undefined })}
        />
        <DisabledFilter value={disabled} onChange={(v) => update({ disabled: v })} />
      </div>
      <PagedList
        query={orgs}
        page={page}
        limit={LIMIT}
        onPage={(p) => update({ page: String(p) })}
        empty={<p>{t(q || disabled ? 'admin.list.noneFiltered' : 'admin.enterprises.empty')}</p>}
      >
        {(data) => (
          <ListTable
            total={data.total}
            head={
              <>
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
              </>
            }
          >
            {data.items.map((o) => (
              <tr key={o.id} className={o.disabled ? 'row-disabled' : ''}>
                <th scope="row">
                  {o.name}
                  <div className="mono small muted">{o.creditCode}</div>
                </th>
                <td className="small">
                  {t(`industry.${o.industry}` as MessageKey)} · {t(`size.${o.size}` as MessageKey)}{' '}
                  · {o.region}
                </td>
                <td className="num">{o.userCount}</td>
                <td className="num">{o.assessmentCount}</td>
                <td className="small nowrap">{formatDate(o.createdAt)}</td>
                <td>
                  <DisabledToggle
                    disabled={o.disabled}
                    toggleLabel={t(
                      o.disabled ? 'admin.enterprises.enable' : 'admin.enterprises.disable',
                    )}
                    onToggle={() => {
                      toggle.reset();
                      setTarget(o);
                    }}
                  />
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </PagedList>
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
