import { useI18n } from '../i18n/index.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** Placeholder workbench for assessors and admins until their pages land. */
export function ComingSoon({ area }: { area: 'review' | 'admin' }) {
  const { t } = useI18n();
  const title = t(area === 'review' ? 'coming.review.title' : 'coming.admin.title');
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="muted">{t('coming.lead')}</p>
    </section>
  );
}
