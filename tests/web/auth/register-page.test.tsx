import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { usccCheckCharacter } from '@zhiping/shared';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Component as ConfirmPage } from '../../../web/src/features/auth/routes/register-confirm.tsx';
import { Component as RegisterPage } from '../../../web/src/features/auth/routes/register.tsx';
import { I18nProvider, type Locale } from '../../../web/src/i18n/index.tsx';
import { clearSession, getSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';

const first17 = '91320500MA1MXXXX0';
const validCode = first17 + usccCheckCharacter(first17)!;
const wrongCode = first17 + (validCode.endsWith('1') ? '2' : '1');

function renderPage(locale: Locale = 'zh-CN') {
  localStorage.setItem('zhiping.locale', locale);
  const router = createMemoryRouter(
    [
      { path: '/register', element: <RegisterPage /> },
      { path: '/login', element: <p>login</p> },
    ],
    { initialEntries: ['/register'] },
  );
  render(
    <I18nProvider>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

const field = (label: string | RegExp) => screen.getByLabelText<HTMLInputElement>(label);
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const errorOf = (el: HTMLElement) => {
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent)
    .join('');
};

function fillValid() {
  type(field(/企业名称/), '苏州精密制造有限公司');
  type(field(/统一社会信用代码/), validCode);
  fireEvent.change(field(/所属行业/), { target: { value: 'automotive' } });
  fireEvent.change(field(/企业规模/), { target: { value: 'medium' } });
  type(field(/所在地区/), '江苏省苏州市');
  type(field(/姓名/), '张三');
  type(field(/电子邮箱/), 'zhang@example.com');
  type(field(/^密码/), 'Secret-pass-2026');
  type(field(/确认密码/), 'Secret-pass-2026');
  fireEvent.click(field(/隐私/));
}

beforeEach(() => {
  localStorage.clear();
  clearSession();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('enterprise registration', () => {
  test('checks the credit code live: wrong check character, then valid', () => {
    renderPage();
    const code = field(/统一社会信用代码/);
    type(code, first17.toLowerCase());
    expect(code.value).toBe(first17);
    expect(errorOf(code)).toBe('');
    type(code, wrongCode);
    expect(errorOf(code)).toBe('校验位不正确，请核对是否输错');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    type(code, validCode);
    expect(errorOf(code)).toBe('');
    expect(screen.getByText('✓ 校验通过')).toBeTruthy();
  });

  test('submitting empty shows each problem next to its field and focuses the first', () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(errorOf(field(/企业名称/))).toBe('此项必填');
    expect(errorOf(field(/统一社会信用代码/))).toBe('此项必填');
    expect(errorOf(field(/所属行业/))).toBe('请选择一项');
    expect(errorOf(field(/电子邮箱/))).toBe('此项必填');
    expect(errorOf(field(/确认密码/))).toBe('此项必填');
    expect(document.activeElement).toBe(field(/企业名称/));
  });

  test('password policy and confirmation, in the user’s language', () => {
    renderPage('en');
    type(field(/^Password/), 'lettersonly-long');
    fireEvent.blur(field(/^Password/));
    expect(errorOf(field(/^Password/))).toBe('The password needs a letter and a digit');
    type(field(/^Password/), 'short1');
    expect(errorOf(field(/^Password/))).toBe('At least 10 characters');
    type(field(/Confirm password/), 'other');
    fireEvent.blur(field(/Confirm password/));
    expect(errorOf(field(/Confirm password/))).toBe('The passwords do not match');
  });

  test('choosing an industry suggests its usual production type', () => {
    renderPage();
    fireEvent.change(field(/所属行业/), { target: { value: 'steel' } });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '流程型制造' }).checked).toBe(true);
  });

  test('a credit code registered already is reported at the credit code field', async () => {
    const fetchStub = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            type: 'x',
            title: 'Conflict',
            status: 409,
            code: 'organization_exists',
            detail: 'exists',
          }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    vi.stubGlobal('fetch', fetchStub);
    renderPage();
    fillValid();
    fireEvent.click(screen.getByRole('radio', { name: '离散型制造' }));
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    await waitFor(() =>
      expect(errorOf(field(/统一社会信用代码/))).toBe(
        '该统一社会信用代码的企业已注册，请联系贵企业已有用户邀请你加入。',
      ),
    );
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toMatchObject({
      organization: { creditCode: validCode, industry: 'automotive', productionType: 'discrete' },
      user: { email: 'zhang@example.com' },
    });
    expect(getSession().status).toBe('anonymous');
  });

  test('a common or space-padded password is refused before sending, in the user’s language', () => {
    renderPage('en');
    type(field(/^Password/), 'password12');
    fireEvent.blur(field(/^Password/));
    expect(errorOf(field(/^Password/))).toBe(
      'This is one of the most common passwords and easy to guess; choose another',
    );
    type(field(/^Password/), `${' '.repeat(10)}1a`);
    expect(errorOf(field(/^Password/))).toBe('The password must not begin or end with a space');
  });

  test('after sending, the page says to check the mail and signs nobody in (no enumeration)', async () => {
    const fetchStub = vi.fn(
      async () =>
        new Response(JSON.stringify({ status: 'confirmation_sent', email: 'zhang@example.com' }), {
          status: 202,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchStub);
    renderPage();
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    await screen.findByRole('heading', { name: '请查收邮件' });
    expect(screen.getByTestId('register-check-mail').textContent).toContain('zhang@example.com');
    const [url, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/v1/auth/register');
    expect(JSON.parse(init.body as string)).toMatchObject({ locale: 'zh-CN' });
    expect(getSession().status).toBe('anonymous');
  });
});

describe('registration confirmation page', () => {
  function renderConfirm(search: string) {
    localStorage.setItem('zhiping.locale', 'zh-CN');
    const router = createMemoryRouter(
      [
        { path: '/register/confirm', element: <ConfirmPage /> },
        { path: '/dashboard', element: <p>dashboard</p> },
        { path: '/register', element: <p>register</p> },
        { path: '/login', element: <p>login</p> },
      ],
      { initialEntries: [`/register/confirm${search}`] },
    );
    render(
      <I18nProvider>
        <QueryClientProvider client={new QueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>,
    );
  }

  test('a click confirms the token of the link, signs in and opens the dashboard', async () => {
    const session = {
      accessToken: 'a.b.c',
      expiresIn: 900,
      user: {
        id: '00000000-0000-4000-8000-000000000001',
        email: 'zhang@example.com',
        displayName: '张三',
        role: 'respondent',
        organizationId: '00000000-0000-4000-8000-000000000002',
        locale: 'zh-CN',
        disabled: false,
      },
      organization: null,
    };
    const fetchStub = vi.fn(
      async () =>
        new Response(JSON.stringify(session), {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchStub);
    const token = 'T'.repeat(43);
    renderConfirm(`?token=${token}`);
    // Opening the page sends nothing (a mail scanner must not use the link up).
    expect(fetchStub).not.toHaveBeenCalled();
    // Nor does a submit without the password chosen when registering.
    fireEvent.click(screen.getByRole('button', { name: '确认注册并开始' }));
    await waitFor(() => expect(errorOf(field(/注册时设置的密码/))).not.toBe(''));
    expect(fetchStub).not.toHaveBeenCalled();
    type(field(/注册时设置的密码/), 'Secret-pass-2026');
    fireEvent.click(screen.getByRole('button', { name: '确认注册并开始' }));
    await screen.findByText('dashboard');
    const [url, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/v1/auth/register/confirm');
    expect(JSON.parse(init.body as string)).toEqual({ token, password: 'Secret-pass-2026' });
    expect(getSession().status).toBe('authenticated');
  });

  test('a password other than the one chosen when registering is refused, in the user’s language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              type: 'x',
              title: 'Bad Request',
              status: 400,
              code: 'validation_failed',
              detail: 'x',
              errors: [
                { field: 'body.password', message: 'is not the password chosen when registering' },
              ],
            }),
            { status: 400, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    renderConfirm(`?token=${'T'.repeat(43)}`);
    type(field(/注册时设置的密码/), 'Someone-else-2026');
    fireEvent.click(screen.getByRole('button', { name: '确认注册并开始' }));
    await waitFor(() =>
      expect(errorOf(field(/注册时设置的密码/))).toBe('与注册时设置的密码不一致。'),
    );
    expect(getSession().status).not.toBe('authenticated');
  });

  test('a used or expired link says so; a truncated one is refused without asking', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              type: 'x',
              title: 'Not found',
              status: 404,
              code: 'not_found',
              detail: 'x',
            }),
            { status: 404, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    renderConfirm(`?token=${'T'.repeat(43)}`);
    type(field(/注册时设置的密码/), 'Secret-pass-2026');
    fireEvent.click(screen.getByRole('button', { name: '确认注册并开始' }));
    await screen.findByText('确认链接不存在、已被使用或已过期（24 小时内有效），请重新注册。');
    cleanup();
    renderConfirm('?token=short');
    expect(screen.getByRole('alert').textContent).toContain('确认链接不完整或无效');
  });
});
