import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { AssessmentView } from '@zhiping/shared';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { AssessmentList } from '../../../web/src/features/dashboard/components/assessment-list.tsx';
import { Component as QuestionnairePage } from '../../../web/src/features/questionnaire/routes/questionnaire.tsx';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, setSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';
import { ASSESSMENT_ID, fakeApi, finding, order, ORG_ID, places, USER_ID } from './fake-api.ts';

/** A re-opened requirement well into the questionnaire, and one of its locked neighbours. */
const REOPENED = order[20]!;
const sectionOf = (id: string) => places.get(id)!.path.at(-1)!.id;
const NEIGHBOUR = order.find((id) => id !== REOPENED && sectionOf(id) === sectionOf(REOPENED))!;

function renderAt(element: ReactElement, path: string, entry: string) {
  localStorage.setItem('zhiping.locale', 'zh-CN');
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '/assessments/:id/rectification', element: <p>rectification page</p> },
    ],
    { initialEntries: [entry] },
  );
  render(
    <I18nProvider>
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return router;
}

const item = (id: string) => document.getElementById(`req-${id}`)!;

beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
  window.scrollTo = () => {};
});
beforeEach(() => {
  localStorage.clear();
  setSession({
    accessToken: 'token',
    expiresIn: 900,
    user: {
      id: USER_ID,
      email: 'zhang@example.com',
      displayName: '张三',
      role: 'respondent',
      organizationId: ORG_ID,
      locale: 'zh-CN',
      disabled: false,
    },
    organization: null,
  });
});
afterEach(() => {
  cleanup();
  clearSession();
  vi.unstubAllGlobals();
});

describe('the way to 弱项整改', () => {
  test('the questionnaire of a returned assessment opens at a linked requirement, and only re-opened ones take answers', async () => {
    fakeApi({ findings: [finding('aaaaaaaa-aaaa-4aaa-8aaa-000000000001', REOPENED, '补充证据')] });
    renderAt(
      <QuestionnairePage />,
      '/assessments/:id',
      `/assessments/${ASSESSMENT_ID}#req-${encodeURIComponent(REOPENED)}`,
    );
    const banner = await screen.findByTestId('rectification-banner');
    expect(within(banner).getByRole('link', { name: '处理整改意见' }).getAttribute('href')).toBe(
      `/assessments/${ASSESSMENT_ID}/rectification`,
    );
    // Submitting is for drafts; a returned assessment is resubmitted from the rectification page.
    expect(screen.queryByRole('button', { name: '提交评估' })).toBeNull();

    await waitFor(() => expect(item(REOPENED).getAttribute('aria-current')).toBe('true'));
    // A radio is disabled through its fieldset (the questionnaire's read-only item).
    const answerable = (id: string) =>
      !within(item(id)).getByRole('radio', { name: '部分满足' }).closest('fieldset')!.disabled;
    await waitFor(() => expect(answerable(REOPENED)).toBe(true));
    expect(answerable(NEIGHBOUR)).toBe(false);
    expect(within(item(NEIGHBOUR)).getByLabelText<HTMLTextAreaElement>('备注').readOnly).toBe(true);
  });

  test('the dashboard sends a returned assessment to its findings', () => {
    const base = {
      organizationId: ORG_ID,
      organizationName: '苏州精密制造有限公司',
      revision: 3,
      version: {
        id: ASSESSMENT_ID,
        systemCode: 'cmmm-2020',
        version: '2020.1',
        name: { zh: 'CMMM', en: 'CMMM' },
      },
      profileId: 'automotive',
      targetLevel: 3,
      tailoring: [],
      assessorId: null,
      progress: { answered: 5, applicable: 10, total: 10 },
      result: null,
      judgment: null,
      opinion: null,
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-01-05T08:00:00.000Z',
      submittedAt: null,
      signedOffAt: null,
      quickScanId: null,
    } satisfies Partial<AssessmentView>;
    const returnedId = '77777777-7777-4777-8777-000000000001';
    const draftId = '77777777-7777-4777-8777-000000000002';
    const items: AssessmentView[] = [
      { ...base, id: returnedId, title: '退回的评估', status: 'returned' },
      { ...base, id: draftId, title: '草稿评估', status: 'draft' },
    ];
    renderAt(<AssessmentList items={items} />, '/dashboard', '/dashboard');
    const [returned, draft] = screen.getAllByRole('listitem');
    expect(within(returned!).getByText('退回整改')).toBeTruthy();
    const action = within(returned!).getByRole('link', { name: '处理整改意见' });
    expect(action.getAttribute('href')).toBe(`/assessments/${returnedId}/rectification`);
    expect(within(returned!).getByRole('link', { name: '退回的评估' }).getAttribute('href')).toBe(
      `/assessments/${returnedId}/rectification`,
    );
    expect(within(draft!).getByRole('link', { name: '继续填写' }).getAttribute('href')).toBe(
      `/assessments/${draftId}`,
    );
  });
});
