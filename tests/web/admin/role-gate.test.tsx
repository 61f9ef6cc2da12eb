import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { Role } from '@zhiping/shared';
import { afterEach, describe, expect, test } from 'vitest';
import { RoleGate } from '../../../web/src/app/role-gate.tsx';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, setSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';

function signIn(role: Role) {
  setSession({
    accessToken: 'token',
    expiresIn: 900,
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: `${role}@example.com`,
      displayName: role,
      role,
      organizationId: null,
      locale: 'zh-CN',
      disabled: false,
    },
    organization: null,
  });
}

function open(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <RoleGate roles={['admin']} />,
        children: [{ path: '/admin/users', element: <h1>users page</h1> }],
      },
    ],
    { initialEntries: [path] },
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

afterEach(() => {
  cleanup();
  clearSession();
});

describe('the staff pages’ role gate', () => {
  test.each(['respondent', 'assessor'] as const)(
    'refuses a signed-in %s at the URL they typed',
    (role) => {
      localStorage.setItem('zhiping.locale', 'zh-CN');
      signIn(role);
      const router = open('/admin/users');
      expect(screen.getByTestId('refusal')).toBeTruthy();
      expect(screen.getByRole('heading', { name: '无权访问' })).toBeTruthy();
      expect(screen.queryByText('users page')).toBeNull();
      expect(router.state.location.pathname).toBe('/admin/users');
      expect(screen.getByRole('link', { name: '返回我的首页' }).getAttribute('href')).toBe(
        role === 'respondent' ? '/dashboard' : '/review',
      );
    },
  );

  test('lets an admin through', () => {
    signIn('admin');
    open('/admin/users');
    expect(screen.getByText('users page')).toBeTruthy();
    expect(screen.queryByTestId('refusal')).toBeNull();
  });
});
