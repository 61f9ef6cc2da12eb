import { cleanup, screen, within } from '@testing-library/react';
import {
  changedAnswers,
  compareReports,
  compareResponseSchema,
  type CompareResponse,
} from '@zhiping/shared';
import { afterEach, describe, expect, test } from 'vitest';
import { ComparisonView } from '../../../web/src/features/compare/components/comparison-view.tsx';
import {
  ASSESSED_ANSWERS,
  fixtureReport,
  fixtureSystem,
  requirementText,
  SELF_ANSWERS,
} from './fixture.ts';
import { renderWeb } from './render.tsx';

afterEach(cleanup);

/** Last year's self-assessment (A) against this year's (B), where s2.2 and s3.2 are now met. */
function comparison(): CompareResponse {
  const system = fixtureSystem();
  const a = fixtureReport(SELF_ANSWERS);
  const b = fixtureReport(ASSESSED_ANSWERS);
  const ids = system.tree.flatMap(function walk(n): string[] {
    return n.children ? n.children.flatMap(walk) : (n.requirements ?? []).map((r) => r.id);
  });
  const side = (id: string, title: string, at: string) => ({
    id,
    title,
    status: 'submitted' as const,
    version: {
      id: '6b1f1c3e-7d2a-4f7e-9a51-3c2d4e5f6a7b',
      systemCode: system.code,
      version: system.version,
    },
    basis: 'self' as const,
    createdAt: at,
    submittedAt: at,
  });
  return compareResponseSchema.parse({
    a: side('0c9a3f0e-2b7d-4a43-8a1e-5d8f9b7c6a10', '2025 年度自评估', '2025-03-01T00:00:00.000Z'),
    b: side('7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9', '2026 年度自评估', '2026-03-01T00:00:00.000Z'),
    ...compareReports(a, b),
    changedAnswers: changedAnswers(SELF_ANSWERS, ASSESSED_ANSWERS, ids, ids).map((c) => {
      const [sub, level] = c.requirementId.split('.') as ['s1', string];
      return {
        ...c,
        subdomainId: sub,
        level: Number(level),
        text: requirementText(sub, Number(level)),
      };
    }),
  });
}

describe('the comparison of two assessments', () => {
  test('the headline gives both results and the change with ▲/▼', () => {
    renderWeb(<ComparisonView data={comparison()} />);
    const headline = screen.getByTestId('compare-headline');
    expect(headline.textContent).toContain('一级 规划级1.60');
    expect(headline.textContent).toContain('二级 规范级1.97');
    // 1 level up; 1.9667 − 1.6 = 0.3667
    expect(headline.textContent).toContain('等级变化▲ 上升 1');
    expect(headline.textContent).toContain('得分变化▲ 上升 0.37');
  });

  test('the node table shows every node with its change, and the radar overlays both', () => {
    const { container } = renderWeb(<ComparisonView data={comparison()} />);
    const rows = within(screen.getByTestId('compare-nodes')).getAllByRole('row').slice(1);
    const row = (name: string) =>
      rows.find((r) => within(r).getByRole('rowheader').textContent === name)!;
    // 数据 (s2): level 1, 1.50 → level 2, 2.00
    expect(
      within(row('数据'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['一级 规划级', '1.50', '二级 规范级', '2.00', '▲ 上升 0.50']);
    // 组织战略 (d1 and s1): unchanged
    expect(within(rows[1]!).getAllByRole('cell').at(-1)!.textContent).toBe('= 持平 0.00');
    expect(container.querySelectorAll('.recharts-radar-polygon').length).toBe(2);
    const answers = within(screen.getByTestId('compare-answers')).getAllByRole('row').slice(1);
    expect(answers.map((r) => r.textContent)).toEqual([
      's2.2 应在数据方面满足2级要求部分满足全部满足',
      's3.2 应在计划与调度方面满足2级要求不满足全部满足',
    ]);
  });

  test('in English the change reads up and down', () => {
    renderWeb(<ComparisonView data={comparison()} />, 'en');
    expect(screen.getByTestId('compare-headline').textContent).toContain('Level change▲ up 1');
  });
});
