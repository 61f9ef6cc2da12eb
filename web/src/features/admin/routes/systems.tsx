import type { AdminSystem, AdminVersionSummary } from '@zhiping/shared/api/admin';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useExportVersion } from '../api/export-version.ts';
import { useSystems } from '../api/get-systems.ts';
import { CopyVersionDialog } from '../components/copy-version-dialog.tsx';
import { ImportCard } from '../components/import-card.tsx';

/** /admin — indicator systems and their versions: open, copy into a draft, export, import. */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.systems.title'));
  const systems = useSystems();
  const exporter = useExportVersion();
  const [copying, setCopying] = useState<{
    id: string;
    systemCode: string;
    version: string;
  } | null>(null);
  return (
    <div data-testid="systems-page">
      <PageHead title={t('admin.systems.title')} lead={t('admin.systems.lead')} />
      <QueryState
        query={systems}
        isEmpty={(data) => data.length === 0}
        empty={<p>{t('admin.systems.empty')}</p>}
      >
        {(data) =>
          data.map((s) => (
            <SystemCard
              key={s.id}
              system={s}
              onCopy={(v) => setCopying({ id: v.id, systemCode: s.code, version: v.version })}
              onExport={(v) => exporter.mutate(v.id)}
            />
          ))
        }
      </QueryState>
      {exporter.isError && (
        <p role="alert" className="error-box">
          {t('form.unexpected')}
        </p>
      )}
      <ImportCard />
      {copying && <CopyVersionDialog source={copying} onClose={() => setCopying(null)} />}
    </div>
  );
}

function SystemCard({
  system,
  onCopy,
  onExport,
}: {
  system: AdminSystem;
  onCopy: (v: AdminVersionSummary) => void;
  onExport: (v: AdminVersionSummary) => void;
}) {
  const { t, pick, formatDate } = useI18n();
  return (
    <section
      className="card system-card"
      aria-labelledby={`sys-${system.id}`}
      data-system={system.code}
    >
      <h2 id={`sys-${system.id}`}>
        {pick(system.name)} <span className="mono small muted">{system.code}</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table versions-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.systems.version')}</th>
              <th scope="col">{t('admin.systems.status')}</th>
              <th scope="col">{t('admin.systems.updated')}</th>
              <th scope="col">{t('admin.systems.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {system.versions.map((v) => (
              <tr key={v.id} data-version={v.version}>
                <th scope="row">
                  <Link to={`/admin/versions/${v.id}`} className="mono">
                    {v.version}
                  </Link>
                  {v.latest && <span className="badge">{t('admin.systems.latest')}</span>}
                </th>
                <td>
                  <span className={`status version-${v.status}`}>
                    {t(`admin.versionStatus.${v.status}`)}
                  </span>
                  <span className="small muted">
                    {' '}
                    {t('admin.systems.revision', { revision: v.revision })}
                  </span>
                </td>
                <td className="small">
                  {v.publishedAt
                    ? t('admin.systems.publishedAt', { date: formatDate(v.publishedAt) })
                    : formatDate(v.updatedAt)}
                </td>
                <td>
                  <div className="row-actions">
                    <Link to={`/admin/versions/${v.id}`} className="btn btn-small">
                      {t(v.status === 'draft' ? 'admin.systems.edit' : 'admin.systems.view')}
                    </Link>
                    <button type="button" className="btn btn-small" onClick={() => onCopy(v)}>
                      {t('admin.systems.copy')}
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => onExport(v)}>
                      {t('admin.systems.export')}
                    </button>
                    {v.status === 'draft' && (
                      <Link to={`/admin/versions/${v.id}?tab=what-if`} className="btn btn-small">
                        {t('admin.systems.whatIf')}
                      </Link>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
