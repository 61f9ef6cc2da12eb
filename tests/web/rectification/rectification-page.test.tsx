import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AnswerView } from '@zhiping/shared';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { Component as RectificationPage } from '../../../web/src/features/rectification/routes/rectification.tsx';
import { I18nProvider, type Locale } from '../../../web/src/i18n/index.tsx';
import { clearSession, setSession } from '../../../web/src/lib/session.ts';
import { createMemoryRouter, RouterProvider } from '../router.ts';
import {
  ASSESSMENT_ID,
  answerView,
  fakeApi,
  finding,
  order,
  ORG_ID,
  places,
  USER_ID,
} from './fake-api.ts';

const [R1, R2] = order as [string, string];
const F_REQ = 'aaaaaaaa-aaaa-4aaa-8aaa-000000000001';
const F_ALL = 'aaaaaaaa-aaaa-4aaa-8aaa-000000000002';
const F_OLD = 'aaaaaaaa-aaaa-4aaa-8aaa-000000000003';
const findings = () => [
  finding(F_REQ, R1, '请补充规划的审批记录。'),
  finding(F_ALL, null, '请说明本次自评估覆盖的工厂范围。'),
  finding(F_OLD, R2, '职责分工不清。', 'verified', '已发布岗位职责说明书。'),
];

