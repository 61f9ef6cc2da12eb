import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Component as InvitePage } from '../../../web/src/features/auth/routes/invite.tsx';
import { Component as ConfirmPage } from '../../../web/src/features/auth/routes/register-confirm.tsx';
import { Component as ResetPage } from '../../../web/src/features/auth/routes/reset-password.tsx';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, getSession, setSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';

/** The three pages a mailed link opens share their refusal of a bad link and the signed-in notice. */
function renderAt(Page: ComponentType, path: string, search: string) {
  localStorage.setItem('zhiping.locale', 'zh-CN');
  const router = createMemoryRouter(
    [
      { path, element: <Page /> },
      ...['/register', '/login', '/forgot-password', '/dashboard'].map((p) => ({
        path: p,
        element: <p>{`page ${p}`}</p>,
      })),
    ],
    { initialEntries: [`${path}${search}`] },
  );
  render(
    <I18nProvider>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return router;
}

const pages = [
  ['registration confirm', ConfirmPage, '/register/confirm', '确认链接不完整或无效', '/register'],
  ['invitation', InvitePage, '/invite', '邀请链接不完整或无效', '/login'],
  ['password reset', ResetPage, '/reset-password', '重置链接不完整', '/forgot-password'],
] as const;

beforeEach(() => {
  localStorage.clear();
  clearSession();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a link cut short or too long', () => {
  test.each(pages)(
    'the %s page refuses it without asking the server and links to a fresh start',
    async (_name, Page, path, message, again) => {
      const fetchStub = vi.fn();
      vi.stubGlobal('fetch', fetchStub);
      for (const token of ['', 'short', 'T'.repeat(201)]) {
        const router = renderAt(Page, path, `?token=${token}`);
        const alert = screen.getByRole('alert');
        expect(alert.textContent).toContain(message);
        fireEvent.click(alert.querySelector('a')!);
        await waitFor(() => expect(router.state.location.pathname).toBe(again));
        cleanup();
      }
      expect(fetchStub).not.toHaveBeenCalled();
    },
  );
});

describe('someone already signed in on this browser', () => {
  test.each(pages.slice(0, 2))(
    'the %s page asks them to sign out first, and the sign-out ends the session',
    async (_name, Page, path) => {
      setSession({
        accessToken: 'a.b.c',
        expiresIn: 900,
        user: {
          id: '00000000-0000-4000-8000-000000000001',
          email: 'li@example.com',
          displayName: '李四',
          role: 'respondent',
          organizationId: '00000000-0000-4000-8000-000000000002',
          locale: 'zh-CN',
          disabled: false,
        },
        organization: null,
      });
      const fetchStub = vi.fn(async () => new Response(null, { status: 204 }));
      vi.stubGlobal('fetch', fetchStub);
      renderAt(Page, path, `?token=${'T'.repeat(43)}`);
      expect(screen.getByText('你当前以 李四 的身份登录。', { exact: false })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
      await waitFor(() => expect(getSession().status).toBe('anonymous'));
      const [url] = fetchStub.mock.calls[0] as unknown as [string];
      expect(url).toContain('/api/v1/auth/logout');
    },
  );
});
