import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { StandardView } from '@zhiping/shared';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { StandardForm } from '../../../web/src/features/admin/components/standard-form.tsx';
import { renderWeb } from '../report/render.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view: StandardView = {
  id: '6f1c2f5e-0d7a-4a52-9a43-2b1f3e6c7d80',
  number: 'GB/T 38848-2020',
  title: { zh: '智能工厂 过程工业能源管控系统技术要求', en: 'Process-industry energy control' },
  summary: { zh: '流程工业能源管控', en: 'Process energy control' },
  frameworkCode: 'BC',
  productionTypes: ['process'],
  uncertain: false,
  sourceNote: 'Evidence: gong123.com',
  links: [
    {
      systemCode: 'cmmm-2020',
      subdomainId: 'energy',
      reason: { zh: '帮助流程型企业满足能源集中监控的要求。', en: 'Helps process plants.' },
      minLevel: 3,
      maxLevel: 5,
    },
  ],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

/** The API: the systems list is empty; a PUT answers the saved view. */
function stubApi() {
  const fetchStub = vi.fn(async (url: string, init?: RequestInit) => {
    const body = init?.method === 'PUT' ? { ...view, ...JSON.parse(init.body as string) } : [];
    void url;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

const putBody = (stub: ReturnType<typeof stubApi>) => {
  const call = stub.mock.calls.find(([, init]) => init?.method === 'PUT');
  return JSON.parse((call![1] as RequestInit).body as string) as StandardView;
};

describe('StandardForm: production types and level bands (issue #16)', () => {
  test('saving an unchanged standard keeps its production types and level band', async () => {
    const stub = stubApi();
    const done = vi.fn();
    renderWeb(<StandardForm standard={view} onDone={done} />, 'en');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Process' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Discrete' }).checked).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const body = putBody(stub);
    expect(body.productionTypes).toEqual(['process']);
    expect(body.links[0]).toMatchObject({ subdomainId: 'energy', minLevel: 3, maxLevel: 5 });
  });

  test('the admin widens the production types and narrows the band', async () => {
    const stub = stubApi();
    const done = vi.fn();
    renderWeb(<StandardForm standard={view} onDone={done} />, 'zh-CN');
    fireEvent.click(screen.getByRole('checkbox', { name: '离散型' }));
    fireEvent.change(screen.getByLabelText('适用等级（至）'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const body = putBody(stub);
    expect(body.productionTypes).toEqual(['process', 'discrete']);
    expect(body.links[0]).toMatchObject({ minLevel: 3, maxLevel: 4 });
  });

  test('no production type left is refused before sending', () => {
    const stub = stubApi();
    renderWeb(<StandardForm standard={view} onDone={() => {}} />, 'en');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Process' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Choose at least one production type')).toBeTruthy();
    expect(stub.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });
});
