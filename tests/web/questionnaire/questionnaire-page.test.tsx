import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  effectiveTree,
  indicatorSystemSchema,
  prepareScoring,
  round2,
  type AnswerChoice,
  type AnswerView,
  type AssessmentView,
} from '@zhiping/shared';
import { createMemoryRouter, RouterProvider } from '../router.ts';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { Component as QuestionnairePage } from '../../../web/src/features/questionnaire/routes/questionnaire.tsx';
import { buildOutline } from '../../../web/src/features/questionnaire/outline.ts';
import { I18nProvider } from '../../../web/src/i18n/index.tsx';
import { clearSession, setSession } from '../../../web/src/lib/session.ts';

const system = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
const ASSESSMENT_ID = '22222222-2222-4222-8222-222222222222';
const VERSION_ID = '33333333-3333-4333-8333-333333333333';
const USER_ID = '11111111-1111-4111-8111-111111111111';
const tailoring = [{ subdomainId: 'product-service', reason: '售后由经销商负责' }];
const outline = buildOutline(effectiveTree(system, 'automotive'), tailoring);
const order = outline.order;

const view: AssessmentView = {
  id: ASSESSMENT_ID,
  organizationId: '44444444-4444-4444-8444-444444444444',
  organizationName: '苏州精密制造有限公司',
  title: '2026 年度自评估',
  status: 'draft',
  revision: 1,
  version: { id: VERSION_ID, systemCode: system.code, version: system.version, name: system.name },
  profileId: 'automotive',
  targetLevel: 3,
  tailoring,
  assessorId: null,
  progress: { answered: 3, applicable: order.length, total: order.length },
  result: null,
  judgment: null,
  opinion: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  submittedAt: null,
  signedOffAt: null,
  quickScanId: null,
};

const answerView = (requirementId: string, choice: AnswerChoice | null): AnswerView => ({
  requirementId,
  choice,
  comment: '',
  evidence: { notes: '', links: [] },
  updatedAt: '2026-01-05T08:00:00.000Z',
  updatedBy: USER_ID,
});

/** The API as the questionnaire uses it, scripted: it records PATCH and submit bodies. */
function scriptedApi() {
  let revision = 1;
  const answers = new Map<string, AnswerView>(
    order.slice(0, 3).map((id) => [id, answerView(id, 'full')]),
  );
  const patches: { revision: number; answers: { requirementId: string; choice?: string }[] }[] = [];
  const submits: unknown[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = urlOf(input);
      const method = init?.method ?? 'GET';
      if (url === `/api/v1/assessments/${ASSESSMENT_ID}`) return json(200, { ...view, revision });
      if (url === `/api/v1/indicator-systems/versions/${VERSION_ID}`)
        return json(200, {
          id: VERSION_ID,
          systemCode: system.code,
          version: system.version,
          status: 'published',
          revision: 1,
          document: system,
        });
      if (url === `/api/v1/assessments/${ASSESSMENT_ID}/answers` && method === 'GET')
        return json(200, {
          revision,
          answers: [...answers.values()],
          progress: view.progress,
        });
      if (url === `/api/v1/assessments/${ASSESSMENT_ID}/answers` && method === 'PATCH') {
        const body = JSON.parse(init?.body as string) as (typeof patches)[number];
        patches.push(body);
        revision++;
        const saved = body.answers.map((a) => {
          const next = { ...(answers.get(a.requirementId) ?? answerView(a.requirementId, null)) };
          if (a.choice !== undefined) next.choice = a.choice as AnswerChoice;
          answers.set(a.requirementId, next);
          return next;
        });
        return json(200, { revision, answers: saved, progress: view.progress });
      }
      if (url === `/api/v1/assessments/${ASSESSMENT_ID}/submit`) {
        submits.push(JSON.parse(init?.body as string));
        const unanswered = order.filter((id) => !answers.get(id)?.choice);
        return json(422, {
          type: 'x',
          title: 'Unprocessable Content',
          status: 422,
          code: 'assessment_incomplete',
          detail: `${unanswered.length} requirements are not answered yet`,
          unanswered,
        });
      }
      return json(404, { code: 'not_found', detail: url });
    }),
  );
  return { patches, submits, answers };
}

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/assessments/:id', element: <QuestionnairePage /> },
      { path: '/assessments/:id/report', element: <p>report page</p> },
    ],
    { initialEntries: [`/assessments/${ASSESSMENT_ID}`] },
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

