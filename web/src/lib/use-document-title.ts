import { useEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Sets the tab title to "<title> · 智评" while the page is shown. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useI18n();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
