import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { usccCheckCharacter } from '@zhiping/shared';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
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
    fireEvent.click(screen.getByRole('button', { name: '注册并开始' }));
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
    fireEvent.click(screen.getByRole('button', { name: '注册并开始' }));
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
});
