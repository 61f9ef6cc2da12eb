import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import {
  effectiveTree,
  indicatorSystemSchema,
  type EffectiveRequirement,
  type ReviewItemView,
  type ReviewView,
} from '@zhiping/shared';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DecisionForm } from '../../../web/src/features/review/components/decision-form.tsx';
import { renderWeb } from '../report/render.tsx';

const system = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
const requirements = effectiveTree(system, 'automotive')[0]!.children[0]!.children[0]!.requirements;
const requirement: EffectiveRequirement = requirements[0]!;
const ASSESSMENT = '33333333-3333-4333-8333-333333333333';

/** The review-items endpoint, recording what it was sent. */
function api() {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      expect(input).toBe(`/api/v1/assessments/${ASSESSMENT}/review-items`);
      const body = JSON.parse(init?.body as string) as { items: Partial<ReviewItemView>[] };
      sent.push(body);
      const view: Partial<ReviewView> = {
        assessmentId: ASSESSMENT,
        revision: 8,
        items: body.items.map((i) => ({ ...i, selfChoice: 'full' }) as ReviewItemView),
        findings: [],
      };
      return new Response(JSON.stringify(view), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

const renderForm = (locale: 'zh-CN' | 'en' = 'zh-CN') =>
  renderWeb(
    <DecisionForm
      assessmentId={ASSESSMENT}
      revision={7}
      requirement={requirement}
      selfChoice="full"
      item={null}
    />,
    locale,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the assessor’s decision on one requirement', () => {
  test('an adjustment needs the assessed answer and a reason, shown inline before anything is sent', async () => {
    const sent = api();
    renderForm();
    fireEvent.click(screen.getByLabelText('调整'));
    fireEvent.click(screen.getByRole('button', { name: '保存判定' }));
    expect(screen.getByText('请选择调整后的评估结果')).toBeTruthy();
    expect(screen.getByText('调整需要填写理由')).toBeTruthy();
    // The self-assessed answer is not an adjustment.
    fireEvent.click(screen.getByLabelText('全部满足'));
    expect(screen.getByText('与企业自评相同，请改为"确认自评"')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('部分满足'));
    fireEvent.change(screen.getByLabelText(/调整理由/), { target: { value: '  仅有初步规划  ' } });
    expect(screen.queryByText('调整需要填写理由')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存判定' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      revision: 7,
      items: [
        {
          requirementId: requirement.id,
          decision: 'adjust',
          adjustedChoice: 'partial',
          comment: '仅有初步规划',
        },
      ],
    });
  });

  test('a requirement that cannot be not applicable does not offer it', () => {
    api();
    renderForm();
    fireEvent.click(screen.getByLabelText('调整'));
    expect(requirement.naAllowed).toBe(false);
    expect(screen.queryByLabelText('不适用')).toBeNull();
  });

  test('a confirmation needs no comment and sends no assessed answer', async () => {
    const sent = api();
    renderForm();
    fireEvent.click(screen.getByLabelText('确认自评'));
    fireEvent.click(screen.getByRole('button', { name: '保存判定' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      items: [{ decision: 'confirm', adjustedChoice: null, comment: '' }],
    });
  });

  test('speaks English', () => {
    api();
    renderForm('en');
    fireEvent.click(screen.getByLabelText('Adjust'));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(screen.getByText('An adjustment needs a reason')).toBeTruthy();
    expect(screen.getByText('Choose the assessed answer')).toBeTruthy();
  });
});
