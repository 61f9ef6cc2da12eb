import { totpCodeSchema, secondFactorCodeSchema } from '@zhiping/shared/api/account';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useForm } from '../../../lib/use-form.ts';
import {
  useConfirmTotp,
  useDisableTotp,
  useReplaceRecoveryCodes,
  useRevokeAllSessions,
  useRevokeSession,
  useSessions,
  useStartTotp,
  useTotpStatus,
} from '../api/account-security.ts';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The sign-ins of this account: revoke one, or sign out everywhere. */
function Sessions() {
  const { t, formatDate } = useI18n();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeAll = useRevokeAllSessions();
  const navigate = useNavigate();
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <section className="card" aria-labelledby="sessions-title" data-testid="sessions">
      <h2 id="sessions-title">{t('security.sessions.title')}</h2>
      <p className="muted">{t('security.sessions.lead')}</p>
      <FormAlert error={revoke.error ?? revokeAll.error} />
      <QueryState query={sessions}>
        {(data) => (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('security.sessions.device')}</th>
                  <th scope="col">{t('security.sessions.ip')}</th>
                  <th scope="col">{t('security.sessions.created')}</th>
                  <th scope="col">{t('security.sessions.lastUsed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('security.sessions.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((s) => (
                  <tr key={s.id} data-testid={s.current ? 'session-current' : 'session'}>
                    <td className="small">
                      {s.userAgent ?? t('security.sessions.unknown')}
                      {s.current && <strong> · {t('security.sessions.current')}</strong>}
                    </td>
                    <td className="mono">{s.ip ?? t('security.sessions.unknown')}</td>
                    <td>{formatDate(s.createdAt, DATE_TIME)}</td>
                    <td>{formatDate(s.lastUsedAt, DATE_TIME)}</td>
                    <td>
                      {!s.current && (
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={revoke.isPending}
                          onClick={() => revoke.mutate(s.id)}
                        >
                          {t('security.sessions.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.every((s) => s.current) && (
              <p className="muted">{t('security.sessions.empty')}</p>
            )}
          </div>
        )}
      </QueryState>
      <button type="button" className="btn btn-danger" onClick={() => setConfirmAll(true)}>
        {t('security.sessions.revokeAll')}
      </button>
      <ConfirmDialog
        open={confirmAll}
        title={t('security.sessions.revokeAll')}
        confirmLabel={t('security.sessions.revokeAll')}
        danger
        pending={revokeAll.isPending}
        onCancel={() => setConfirmAll(false)}
        onConfirm={() =>
          revokeAll.mutate(undefined, {
            onSuccess: () => void navigate('/login', { replace: true }),
          })
        }
      >
        <p>{t('security.sessions.revokeAllConfirm')}</p>
      </ConfirmDialog>
    </section>
  );
}

const confirmSchema = z.object({
  code: totpCodeSchema,
  currentPassword: z.string().min(1).max(128),
});
const disableSchema = z.object({ code: secondFactorCodeSchema });
/** Its own field name: it shares the page with the disable form (ids are per field). */
const replaceSchema = z.object({ replaceCode: totpCodeSchema });

/** Shown once, kept until acknowledged (the status above them changes as TOTP turns on). */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status" data-testid="recovery-codes">
      <h3>{t('security.totp.codesTitle')}</h3>
      <p>{t('security.totp.codesLead')}</p>
      <ul className="mono recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <button type="button" className="btn btn-primary" onClick={onDone}>
        {t('security.totp.codesDone')}
      </button>
    </div>
  );
}

function Enrolment({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useI18n();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const form = useForm(confirmSchema, { code: '', currentPassword: '' });
  const submit = form.handleSubmit((data) =>
    confirm.mutate(data, {
      onSuccess: (r) => onEnabled(r.recoveryCodes),
      onError: (err) => {
        if (!(err instanceof ApiError) || err.status !== 400) return;
        if (err.fieldErrors.some((e) => e.field === 'currentPassword'))
          form.showServerErrors({ currentPassword: { key: 'security.totp.wrongPassword' } });
        else form.showServerErrors({ code: { key: 'security.totp.invalid' } });
      },
    }),
  );
  if (!start.data)
    return (
      <>
        <FormAlert error={start.error} />
        <button
          type="button"
          className="btn btn-primary"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('security.totp.start')}
        </button>
      </>
    );
  return (
    <form onSubmit={submit} noValidate data-testid="totp-enrolment">
      <p>{t('security.totp.scan')}</p>
      <img src={start.data.qrCode} alt={t('security.totp.qrAlt')} width={180} height={180} />
      <p>
        {t('security.totp.secret')}:{' '}
        <code className="mono" data-testid="totp-secret">
          {start.data.secret}
        </code>
      </p>
      <FormAlert error={confirm.error} />
      <FormInput
        form={form}
        path="code"
        label={t('security.totp.code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <FormInput
        form={form}
        path="currentPassword"
        label={t('security.totp.currentPassword')}
        hint={t('security.totp.currentPasswordHint')}
        type="password"
        autoComplete="current-password"
      />
      <button type="submit" className="btn btn-primary" disabled={confirm.isPending}>
        {confirm.isPending ? t('form.submitting') : t('security.totp.confirm')}
      </button>
    </form>
  );
}

function Disable() {
  const { t } = useI18n();
  const disable = useDisableTotp();
  const form = useForm(disableSchema, { code: '' });
  const submit = form.handleSubmit((data) =>
    disable.mutate(data.code, {
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors({ code: { key: 'totp.login.invalid' } });
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormAlert error={disable.error} />
      <FormInput
        form={form}
        path="code"
        label={t('security.totp.disableCode')}
        autoComplete="off"
      />
      <button type="submit" className="btn" disabled={disable.isPending}>
        {t('security.totp.disable')}
      </button>
    </form>
  );
}

function ReplaceCodes({ onReplaced }: { onReplaced: (codes: string[]) => void }) {
  const { t } = useI18n();
  const replace = useReplaceRecoveryCodes();
  const form = useForm(replaceSchema, { replaceCode: '' });
  const submit = form.handleSubmit((data) =>
    replace.mutate(data.replaceCode, {
      onSuccess: (r) => onReplaced(r.recoveryCodes),
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors({ replaceCode: { key: 'security.totp.invalid' } });
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate className="inline-form">
      <FormAlert error={replace.error} known={{ validation_failed: 'security.totp.invalid' }} />
      <FormInput
        form={form}
        path="replaceCode"
        label={t('security.totp.code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <button type="submit" className="btn" disabled={replace.isPending}>
        {t('security.totp.replaceCodes')}
      </button>
    </form>
  );
}

function SecondFactor() {
  const { t, formatDate } = useI18n();
  const status = useTotpStatus();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes)
    return (
      <section className="card" aria-labelledby="totp-title" data-testid="totp">
        <h2 id="totp-title">{t('security.totp.title')}</h2>
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      </section>
    );
  return (
    <section className="card" aria-labelledby="totp-title" data-testid="totp">
      <h2 id="totp-title">{t('security.totp.title')}</h2>
      <p className="muted">{t('security.totp.lead')}</p>
      <QueryState query={status}>
        {(s) =>
          s.enabled ? (
            <>
              <p className="notice" role="status">
                {t('security.totp.on', {
                  date: s.enabledAt ? formatDate(s.enabledAt) : '',
                  count: s.recoveryCodesLeft,
                })}
              </p>
              <ReplaceCodes onReplaced={setCodes} />
              {s.required ? <p className="muted">{t('security.totp.required')}</p> : <Disable />}
            </>
          ) : (
            <>
              <p>{t('security.totp.off')}</p>
              <Enrolment onEnabled={setCodes} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** Sign-in and security: the sessions of this account and the TOTP second factor. */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('security.title'));
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  const restricted = session.restriction === 'totp_enrolment';
  return (
    <section className="page account-page">
      <h1>{t('security.title')}</h1>
      {restricted && (
        <p className="notice" role="alert">
          {t('security.enrolRequired')}
        </p>
      )}
      <SecondFactor />
      {!restricted && <Sessions />}
    </section>
  );
}
