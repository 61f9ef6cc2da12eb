import { validateIndicatorSystem } from '@zhiping/shared/indicator-system/validate';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useCallback, useEffect, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog, Dialog } from '../../../components/ui/dialog.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useDeleteVersion } from '../api/delete-version.ts';
import { useExportVersion } from '../api/export-version.ts';
import { useExportVersionXlsx } from '../api/export-version-xlsx.ts';
import { ExcelImportButton } from '../components/excel-import-button.tsx';
import { useVersion, type EditableVersion } from '../api/get-version.ts';
import { usePublishVersion } from '../api/publish-version.ts';
import { useSaveVersion } from '../api/save-version.ts';
import { CopyVersionDialog } from '../components/copy-version-dialog.tsx';
import { DocumentIssues, type DocumentIssue } from '../components/editor/document-issues.tsx';
import { ProfilesPanel } from '../components/editor/profiles-panel.tsx';
import { QuickScanPanel } from '../components/editor/quick-scan-panel.tsx';
import { ScoringPanel } from '../components/editor/scoring-panel.tsx';
import { TreePanel } from '../components/editor/tree-panel.tsx';
import { WeightsPanel } from '../components/editor/weights-panel.tsx';
import { WhatIfPanel } from '../components/editor/what-if-panel.tsx';

