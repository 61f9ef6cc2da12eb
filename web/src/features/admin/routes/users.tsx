import type { AdminUserView } from '@zhiping/shared/api/admin';
import { ROLES, type Role } from '@zhiping/shared/api/common';
import { useState } from 'react';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { ConfirmDialog, Dialog } from '../../../components/ui/dialog.tsx';
import { FilterSelect } from '../../../components/ui/filter-select.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { oneOf, useListParams } from '../../../lib/use-list-params.ts';
import { useUsers } from '../api/get-users.ts';
import { usePatchUser } from '../api/patch-user.ts';
import { CreateStaffForm } from '../components/create-staff-form.tsx';
import { DisabledFilter, DisabledToggle } from '../components/account-state.tsx';
import { ListTable } from '../components/list-table.tsx';
import { SearchBox } from '../components/search-box.tsx';

const LIMIT = 20;

type Change = { user: AdminUserView; role?: Role; disabled?: boolean };

/** /admin/users — accounts: roles of staff, disabling, new staff accounts. */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.users.title'));
  const session = useSession();
  const me = session.status === 'authenticated' ? session.user.id : null;
  const { params, page, update } = useListParams();
  const q = params.get('q') ?? undefined;
  const role = oneOf(ROLES, params.get('role'));
  const disabled = oneOf(['true', 'false'] as const, params.get('disabled'));
  const users = useUsers({ page, limit: LIMIT, q, role, disabled });
  const patch = usePatchUser();
  const [change, setChange] = useState<Change | null>(null);
  const [creating, setCreating] = useState(false);
  const ask = (c: Change) => {
    patch.reset();
    setChange(c);
  };
  return (
    <div data-testid="users-page">
      <PageHead title={t('admin.users.title')} lead={t('admin.users.lead')}>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          + {t('admin.users.new')}
        </button>
      </PageHead>
      <div className="toolbar">
        <SearchBox
          label={t('admin.users.search')}
          value={q ?? ''}
          onSearch={(v) => update({ q: v || undefined })}
        />
        <FilterSelect
          label={t('admin.users.role')}
          anyLabel={t('admin.users.anyRole')}
          value={role}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(v) => update({ role: v })}
        />
        <DisabledFilter value={disabled} onChange={(v) => update({ disabled: v })} />
      </div>
      <PagedList
        query={users}
        page={page}
        limit={LIMIT}
        onPage={(p) => update({ page: String(p) })}
        empty={<p>{t('admin.list.noneFiltered')}</p>}
      >
        {(data) => (
          <ListTable
            total={data.total}
            head={
              <>
                <th scope="col">{t('admin.users.displayName')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.enterprise')}</th>
                <th scope="col">{t('admin.list.state')}</th>
              </>
            }
          >
            {data.items.map((u) => {
              const self = u.id === me;
              return (
                <tr key={u.id} className={u.disabled ? 'row-disabled' : ''} data-email={u.email}>
                  <th scope="row">
                    {u.displayName}
                    {self && <span className="badge">{t('admin.users.you')}</span>}
                    <div className="small muted">{u.email}</div>
                  </th>
                  <td>
                    {u.role === 'respondent' ? (
                      t('role.respondent')
                    ) : (
                      <select
                        aria-label={t('admin.users.roleOf', { name: u.displayName })}
                        value={u.role}
                        disabled={self}
                        title={self ? t('admin.users.notSelf') : undefined}
                        onChange={(e) => ask({ user: u, role: e.target.value as Role })}
                      >
                        <option value="assessor">{t('role.assessor')}</option>
                        <option value="admin">{t('role.admin')}</option>
                      </select>
                    )}
                  </td>
                  <td className="small">{u.organizationName ?? '—'}</td>
                  <td>
                    <DisabledToggle
                      disabled={u.disabled}
                      toggleLabel={t(u.disabled ? 'admin.users.enable' : 'admin.users.disable')}
                      onToggle={() => ask({ user: u, disabled: !u.disabled })}
                      locked={self}
                      lockedTitle={t('admin.users.notSelf')}
                    />
                  </td>
                </tr>
              );
            })}
          </ListTable>
        )}
      </PagedList>
      <ConfirmDialog
        open={change !== null}
        title={
          change?.role
            ? t('admin.users.roleTitle', {
                name: change.user.displayName,
                role: t(`role.${change.role}`),
              })
            : t(change?.disabled ? 'admin.users.disableTitle' : 'admin.users.enableTitle', {
                name: change?.user.displayName ?? '',
              })
        }
        confirmLabel={t('admin.users.apply')}
        danger={change?.disabled === true}
        pending={patch.isPending}
        onCancel={() => setChange(null)}
        onConfirm={() =>
          change &&
          patch.mutate(
            { id: change.user.id, body: { role: change.role, disabled: change.disabled } },
            { onSuccess: () => setChange(null) },
          )
        }
      >
        <p>{t('admin.users.sessionsEnd')}</p>
        {patch.isError && (
          <p className="field-error">
            {patch.error instanceof ApiError && patch.error.code === 'self_modification'
              ? t('admin.users.notSelf')
              : t('form.unexpected')}
          </p>
        )}
      </ConfirmDialog>
      {creating && (
        <Dialog
          open
          title={t('admin.users.new')}
          onClose={() => setCreating(false)}
          testId="staff-dialog"
        >
          <CreateStaffForm onDone={() => setCreating(false)} />
        </Dialog>
      )}
    </div>
  );
}
