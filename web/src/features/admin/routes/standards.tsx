import type { StandardView } from '@zhiping/shared/api/admin';
import { useQueries } from '@tanstack/react-query';
import type { LocalizedText } from '@zhiping/shared/indicator-system/schema';
import { useMemo, useState } from 'react';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { ConfirmDialog, Dialog } from '../../../components/ui/dialog.tsx';
import { FilterSelect } from '../../../components/ui/filter-select.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useListParams } from '../../../lib/use-list-params.ts';
import { useDeleteStandard } from '../api/delete-standard.ts';
import { useStandards } from '../api/get-standards.ts';
import { useSystems } from '../api/get-systems.ts';
import { versionQueryOptions } from '../api/get-version.ts';
import { subdomainsOf } from '../document.ts';
import { ListTable } from '../components/list-table.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { StandardForm } from '../components/standard-form.tsx';

const LIMIT = 20;

/** The same sub-domain id often exists in several systems: one chip, the systems in its title. */
function systemsBySubdomain(links: StandardView['links']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.subdomainId, [...(out.get(l.subdomainId) ?? []), l.systemCode]);
  return out;
}

/**
 * Sub-domain names by `systemCode/subdomainId`, from each system's newest version: the list
 * shows names, not ids like `operations`.
 */
function useSubdomainNames(): Map<string, LocalizedText> {
  const systems = useSystems();
  const latest = (systems.data ?? []).flatMap((s) => {
    const v = s.versions.find((x) => x.latest) ?? s.versions[0];
    return v ? [{ code: s.code, id: v.id }] : [];
  });
  const docs = useQueries({ queries: latest.map((l) => versionQueryOptions(l.id)) });
  const loaded = docs.map((d) => d.data?.document.code ?? '').join('|');
  return useMemo(() => {
    const names = new Map<string, LocalizedText>();
    docs.forEach((d, i) => {
      const code = latest[i]?.code;
      if (!d.data || !code) return;
      for (const n of subdomainsOf(d.data.document)) names.set(`${code}/${n.id}`, n.name);
    });
    return names;
    // `loaded` changes exactly when a document arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);
}

/** /admin/standards — the standards catalog and the sub-domains each standard helps. */
export function Component() {
  const { t, pick } = useI18n();
  useDocumentTitle(t('admin.standards.title'));
  const { params, page, update } = useListParams();
  const q = params.get('q') ?? undefined;
  const frameworkCode = params.get('framework') ?? undefined;
  const standards = useStandards({ page, limit: LIMIT, q, frameworkCode, includeUncertain: true });
  const remove = useDeleteStandard();
  const [editing, setEditing] = useState<StandardView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<StandardView | null>(null);
  const subdomainNames = useSubdomainNames();
  const subdomainLabel = (subdomainId: string, systems: string[]) => {
    for (const code of systems) {
      const name = subdomainNames.get(`${code}/${subdomainId}`);
      if (name) return pick(name);
    }
    return subdomainId;
  };
  return (
    <div data-testid="standards-page">
      <PageHead title={t('admin.standards.title')} lead={t('admin.standards.lead')}>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          + {t('admin.standards.new')}
        </button>
      </PageHead>
      <div className="toolbar">
        <SearchBox
          label={t('admin.standards.search')}
          value={q ?? ''}
          onSearch={(v) => update({ q: v || undefined })}
        />
        <FilterSelect
          label={t('admin.standards.framework')}
          anyLabel={t('admin.standards.anyFramework')}
          value={frameworkCode}
          options={[
            { value: 'A', label: t('admin.standards.frameworkA') },
            { value: 'B', label: t('admin.standards.frameworkB') },
            { value: 'C', label: t('admin.standards.frameworkC') },
          ]}
          onChange={(v) => update({ framework: v })}
        />
      </div>
      <PagedList
        query={standards}
        page={page}
        limit={LIMIT}
        onPage={(p) => update({ page: String(p) })}
        empty={<p>{t(q || frameworkCode ? 'admin.list.noneFiltered' : 'admin.standards.empty')}</p>}
      >
        {(data) => (
          <ListTable
            total={data.total}
            head={
              <>
                <th scope="col">{t('admin.standards.number')}</th>
                <th scope="col">{t('admin.standards.titleCol')}</th>
                <th scope="col">{t('admin.standards.framework')}</th>
                <th scope="col">{t('admin.standards.mappings')}</th>
                <th scope="col">{t('admin.systems.actions')}</th>
              </>
            }
          >
            {data.items.map((s) => (
              <tr key={s.id}>
                <th scope="row" className="mono nowrap">
                  {s.number}
                  {s.uncertain && (
                    <span className="badge badge-warn">{t('admin.standards.uncertain')}</span>
                  )}
                </th>
                <td>
                  {pick(s.title)}
                  <div className="small muted">{pick(s.summary)}</div>
                </td>
                <td className="mono">{s.frameworkCode}</td>
                <td className="small">
                  {s.links.length === 0
                    ? '—'
                    : [...systemsBySubdomain(s.links)].map(([subdomainId, systems]) => (
                        <span
                          key={subdomainId}
                          className="chip"
                          title={`${subdomainId} · ${systems.join(', ')}`}
                        >
                          {subdomainLabel(subdomainId, systems)}
                        </span>
                      ))}
                </td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => setEditing(s)}>
                      {t('admin.standards.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger-outline"
                      onClick={() => {
                        remove.reset();
                        setDeleting(s);
                      }}
                    >
                      {t('admin.standards.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </PagedList>
      {editing && (
        <Dialog
          open
          wide
          title={
            editing === 'new'
              ? t('admin.standards.new')
              : t('admin.standards.editTitle', { number: editing.number })
          }
          onClose={() => setEditing(null)}
          testId="standard-dialog"
        >
          <StandardForm
            standard={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        </Dialog>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('admin.standards.deleteTitle', { number: deleting?.number ?? '' })}
        confirmLabel={t('admin.standards.delete')}
        danger
        pending={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
      >
        <p>{t('admin.standards.deleteBody')}</p>
        {remove.isError && <p className="field-error">{t('form.unexpected')}</p>}
      </ConfirmDialog>
    </div>
  );
}
