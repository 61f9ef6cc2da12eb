import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, type Locale } from '../../../web/src/i18n/index.tsx';

/**
 * Renders web components inside the app's i18n, query and router providers, in a chosen
 * language.
 */
export function renderWeb(ui: ReactElement, locale: Locale = 'zh-CN') {
  localStorage.setItem('zhiping.locale', locale);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}