const item = (id: string) => document.getElementById(`req-${id}`)!;
const activeItem = () => document.querySelector<HTMLElement>('.q-item[aria-current="true"]');
const press = (key: string, target: Element = document.activeElement ?? document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });
const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
  window.scrollTo = () => {};
});
beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('zhiping.locale', 'zh-CN');
  setSession({
    accessToken: 'token',
    expiresIn: 900,
    user: {
      id: USER_ID,
      email: 'zhang@example.com',
      displayName: '张三',
      role: 'respondent',
      organizationId: view.organizationId,
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

describe('the questionnaire page', () => {
  test('opens at the first unanswered requirement, with the saved answers shown', async () => {
    scriptedApi();
    renderPage();
    await screen.findByTestId('questionnaire');
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    expect(document.activeElement).toBe(item(order[3]!));
    const first = within(item(order[0]!)).getByRole('radio', { name: '全部满足' });
    expect((first as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('overall-progress').textContent).toBe(`已答 3 / ${order.length}`);
    expect(screen.getByRole('heading', { level: 2, name: '组织战略' })).toBeTruthy();
  });

  test('answers by keyboard, moves with ↓, and autosaves the batch with the revision', async () => {
    const api = scriptedApi();
    renderPage();
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    press('2');
    press('ArrowDown');
    expect(activeItem()?.id).toBe(`req-${order[4]}`);
    press('j');
    press('4');
    expect(
      within(item(order[3]!)).getByRole<HTMLInputElement>('radio', { name: '大部分满足' }).checked,
    ).toBe(true);
    expect(
      within(item(order[5]!)).getByRole<HTMLInputElement>('radio', { name: '不满足' }).checked,
    ).toBe(true);
    await waitFor(() => expect(api.patches).toHaveLength(1), { timeout: 2000 });
    expect(api.patches[0]).toEqual({
      revision: 1,
      answers: [
        { requirementId: order[3], choice: 'most' },
        { requirementId: order[5], choice: 'none' },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('已保存'));
    expect(screen.getByTestId('overall-progress').textContent).toBe(`已答 5 / ${order.length}`);
  });

  test('the live preview is the shared engine’s score of the current answers', async () => {
    scriptedApi();
    renderPage();
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    press('1');
    const expected = prepareScoring(system, 'automotive').score({
      tailoring,
      targetLevel: 3,
      answers: Object.fromEntries(order.slice(0, 4).map((id) => [id, 'full' as const])),
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('preview-score')[0]!.textContent).toBe(
        round2(expected.score).toFixed(2),
      ),
    );
    expect(screen.getAllByTestId('preview-level')[0]!.textContent).toBe('未达一级');
  });

  test('keys typed into a comment are text; with keyboard answering off, digits do nothing', async () => {
    const api = scriptedApi();
    renderPage();
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    const comment = within(item(order[3]!)).getByLabelText('备注');
    press('1', comment);
    expect(
      within(item(order[3]!))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    fireEvent.click(screen.getByRole('switch', { name: '键盘答题' }));
    expect(screen.getByRole('switch', { name: '键盘答题' }).getAttribute('aria-checked')).toBe(
      'false',
    );
    press('1', document.body);
    press('ArrowDown', document.body);
    expect(activeItem()?.id).toBe(`req-${order[3]}`);
    expect(
      within(item(order[3]!))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    expect(localStorage.getItem('zhiping.keyboardAnswering')).toBe('false');
    await new Promise((r) => setTimeout(r, 700));
    expect(api.patches).toHaveLength(0);
  });

  test('a click answers too; an incomplete submit lists what is missing, with links that jump', async () => {
    const api = scriptedApi();
    renderPage();
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    fireEvent.click(within(item(order[3]!)).getByRole('radio', { name: '部分满足' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评估' }));
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }));
    const list = await screen.findByRole('alert');
    expect(api.patches[0]).toEqual({
      revision: 1,
      answers: [{ requirementId: order[3], choice: 'partial' }],
    });
    expect(api.submits).toEqual([{ revision: 2 }]);
    expect(within(list).getByRole('heading').textContent).toBe(
      `还有 ${order.length - 4} 项要求未作答`,
    );
    // Jump to an item in another sub-domain.
    const target = order[order.length - 1]!;
    const text = outline.requirements.get(target)!.text.zh;
    fireEvent.click(within(list).getByRole('link', { name: new RegExp(text.slice(0, 12)) }));
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${target}`));
    const section = outline.sectionById.get(outline.sectionOf.get(target)!)!;
    expect(screen.getByRole('heading', { level: 2, name: section.node.name.zh })).toBeTruthy();
  });

  test('reads in English when the language is English', async () => {
    localStorage.setItem('zhiping.locale', 'en');
    scriptedApi();
    renderPage();
    await waitFor(() => expect(activeItem()?.id).toBe(`req-${order[3]}`));
    expect(within(item(order[3]!)).getByRole('radio', { name: 'Mostly met' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit assessment' })).toBeTruthy();
    expect(screen.getByTestId('overall-progress').textContent).toBe(
      `3 of ${order.length} answered`,
    );
  });
});
