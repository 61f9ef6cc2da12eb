import { PRIVACY_TERMS_VERSION } from '@zhiping/shared/api/privacy';
import { useI18n } from '../../../i18n/index.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

/** The privacy terms registration asks consent to (their version is stored with the account). */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.title'));
  return (
    <section className="page">
      <article className="card prose" data-testid="privacy-terms">
        <h1>{t('privacy.title')}</h1>
        <p className="muted small">{t('privacy.version', { version: PRIVACY_TERMS_VERSION })}</p>
        <p>{t('privacy.p1')}</p>
        <p>{t('privacy.p2')}</p>
        <p>{t('privacy.p3')}</p>
        <p>{t('privacy.p4')}</p>
      </article>
    </section>
  );
}