const TABS = ['tree', 'weights', 'profiles', 'scoring', 'quick-scan', 'what-if'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, MessageKey> = {
  tree: 'admin.editor.tab.tree',
  weights: 'admin.editor.tab.weights',
  profiles: 'admin.editor.tab.profiles',
  scoring: 'admin.editor.tab.scoring',
  'quick-scan': 'quickScan.admin.title',
  'what-if': 'admin.editor.tab.whatIf',
};

/** /admin/versions/:id — a draft's editor; a published version read-only, to copy or export. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const version = useVersion(id);
  useDocumentTitle(
    version.data
      ? `${version.data.systemCode} ${version.data.version} · ${t('admin.editor.title')}`
      : t('admin.editor.title'),
  );
  if (version.isPending) return <LoadingState label={t('admin.editor.loading')} />;
  if (version.isError) {
    if (version.error instanceof ApiError && version.error.status === 404)
      return (
        <div role="alert" className="error-box">
          <p>{t('admin.editor.notFound')}</p>
          <Link to="/admin">{t('admin.backToSystems')}</Link>
        </div>
      );
    return <ErrorState error={version.error} onRetry={() => void version.refetch()} />;
  }
  return <Editor key={version.data.id} server={version.data} reload={version.refetch} />;
}

function Editor({
  server,
  reload,
}: {
  server: EditableVersion;
  reload: () => Promise<{ data?: EditableVersion | undefined }>;
}) {
  const { t, pick, formatNumber } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const editable = server.status === 'draft';
  const [doc, setDoc] = useState<IndicatorSystem>(server.document);
  const [baseRevision, setBaseRevision] = useState(server.revision);
  const [dirty, setDirty] = useState(false);
  /** Remounts the panels (and their typed text) when the document is replaced wholesale. */
  const [generation, setGeneration] = useState(0);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [issues, setIssues] = useState<DocumentIssue[]>([]);
  const [conflict, setConflict] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'publish' | 'delete' | 'copy' | null>(null);
  const save = useSaveVersion(server.id);
  const publish = usePublishVersion(server.id);
  const remove = useDeleteVersion();
  const exporter = useExportVersion();
  const xlsxExporter = useExportVersionXlsx();
  const [excelIssues, setExcelIssues] = useState<DocumentIssue[]>([]);
  const [excelProblem, setExcelProblem] = useState<string | null>(null);

  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'tree';
  const setParam = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const change = useCallback((next: IndicatorSystem) => {
    setDoc(next);
    setDirty(true);
  }, []);
  const onValidity = useCallback((fieldId: string, valid: boolean) => {
    setInvalid((s) => {
      if (valid === !s.has(fieldId)) return s;
      const next = new Set(s);
      if (valid) next.delete(fieldId);
      else next.add(fieldId);
      return next;
    });
  }, []);

  // Leaving with unsaved edits asks first (in-app navigation and closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  const doSave = (revision: number) => {
    const check = validateIndicatorSystem(doc);
    if (!check.ok) {
      setIssues(check.issues);
      return;
    }
    setIssues([]);
    save.mutate(
      { revision, document: doc },
      {
        onSuccess: (view) => {
          setBaseRevision(view.revision);
          setDirty(false);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'revision_conflict') {
            const current = (err.body as { currentRevision?: number } | undefined)?.currentRevision;
            setConflict(current ?? revision + 1);
          } else if (err instanceof ApiError && err.status === 400)
            setIssues(err.fieldErrors.map((f) => ({ path: f.field, message: f.message })));
        },
      },
    );
  };

  /** 409: learn the newer revision and keep the edits (the next save overwrites it)… */
  const keepMine = async () => {
    const fresh = await reload();
    if (fresh.data) setBaseRevision(fresh.data.revision);
    setConflict(null);
    save.reset();
  };
  /** …or take the newer document and drop the edits. */
  const takeTheirs = async () => {
    const fresh = await reload();
    if (fresh.data) {
      setDoc(fresh.data.document);
      setBaseRevision(fresh.data.revision);
    }
    setDirty(false);
    setInvalid(new Set());
    setGeneration((g) => g + 1);
    setConflict(null);
    save.reset();
  };

  const blocked = invalid.size > 0;
  const counts = countOf(doc);
  return (
    <div className="version-editor" data-testid="version-editor">
      <header className="editor-head">
        <div>
          <p className="report-kicker">
            <Link to="/admin">{t('admin.systems.title')}</Link> / {doc.code}
          </p>
          <h1>
            {pick(doc.name)} <span className="mono">{server.version}</span>
          </h1>
          <p className="small muted">
            <span className={`status version-${server.status}`} data-testid="version-status">
              {t(`admin.versionStatus.${server.status}`)}
            </span>{' '}
            {t('admin.editor.facts', {
              revision: baseRevision,
              subdomains: counts.subdomains,
              requirements: formatNumber(counts.requirements),
              profiles: doc.profiles.length,
            })}
          </p>
        </div>
        <div className="editor-actions">
          {editable && (
            <>
              <span
                className={`save-state${dirty ? ' dirty' : ''}`}
                role="status"
                data-testid="save-state"
              >
                {dirty ? t('admin.editor.unsaved') : t('admin.editor.saved')}
              </span>
              <button
                type="button"
                className="btn btn-primary"
                disabled={!dirty || blocked || save.isPending}
                onClick={() => doSave(baseRevision)}
                title={blocked ? t('admin.editor.fixFirst') : undefined}
              >
                {save.isPending ? t('admin.editor.saving') : t('admin.editor.save')}
              </button>
              <button
                type="button"
                className="btn"
                disabled={dirty || publish.isPending}
                title={dirty ? t('admin.editor.saveBeforePublish') : undefined}
                onClick={() => {
                  publish.reset();
                  setDialog('publish');
                }}
              >
                {t('admin.editor.publish')}
              </button>
            </>
          )}
          {!editable && (
            <button type="button" className="btn btn-primary" onClick={() => setDialog('copy')}>
              {t('admin.systems.copy')}
            </button>
          )}
          <button
            type="button"
            className="btn"
            disabled={exporter.isPending}
            onClick={() => exporter.mutate(server.id)}
          >
            {t('admin.systems.export')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={xlsxExporter.isPending}
            onClick={() => xlsxExporter.mutate(server.id)}
          >
            {t('admin.excel.export')}
          </button>
          {editable && (
            <ExcelImportButton
              versionId={server.id}
              revision={baseRevision}
              disabled={dirty}
              onImported={() => void takeTheirs()}
              onIssues={setExcelIssues}
              onProblem={setExcelProblem}
            />
          )}
          {editable && (
            <button
              type="button"
              className="btn btn-danger-outline"
              onClick={() => setDialog('delete')}
            >
              {t('admin.editor.delete')}
            </button>
          )}
        </div>
      </header>
      {!editable && <p className="notice">{t('admin.editor.readOnly')}</p>}
      {blocked && (
        <p role="alert" className="error-box">
          {t('admin.editor.invalidInputs', { count: invalid.size })}
        </p>
      )}
      <DocumentIssues issues={issues} title={t('admin.editor.issuesTitle')} />
      {save.isError &&
        !(save.error instanceof ApiError && [400, 409].includes(save.error.status)) && (
          <p role="alert" className="error-box">
            {t('form.unexpected')}
          </p>
        )}
      {save.error instanceof ApiError && save.error.code === 'version_immutable' && (
        <p role="alert" className="error-box">
          {t('admin.editor.immutable')}
        </p>
      )}
      <DocumentIssues issues={excelIssues} title={t('admin.excel.rejected')} />
      {excelProblem && (
        <p role="alert" className="error-box">
          {excelProblem}
        </p>
      )}
      {(exporter.isError || xlsxExporter.isError) && (
        <p role="alert" className="error-box">
          {t('form.unexpected')}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label={t('admin.editor.tabs')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={tab === x ? 'active' : ''}
            onClick={() => setParam({ tab: x === 'tree' ? null : x })}
          >
            {t(TAB_KEYS[x])}
          </button>
        ))}
      </div>
      <div key={generation}>
        {tab === 'tree' && (
          <TreePanel
            doc={doc}
            editable={editable}
            onChange={change}
            onValidity={onValidity}
            selectedId={params.get('node')}
            onSelect={(node) => setParam({ node })}
          />
        )}
        {tab === 'weights' && (
          <WeightsPanel
            doc={doc}
            saved={server.document}
            editable={editable}
            onChange={change}
            onValidity={onValidity}
            profileId={params.get('profile')}
            onProfile={(profile) => setParam({ profile })}
          />
        )}
        {tab === 'profiles' && (
          <ProfilesPanel
            doc={doc}
            editable={editable}
            onChange={change}
            onValidity={onValidity}
            profileId={params.get('profile')}
            onProfile={(profile) => setParam({ profile })}
            onEditWeights={(profile) => setParam({ tab: 'weights', profile })}
          />
        )}
        {tab === 'scoring' && (
          <ScoringPanel doc={doc} editable={editable} onChange={change} onValidity={onValidity} />
        )}
        {tab === 'quick-scan' && (
          <QuickScanPanel doc={doc} editable={editable} onChange={change} onValidity={onValidity} />
        )}
        {tab === 'what-if' && (
          <WhatIfPanel versionId={server.id} dirty={dirty} saved={server.document} />
        )}
      </div>

      <Dialog
        open={conflict !== null}
        title={t('admin.conflict.title')}
        onClose={() => void keepMine()}
        testId="conflict-dialog"
      >
        <p>{t('admin.conflict.body', { revision: conflict ?? 0 })}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => void takeTheirs()}>
            {t('admin.conflict.discard')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void keepMine()}>
            {t('admin.conflict.keep')}
          </button>
        </div>
      </Dialog>
      <ConfirmDialog
        open={dialog === 'publish'}
        title={t('admin.publish.title', { version: `${doc.code} ${server.version}` })}
        confirmLabel={t('admin.publish.confirm')}
        pending={publish.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => publish.mutate(baseRevision, { onSuccess: () => setDialog(null) })}
        testId="publish-dialog"
      >
        <p>{t('admin.publish.body')}</p>
        <p className="muted">{t('admin.publish.whatIfHint')}</p>
        {publish.isError && (
          <DocumentIssues
            issues={
              publish.error instanceof ApiError && publish.error.status === 400
                ? publish.error.fieldErrors.map((f) => ({ path: f.field, message: f.message }))
                : [
                    {
                      path: '(document)',
                      message:
                        publish.error instanceof ApiError && publish.error.status === 409
                          ? t('admin.publish.conflict')
                          : t('form.unexpected'),
                    },
                  ]
            }
            title={t('admin.publish.failed')}
          />
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('admin.delete.title', { version: `${doc.code} ${server.version}` })}
        confirmLabel={t('admin.delete.confirm')}
        danger
        pending={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          setDirty(false);
          remove.mutate(server.id, { onSuccess: () => void navigate('/admin', { replace: true }) });
        }}
      >
        <p>{t('admin.delete.body')}</p>
        {remove.isError && <p className="field-error">{t('form.unexpected')}</p>}
      </ConfirmDialog>
      {dialog === 'copy' && (
        <CopyVersionDialog
          source={{ id: server.id, systemCode: server.systemCode, version: server.version }}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('admin.leave.title')}
        confirmLabel={t('admin.leave.confirm')}
        danger
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      >
        <p>{t('admin.leave.body')}</p>
      </ConfirmDialog>
    </div>
  );
}

function countOf(doc: IndicatorSystem) {
  let subdomains = 0;
  let requirements = 0;
  const walk = (nodes: IndicatorSystem['tree']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      else {
        subdomains++;
        requirements += n.requirements?.length ?? 0;
      }
    }
  };
  walk(doc.tree);
  return { subdomains, requirements };
}
