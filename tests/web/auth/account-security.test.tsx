import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Component as LoginPage } from '../../../web/src/features/auth/routes/login.tsx';
import { Component as ResetPage } from '../../../web/src/features/auth/routes/reset-password.tsx';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, getSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';

/** The sign-in's second step and the reset page, against a fake API (fetch stubbed). */
function renderAt(path: string, routes: { path: string; element: ReactNode }[]) {
  localStorage.setItem('zhiping.locale', 'zh-CN');
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nProvider>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    },
  });
const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const bodyOf = (call: unknown) =>
  JSON.parse((call as [string, RequestInit])[1].body as string) as Record<string, unknown>;

const SESSION = {
  accessToken: 'a.b.c',
  expiresIn: 900,
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'boss@example.com',
    displayName: '管理员',
    role: 'admin',
    organizationId: null,
    locale: 'zh-CN',
    disabled: false,
  },
  organization: null,
};

beforeEach(() => {
  localStorage.clear();
  clearSession();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('sign-in with a second factor', () => {
  test('the password answers a challenge: the code step sends it with the code, then signs in', async () => {
    const fetchStub = vi.fn(async (url: string) =>
      url.endsWith('/auth/login')
        ? json(200, { secondFactor: 'totp', challengeToken: 'challenge-token-xyz', expiresIn: 300 })
        : url.endsWith('/auth/login/totp')
          ? fetchStub.mock.calls.length === 2
            ? json(401, { status: 401, code: 'invalid_code', detail: 'bad' })
            : json(200, SESSION)
          : json(404, { status: 404, code: 'not_found' }),
    );
    vi.stubGlobal('fetch', fetchStub);
    renderAt('/login', [{ path: '/login', element: <LoginPage /> }]);
    expect(screen.getByRole('link', { name: '忘记密码？' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
    type(/电子邮箱/, 'boss@example.com');
    type(/^密码/, 'Str0ng-first-admin');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await screen.findByTestId('totp-step');
    expect(getSession().status).toBe('anonymous');

    // A code of the wrong shape is refused before sending.
    type(/验证码或恢复码/, '12');
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    expect(fetchStub).toHaveBeenCalledTimes(1);

    type(/验证码或恢复码/, '123456');
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    await screen.findAllByText('验证码不正确或已被使用，请输入新的验证码。');
    expect(bodyOf(fetchStub.mock.calls[1])).toEqual({
      challengeToken: 'challenge-token-xyz',
      code: '123456',
    });

    type(/验证码或恢复码/, 'abcde-fghjk');
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    await waitFor(() => expect(getSession().status).toBe('authenticated'));
    expect(bodyOf(fetchStub.mock.calls[2])).toMatchObject({ code: 'abcde-fghjk' });
  });
});

describe('the reset page', () => {
  const routes = [{ path: '/reset-password', element: <ResetPage /> }];

  test('a link without its token says so and sends nothing', () => {
    const fetchStub = vi.fn();
    vi.stubGlobal('fetch', fetchStub);
    renderAt('/reset-password', routes);
    expect(screen.getByRole('alert').textContent).toContain('重置链接不完整');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  test('the new password typed twice; a spent link says to ask again; success says sign in', async () => {
    const token = 'T'.repeat(43);
    let answer: Response = json(400, {
      status: 400,
      code: 'reset_link_invalid',
      detail: 'This reset link is invalid',
    });
    const fetchStub = vi.fn(async () => answer);
    vi.stubGlobal('fetch', fetchStub);
    renderAt(`/reset-password?token=${token}`, routes);
    type(/^新密码/, 'Brand-new-pass-2026');
    type(/确认密码/, 'Brand-new-pass-2027');
    fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
    expect(fetchStub).not.toHaveBeenCalled();

    type(/确认密码/, 'Brand-new-pass-2026');
    fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
    await screen.findByText(/重置链接无效、已被使用或已过期/);
    expect(bodyOf(fetchStub.mock.calls[0])).toEqual({ token, password: 'Brand-new-pass-2026' });
    expect(screen.getByRole('link', { name: '重新申请' }).getAttribute('href')).toBe(
      '/forgot-password',
    );

    answer = new Response(null, { status: 204 });
    fireEvent.click(screen.getByRole('button', { name: '设置新密码' }));
    await screen.findByTestId('reset-done');
    expect(screen.getByRole('link', { name: '用新密码登录' }).getAttribute('href')).toBe('/login');
  });
});
