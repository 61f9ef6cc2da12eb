import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { pendingScan, startQuickScan, useQuickScanOptions } from '../api/quick-scan.ts';
import '../quick-scan.css';

/** /quick-scan — choose the indicator system and the profile, then start (no account). */
export function Component() {
  const { t, pick } = useI18n();
  useDocumentTitle(t('quickScan.start.title'));
  const navigate = useNavigate();
  const options = useQuickScanOptions();
  const session = useSession();
  const org = session.status === 'authenticated' ? session.organization : null;
  const [versionId, setVersionId] = useState<string | null>(null);
  const [profileId, setProfileId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: startQuickScan,
    onSuccess: (scan) => void navigate(`/quick-scan/${scan.id}`),
  });
  const pending = pendingScan();

  return (
    <section className="page quick-scan-start">
      <h1>{t('quickScan.start.title')}</h1>
      <p className="lead">{t('quickScan.start.lead')}</p>
      {pending && (
        <p>
          <Link to={`/quick-scan/${pending.id}`}>{t('quickScan.start.resume')}</Link>
        </p>
      )}
      <QueryState query={options}>
        {(o) => {
          const version = o.items.find((v) => v.versionId === versionId) ?? o.items[0];
          if (!version) return null;
          const ids = new Set(version.profiles.map((p) => p.id));
          const fallback =
            (org && ids.has(org.industry) && org.industry) ||
            (org && ids.has(org.productionType) && org.productionType) ||
            version.profiles[0]?.id ||
            '';
          const profile = profileId && ids.has(profileId) ? profileId : fallback;
          return (
            <form
              className="card form qs-start-form"
              onSubmit={(e) => {
                e.preventDefault();
                start.mutate({ versionId: version.versionId, profileId: profile });
              }}
            >
              <label className="field">
                <span className="field-label">{t('quickScan.start.system')}</span>
                <select
                  value={version.versionId}
                  onChange={(e) => setVersionId(e.target.value)}
                  data-testid="qs-version"
                >
                  {o.items.map((v) => (
                    <option key={v.versionId} value={v.versionId}>
                      {pick(v.name)} {v.version} ·{' '}
                      {t('quickScan.start.items', { count: v.itemCount })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">{t('quickScan.start.profile')}</span>
                <select
                  value={profile}
                  onChange={(e) => setProfileId(e.target.value)}
                  data-testid="qs-profile"
                >
                  {version.profiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {pick(p.name)}
                    </option>
                  ))}
                </select>
              </label>
              <FormAlert error={start.error} />
              <div className="button-row">
                <button
                  type="submit"
                  className="btn btn-primary"
                  disabled={start.isPending}
                  data-testid="qs-start"
                  autoFocus
                >
                  {start.isPending ? t('quickScan.start.starting') : t('quickScan.start.button')}
                </button>
              </div>
            </form>
          );
        }}
      </QueryState>
    </section>
  );
}