function renderPage(locale: Locale = 'zh-CN') {
  localStorage.setItem('zhiping.locale', locale);
  const router = createMemoryRouter(
    [
      { path: '/assessments/:id/rectification', element: <RectificationPage /> },
      { path: '/assessments/:id', element: <p>questionnaire</p> },
      { path: '/assessments/:id/report', element: <p>report</p> },
      { path: '/dashboard', element: <p>dashboard</p> },
    ],
    { initialEntries: [`/assessments/${ASSESSMENT_ID}/rectification`] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nProvider>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return router;
}

/** The card of a requirement, or of the finding about the whole assessment. */
const cardOf = async (requirementId: string | null) => {
  const cards = await screen.findAllByTestId('rect-group');
  const card = cards.find((c) =>
    requirementId === null
      ? !c.hasAttribute('data-requirement')
      : c.getAttribute('data-requirement') === requirementId,
  );
  if (!card) throw new Error(`no card for ${requirementId}`);
  return card;
};
const saveStateOf = (card: HTMLElement) => within(card).getByTestId('save-state');
const responseBox = (card: HTMLElement) => within(card).getByLabelText(/你的回复/);
const resubmit = async () => {
  fireEvent.click(await screen.findByRole('button', { name: '重新提交评审' }));
  return screen.findByTestId('resubmit-dialog');
};

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

describe('the rectification page (弱项整改)', () => {
  test('shows each finding with its requirement from the version, the answer to change and a response box', async () => {
    fakeApi({
      findings: findings(),
      files: [{ requirementId: R1, filename: '会议纪要.txt' }],
    });
    renderPage();
    await screen.findByTestId('rectification');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      '弱项整改 · 2026 年度自评估',
    );
    expect(screen.getByTestId('rect-progress').textContent).toBe('已回复 0 / 2 个待整改的发现项');

    // The finding about the whole assessment comes first, then requirements in questionnaire order.
    const cards = screen.getAllByTestId('rect-group');
    expect(cards[0]!.hasAttribute('data-requirement')).toBe(false);
    expect(cards[1]!.getAttribute('data-requirement')).toBe(R1);

    const card = await cardOf(R1);
    const place = places.get(R1)!;
    expect(card.textContent).toContain(place.requirement.text.zh);
    expect(card.textContent).toContain(place.path.map((n) => n.name.zh).join(' › '));
    expect(card.textContent).toContain('请补充规划的审批记录。');
    expect(within(card).getByTestId('finding-status').textContent).toBe('待整改');
    const full = within(card).getByRole<HTMLInputElement>('radio', { name: '全部满足' });
    expect(full.checked).toBe(true);
    expect(card.textContent).toContain('1 个文件 · 0 个链接');
    const evidence = within(card).getByRole('link', { name: /在问卷中补充证据/ });
    expect(evidence.getAttribute('href')).toBe(
      `/assessments/${ASSESSMENT_ID}#req-${encodeURIComponent(R1)}`,
    );
    // Nothing to save yet.
    expect(within(card).getByRole('button', { name: '保存' }).hasAttribute('disabled')).toBe(true);

    // The general finding has a response box but no answer.
    const general = await cardOf(null);
    expect(within(general).queryAllByRole('radio')).toHaveLength(0);
    expect(responseBox(general)).toBeTruthy();

    // A finding verified in an earlier round is shown with its response, read-only.
    const old = await cardOf(R2);
    expect(old.closest('details')).not.toBeNull();
    expect(old.textContent).toContain('已发布岗位职责说明书。');
    expect(within(old).getByTestId('finding-status').textContent).toBe('已验证');
    expect(within(old).queryByRole('textbox')).toBeNull();
    expect(within(old).queryAllByRole('radio')).toHaveLength(0);
  });

  test('saves the changed answer and the response of a card, then resubmits at the revision the writes moved to', async () => {
    const api = fakeApi({ findings: findings(), revision: 10 });
    renderPage();
    const card = await cardOf(R1);
    fireEvent.click(within(card).getByRole('radio', { name: '部分满足' }));
    fireEvent.change(responseBox(card), { target: { value: '  已补充总经理办公会纪要。 ' } });
    expect(saveStateOf(card).textContent).toBe('有未保存的修改');
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saveStateOf(card).getAttribute('data-status')).toBe('saved'));
    expect(saveStateOf(card).textContent).toMatch(/^已保存（.+）$/);
    expect(api.sent).toEqual([
      {
        method: 'PATCH',
        path: `/api/v1/assessments/${ASSESSMENT_ID}/answers`,
        body: { revision: 10, answers: [{ requirementId: R1, choice: 'partial', comment: '' }] },
      },
      {
        method: 'POST',
        path: `/api/v1/findings/${F_REQ}/response`,
        body: { response: '已补充总经理办公会纪要。' },
      },
    ]);
    expect(api.state.answers.get(R1)?.choice).toBe('partial');
    expect(within(card).getByTestId('finding-status').textContent).toBe('已回复');
    expect(screen.getByTestId('rect-progress').textContent).toBe('已回复 1 / 2 个待整改的发现项');

    const general = await cardOf(null);
    fireEvent.change(responseBox(general), { target: { value: '覆盖苏州、无锡两个工厂。' } });
    fireEvent.click(within(general).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saveStateOf(general).getAttribute('data-status')).toBe('saved'));
    expect(screen.getByText('✓ 所有发现项都已回复，可以重新提交评审。')).toBeTruthy();

    const dialog = await resubmit();
    expect(dialog.textContent).toContain('复核完成前答案和回复不能再修改');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认重新提交' }));
    await screen.findByTestId('rect-resubmitted');
    // 10 → 11 (answer) → 12 (response) → 13 (response): resubmitted at 13.
    expect(api.sent.at(-1)).toEqual({
      method: 'POST',
      path: `/api/v1/assessments/${ASSESSMENT_ID}/resubmit`,
      body: { revision: 13 },
    });
    await waitFor(() => expect(screen.getByTestId('rect-status').textContent).toBe('评审中'));
    // Handed back: nothing is editable any more.
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: '重新提交评审' })).toBeNull();
  });

  test('resubmitting saves the unsaved cards first; responses the server still misses come back as a list', async () => {
    const api = fakeApi({ findings: findings() });
    renderPage();
    const card = await cardOf(R1);
    fireEvent.change(responseBox(card), { target: { value: '已补充审批记录。' } });
    const dialog = await resubmit();
    expect(dialog.textContent).toContain('将先保存 1 张卡片上尚未保存的修改。');
    expect(dialog.textContent).toContain('还有 1 个发现项未回复，重新提交会被拒绝。');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认重新提交' }));

    const missing = await screen.findByTestId('rect-missing');
    expect(api.writes()).toEqual([
      `POST /api/v1/findings/${F_REQ}/response`,
      `POST /api/v1/assessments/${ASSESSMENT_ID}/resubmit`,
    ]);
    expect(within(missing).getByRole('heading').textContent).toBe('还有 1 个发现项未回复');
    const general = await cardOf(null);
    const box = responseBox(general);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(general.textContent).toContain('请回复此发现项');

    // The list leads to the box that needs the response.
    fireEvent.click(
      within(missing).getByRole('button', { name: '发现项：请说明本次自评估覆盖的工厂范围。' }),
    );
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: '覆盖苏州工厂。' } });
    fireEvent.click(within(general).getByRole('button', { name: '保存' }));
    await within(missing).findByText(/已处理/);
    expect(box.hasAttribute('aria-invalid')).toBe(false);
    expect(api.state.status).toBe('returned');
  });

  test('an unanswered requirement the server names is reached from the list and answered in its card', async () => {
    const answers = new Map<string, AnswerView>(order.map((id) => [id, answerView(id, 'full')]));
    answers.set(R1, answerView(R1, null));
    const api = fakeApi({
      findings: [finding(F_REQ, R1, '答案被清空了。', 'open', '已处理。')],
      answers,
    });
    renderPage();
    const dialog = await resubmit();
    expect(dialog.textContent).not.toContain('未回复');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认重新提交' }));
    const missing = await screen.findByTestId('rect-missing');
    expect(within(missing).getByRole('heading').textContent).toBe('还有 1 项要求未作答');
    const text = places.get(R1)!.requirement.text.zh;
    const item = within(missing).getByRole('button', { name: new RegExp(`^${R1} `) });
    expect(text.startsWith(item.textContent.slice(R1.length + 1).replace(/…$/, ''))).toBe(true);
    fireEvent.click(item);
    const card = await cardOf(R1);
    expect(document.activeElement).toBe(card);

    fireEvent.click(within(card).getByRole('radio', { name: '大部分满足' }));
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await within(missing).findByText(/已处理/);
    expect(api.state.answers.get(R1)?.choice).toBe('most');
  });

  test('a stale revision is retried when the answer is unchanged; a colleague’s change to it is never overwritten', async () => {
    const api = fakeApi({ findings: findings(), revision: 10 });
    renderPage();
    const card = await cardOf(R1);
    // Elsewhere, the assessment moved on twice without touching this answer.
    api.state.revision = 12;
    fireEvent.click(within(card).getByRole('radio', { name: '部分满足' }));
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saveStateOf(card).getAttribute('data-status')).toBe('saved'));
    expect(api.sent.map((s) => (s.body as { revision: number }).revision)).toEqual([10, 12]);
    expect(api.state.answers.get(R1)?.choice).toBe('partial');

    // A colleague answers 不满足 meanwhile; this user's 大部分满足 is held back, not sent over it.
    api.state.answers.set(R1, answerView(R1, 'none'));
    api.state.revision++;
    fireEvent.click(within(card).getByRole('radio', { name: '大部分满足' }));
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('该答案刚被其他人改为“不满足”');
    expect(api.state.answers.get(R1)?.choice).toBe('none');
    expect(api.sent).toHaveLength(3);
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: '大部分满足' }).checked).toBe(
      true,
    );

    // Saving again, knowingly, overwrites at the current revision.
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saveStateOf(card).getAttribute('data-status')).toBe('saved'));
    expect(api.state.answers.get(R1)?.choice).toBe('most');
    expect((api.sent.at(-1)!.body as { revision: number }).revision).toBe(14);
  });

  test('an empty response is not sent; an assessment resubmitted elsewhere is reloaded and explained', async () => {
    const api = fakeApi({
      findings: [finding(F_REQ, R1, '请补充规划的审批记录。', 'open', '旧的回复')],
    });
    renderPage();
    const card = await cardOf(R1);
    fireEvent.change(responseBox(card), { target: { value: '   ' } });
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    expect((await within(card).findByRole('alert')).textContent).toContain('回复不能为空');
    expect(api.sent).toHaveLength(0);

    api.state.status = 'in_review';
    fireEvent.change(responseBox(card), { target: { value: '新的回复' } });
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await screen.findByText('已重新提交评审，评估师正在复核你的回复。复核完成前答案不能修改。');
    expect(screen.getByTestId('rect-status').textContent).toBe('评审中');
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  test('reads in English', async () => {
    fakeApi({ findings: findings() });
    renderPage('en');
    await screen.findByTestId('rectification');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Rectification · 2026 年度自评估',
    );
    const card = await cardOf(R1);
    expect(card.textContent).toContain(places.get(R1)!.requirement.text.en);
    expect(within(card).getByLabelText(/Your response/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resubmit for review' })).toBeTruthy();
    expect(screen.getByTestId('rect-progress').textContent).toBe(
      '0 of 2 open findings responded to',
    );
  });
});
