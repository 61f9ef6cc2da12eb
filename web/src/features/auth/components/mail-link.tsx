import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/index.tsx';
import { useLogout } from '../api/logout.ts';

/**
 * The pages a mailed link opens (registration confirm, invitation, password reset) share a
 * token in the query string, a refusal of a link that cannot be one, and, where the link
 * starts a session, a notice when someone is already signed in on this browser.
 */
export function useMailLinkToken(): { token: string; wellFormed: boolean } {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return { token, wellFormed: token.length >= 20 && token.length <= 200 };
}

/** A link cut short or mangled by a mail client: what happened, and where to start again. */
export function InvalidMailLink(props: { message: MessageKey; to: string; linkLabel: MessageKey }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box">
      <p>{t(props.message)}</p>
      <Link to={props.to}>{t(props.linkLabel)}</Link>
    </div>
  );
}

/** Someone else is signed in here: the link would replace their session, so they sign out first. */
export function SignedInElsewhere({ name }: { name: string }) {
  const { t } = useI18n();
  const logout = useLogout();
  return (
    <div className="notice">
      <p>{t('auth.invite.signedIn', { name })}</p>
      <button type="button" className="btn" onClick={() => logout.mutate()}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
