import { auditQuerySchema } from '@zhiping/shared/api/admin';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { DateField } from '../../../components/ui/date-field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAudit } from '../api/get-audit.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditChanges } from '../audit-text.ts';
import { Pager } from '../../../components/ui/pager.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';

const LIMIT = 50;
const ACTION_PREFIXES = [
  'auth.*',
  'assessment.*',
  'review.*',
  'finding.*',
  'indicator_system.*',
  'standard.*',
  'organization.*',
  'user.*',
];

/** A day (yyyy-mm-dd, the user's time zone) as the instant it starts. */
const startOf = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayAfter = (day: string) => {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
};

const pretty = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));

/** /admin/audit — every state change and sign-in attempt, newest first, with filters. */
export function Component() {
  const { t, pick, formatDate } = useI18n();
  /** The label of a known action or entity type; an unknown one shows as the API names it. */
  const labelOr = (label: Parameters<typeof pick>[0] | undefined, fallback: string) =>
    label ? pick(label) : fallback;
  useDocumentTitle(t('admin.audit.title'));
  const roleLabel = (role: string) =>
    ['respondent', 'assessor', 'admin'].includes(role)
      ? t(`role.${role as 'respondent' | 'assessor' | 'admin'}`)
      : role;
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const applied = {
    action: params.get('action') ?? '',
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const [draft, setDraft] = useState(applied);
  const actionCheck = draft.action
    ? auditQuerySchema.shape.action.safeParse(draft.action.trim())
    : { success: true };
  const rangeBad = Boolean(draft.from && draft.to && draft.from > draft.to);
  const audit = useAudit({
    page,
    limit: LIMIT,
    action: applied.action || undefined,
    entityType: applied.entityType || undefined,
    entityId: applied.entityId || undefined,
    from: applied.from ? startOf(applied.from) : undefined,
    to: applied.to ? dayAfter(applied.to) : undefined,
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!actionCheck.success || rangeBad) return;
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim()) next.set(k, v.trim());
    setParams(next);
  };
  const field = (key: keyof typeof draft, label: string, type = 'text', extra = {}) => (
    <label className="filter">
      <span>{label}</span>
      <input
        type={type}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        {...extra}
      />
    </label>
  );
  return (
    <div data-testid="audit-page">
      <PageHead title={t('admin.audit.title')} lead={t('admin.audit.lead')} />
      <form className="toolbar audit-filters" onSubmit={apply} noValidate>
        {field('action', t('admin.audit.action'), 'text', {
          list: 'audit-actions',
          placeholder: 'indicator_system.*',
          'aria-invalid': actionCheck.success ? undefined : true,
          'aria-describedby': actionCheck.success ? undefined : 'audit-action-error',
        })}
        <datalist id="audit-actions">
          {ACTION_PREFIXES.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        {field('entityType', t('admin.audit.entityType'), 'text', { placeholder: 'assessment' })}
        {field('entityId', t('admin.audit.entityId'))}
        <DateField
          label={t('admin.audit.from')}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          testId="audit-from"
        />
        <DateField
          label={t('admin.audit.to')}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
          invalid={rangeBad}
          testId="audit-to"
        />
        <div className="filter-actions">
          <button type="submit" className="btn btn-small btn-primary">
            {t('admin.audit.apply')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setDraft({ action: '', entityType: '', entityId: '', from: '', to: '' });
              setParams(new URLSearchParams());
            }}
          >
            {t('admin.audit.clear')}
          </button>
        </div>
        {!actionCheck.success && (
          <p id="audit-action-error" className="field-error filter-error">
            {t('admin.audit.actionInvalid')}
          </p>
        )}
        {rangeBad && <p className="field-error filter-error">{t('admin.audit.rangeInvalid')}</p>}
      </form>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <div className="empty-state">
          <p>{t('admin.list.noneFiltered')}</p>
        </div>
      ) : (
        <>
          <p className="muted small">{t('admin.list.count', { count: audit.data.total })}</p>
          <ol className="audit-list">
            {audit.data.items.map((e) => (
              <li key={e.id} className="audit-event" data-action={e.action}>
                <div className="audit-line">
                  <time className="small nowrap" dateTime={e.at}>
                    {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}
                  </time>
                  <span className="audit-sentence" data-testid="audit-sentence">
                    <strong>{e.actorEmail ?? t('admin.audit.anonymous')}</strong>
                    {e.actorRole && (
                      <span className="muted">
                        {t('admin.audit.roleWrap', { role: roleLabel(e.actorRole) })}
                      </span>
                    )}{' '}
                    {labelOr(AUDIT_ACTIONS[e.action], e.action)}
                  </span>
                  <span className="small muted audit-entity">
                    {labelOr(AUDIT_ENTITIES[e.entityType], e.entityType)}
                    {e.entityId && (
                      <span className="mono" title={e.entityId}>
                        {' '}
                        {e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                      </span>
                    )}
                    <code className="mono audit-action"> {e.action}</code>
                  </span>
                </div>
                {(() => {
                  const changes = auditChanges(e.before, e.after);
                  return changes.length === 0 ? null : (
                    <table className="audit-changes" data-testid="audit-changes">
                      <thead>
                        <tr>
                          <th scope="col">{t('admin.audit.field')}</th>
                          <th scope="col">{t('admin.audit.before')}</th>
                          <th scope="col">{t('admin.audit.after')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.slice(0, 12).map((c) => (
                          <tr key={c.field}>
                            <th scope="row" className="mono">
                              {c.field}
                            </th>
                            <td className="audit-before">{c.before}</td>
                            <td className="audit-after">{c.after}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  );
                })()}
                {(e.before !== null || e.after !== null) && (
                  <details className="audit-details">
                    <summary>{t('admin.audit.details')}</summary>
                    <div className="audit-diff">
                      <div>
                        <span className="self-label">{t('admin.audit.before')}</span>
                        <pre>{pretty(e.before) || '—'}</pre>
                      </div>
                      <div>
                        <span className="self-label">{t('admin.audit.after')}</span>
                        <pre>{pretty(e.after) || '—'}</pre>
                      </div>
                    </div>
                    <p className="small muted">
                      {e.ip && `IP ${e.ip}`} {e.requestId && `· ${e.requestId}`}
                    </p>
                  </details>
                )}
              </li>
            ))}
          </ol>
          <Pager
            page={page}
            total={audit.data.total}
            limit={LIMIT}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            }}
          />
        </>
      )}
    </div>
  );
}
