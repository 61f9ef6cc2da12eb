import { cleanup, screen, within } from '@testing-library/react';
import {
  compareReports,
  compareResponseSchema,
  computeReport,
  validateIndicatorSystem,
  type AssessmentView,
  type CompareResponse,
} from '@zhiping/shared';
import { afterEach, describe, expect, test } from 'vitest';
import { AdjustmentList } from '../../../web/src/components/review/adjustment-list.tsx';
import { ComparisonView } from '../../../web/src/features/compare/components/comparison-view.tsx';
import { defaultPair } from '../../../web/src/features/compare/model.ts';
import { LevelHistory } from '../../../web/src/features/dashboard/components/level-history.tsx';
import { historyEntries } from '../../../web/src/features/dashboard/model.ts';
import { LevelExplanations } from '../../../web/src/features/report/components/level-explanations.tsx';
import { explainLevel } from '../../../web/src/features/report/explain.ts';
import { requirementIndex } from '../../../web/src/features/report/model.ts';
import {
  ASSESSED_ANSWERS,
  fixtureReport,
  fixtureSystem,
  SELF_ANSWERS,
  systemInput,
} from '../report/fixture.ts';
import { renderWeb } from '../report/render.tsx';

afterEach(cleanup);

const VERSION = {
  id: '6b1f1c3e-7d2a-4f7e-9a51-3c2d4e5f6a7b',
  systemCode: 'cmmm-2020',
  version: '2020.1',
  name: { zh: '智能制造能力成熟度模型', en: 'CMMM' },
};

function assessment(
  id: string,
  title: string,
  submittedAt: string,
  signedOffAt: string | null,
  level: number,
  score: number,
): AssessmentView {
  return {
    id,
    title,
    status: signedOffAt ? 'signed_off' : 'submitted',
    organizationId: '9139a6d8-c6a7-4e2d-b5c6-668523c719cc',
    version: VERSION,
    profileId: 'automotive',
    targetLevel: 3,
    tailoring: [],
    assessorId: null,
    progress: { answered: 10, applicable: 10, total: 10 },
    result: { maturityLevel: level, score, kind: signedOffAt ? 'assessed' : 'self' },
    judgment: null,
    opinion: null,
    createdAt: submittedAt,
    updatedAt: signedOffAt ?? submittedAt,
    submittedAt,
    signedOffAt,
  } as unknown as AssessmentView;
}

// 2025's assessment (level 2) was signed off only in 2026-06, after the 2026-03 self-assessment
// (level 4) had been submitted. The trend must still read 2 → 4, not 4 → 2.
const earlier = assessment(
  '0c9a3f0e-2b7d-4a43-8a1e-5d8f9b7c6a10',
  '2025 年度评估',
  '2025-11-01T00:00:00.000Z',
  '2026-06-01T00:00:00.000Z',
  2,
  2.4,
);
const later = assessment(
  '7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9',
  '2026 年度自评估',
  '2026-03-01T00:00:00.000Z',
  null,
  4,
  4.1,
);

describe('progress over time', () => {
  test('the trend follows the assessment (submission) date, not the sign-off date', () => {
    const entries = historyEntries([later, earlier]);
    expect(entries.map((e) => [e.title, e.level, e.basis])).toEqual([
      ['2025 年度评估', 2, 'assessed'],
      ['2026 年度自评估', 4, 'self'],
    ]);
  });

  test('the dashboard chart marks self and assessed points and links the last two to compare', () => {
    renderWeb(<LevelHistory assessments={[later, earlier]} />);
    const order = within(screen.getByTestId('history-order')).getAllByRole('listitem');
    expect(order.map((li) => [li.textContent, li.dataset.basis])).toEqual([
      ['2025 年度评估', 'assessed'],
      ['2026 年度自评估', 'self'],
    ]);
    expect(screen.getByTestId('dashboard-compare').getAttribute('href')).toBe(
      `/compare?a=${earlier.id}&b=${later.id}`,
    );
    expect(screen.getByText(/空心点：自评估结果；实心点：评审确认的结果/)).toBeTruthy();
  });

  test('the compare page opens B against the assessment before it', () => {
    const newestFirst = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    expect(defaultPair(newestFirst, null)).toEqual({ a: 'b', b: 'c' });
    expect(defaultPair(newestFirst, 'b')).toEqual({ a: 'a', b: 'b' });
    // The oldest has nothing before it: it is compared with the one after it.
    expect(defaultPair(newestFirst, 'a')).toEqual({ a: 'b', b: 'a' });
    expect(defaultPair(newestFirst, 'x')).toBeNull();
    expect(defaultPair([{ id: 'only' }], 'only')).toBeNull();
  });
});

function tailoredComparison(): CompareResponse {
  const input = {
    ...systemInput,
    profiles: [{ ...systemInput.profiles[0]!, tailorable: ['s4'] }],
  };
  const checked = validateIndicatorSystem(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const system = checked.system;
  const a = computeReport({
    system,
    profileId: 'discrete',
    answers: SELF_ANSWERS,
    targetLevel: 3,
  });
  const b = computeReport({
    system,
    profileId: 'discrete',
    answers: ASSESSED_ANSWERS,
    targetLevel: 3,
    tailoring: [{ subdomainId: 's4', reason: '无独立设备' }],
  });
  const side = (id: string, title: string, at: string) => ({
    id,
    title,
    status: 'submitted' as const,
    version: { id: VERSION.id, systemCode: system.code, version: system.version },
    basis: 'self' as const,
    createdAt: at,
    submittedAt: at,
  });
  return compareResponseSchema.parse({
    a: side(earlier.id, '2025 年度自评估', '2025-03-01T00:00:00.000Z'),
    b: side(later.id, '2026 年度自评估', '2026-03-01T00:00:00.000Z'),
    ...compareReports(a, b),
    changedAnswers: [],
  });
}

describe('the comparison with a sub-domain tailored out on one side', () => {
  test('the radar leaves it out (no 0 spoke) and says so; the table shows —', () => {
    renderWeb(<ComparisonView data={tailoredComparison()} />);
    const radar = screen.getByRole('figure', { name: /能力子域得分对比/ });
    const radarRows = within(radar).getAllByRole('row').slice(1);
    const names = radarRows.map((r) => within(r).getByRole('rowheader').textContent);
    expect(names).toEqual(['组织战略', '数据', '计划与调度']);
    expect(screen.getByTestId('compare-radar-left-out').textContent).toContain('设备管理');
    const nodeRows = within(screen.getByTestId('compare-nodes')).getAllByRole('row');
    const equipment = nodeRows.find(
      (r) => within(r).queryByRole('rowheader')?.textContent === '设备管理',
    )!;
    expect(within(equipment).getAllByRole('cell')[2]!.textContent).toBe('—');
  });

  test('the change is said in words', () => {
    renderWeb(<ComparisonView data={tailoredComparison()} />);
    expect(screen.getByTestId('compare-words').textContent).toMatch(
      /^成熟度等级从一级 规划级升至二级 规范级，综合得分上升 \d\.\d\d（1\.60 → \d\.\d\d）。$/,
    );
    cleanup();
    renderWeb(<ComparisonView data={tailoredComparison()} />, 'en');
    expect(screen.getByTestId('compare-words').textContent).toMatch(
      /^The maturity level rose from Level 1 Planning to Level 2 Standardized; the overall score rose by/,
    );
  });
});

describe('why this level', () => {
  test('a sub-domain is capped by its first level below the threshold, with the items there', () => {
    // 计划与调度 (s3): level 1 met, level 2 not (s3.2 不满足) → level 1, and the score is
    // (n − 1) + S_1 + S_2 = 0 + 1 + 0 = 1.00.
    const report = fixtureReport(SELF_ANSWERS);
    const s3 = report.nodes.find((n) => n.id === 's3')!;
    const why = explainLevel(s3, report.gaps, report.targetLevel)!;
    expect(why).toMatchObject({
      level: 1,
      score: 1,
      blockedAt: 2,
      blockedScore: 0,
      blockedAboveTarget: false,
      formula: { n: 1, sn: 1, snNext: 0 },
    });
    expect(why.blockingItems.map((g) => g.requirementId)).toEqual(['s3.2']);
  });

  test('the report section states the cap, the formula and the blocking requirement', () => {
    const report = fixtureReport(SELF_ANSWERS);
    const requirements = requirementIndex(fixtureSystem(), 'discrete');
    renderWeb(
      <LevelExplanations
        report={report}
        requirements={requirements}
        levelName={(l) => ['未达一级', '一级', '二级', '三级', '四级', '五级'][l]!}
      />,
    );
    const s3 = screen.getByTestId('why-s3');
    expect(s3.textContent).toContain('受限于二级：该级得分 0.00，低于阈值 0.80');
    expect(s3.textContent).toContain(
      '得分 = (0) + 本级得分 Sₙ（1.00）+ 下一级得分 Sₙ₊₁（0.00）= 1.00',
    );
    expect(s3.textContent).toContain('s3.2 应在计划与调度方面满足2级要求 · 不满足');
  });
});

describe('the assessor adjustments the enterprise sees', () => {
  test('each adjustment names the self answer, the assessed one and the reason', () => {
    renderWeb(
      <AdjustmentList
        items={[
          {
            requirementId: 's2.2',
            selfChoice: 'most',
            adjustedChoice: 'partial',
            comment: '现场未见制度落实记录',
            updatedAt: '2026-06-01T00:00:00.000Z',
          },
        ]}
        textOf={() => ({ text: { zh: '数据采集', en: 'Data collection' }, subdomain: '数据' })}
      />,
    );
    const item = within(screen.getByTestId('adjustment-list')).getByRole('listitem');
    expect(item.textContent).toContain('企业自评：大部分满足 → 评估确认：部分满足');
    expect(item.textContent).toContain('调整理由： 现场未见制度落实记录');
  });
});

describe('a draft for comments (征求意见稿)', () => {
  test('the report says the model is a draft for comments, in both languages', async () => {
    const { ReportHeadline } =
      await import('../../../web/src/features/report/components/report-headline.tsx');
    const props = {
      title: '2026 年度自评估',
      enterprise: '苏州示例',
      systemName: '智能制造能力成熟度模型（2024 修订工作稿解读版）',
      systemVersion: '2024.draft1',
      profileName: '汽车',
      status: 'submitted' as const,
      resultKind: 'self' as const,
      levelName: '二级',
      score: 2.1,
      tierLabel: '—',
      targetLevelName: '三级',
      completion: { answered: 10, applicable: 10, total: 10 },
      submittedAt: '2026-03-01T00:00:00.000Z',
    };
    renderWeb(<ReportHeadline {...props} draftForComments />);
    expect(screen.getByTestId('draft-badge').textContent).toContain('征求意见稿');
    expect(screen.getByTestId('draft-notice').textContent).toContain('不是正式发布的标准');
    cleanup();
    renderWeb(<ReportHeadline {...props} draftForComments />, 'en');
    expect(screen.getByTestId('draft-badge').textContent).toContain('draft for comments');
    cleanup();
    renderWeb(<ReportHeadline {...props} />);
    expect(screen.queryByTestId('draft-notice')).toBeNull();
  });
});

describe('recommended standards worth reading', () => {
  test('the top ten by impact first, the rest behind "show all"', async () => {
    const { fireEvent } = await import('@testing-library/react');
    const { fixtureResponse } = await import('../report/fixture.ts');
    const { ReportView } =
      await import('../../../web/src/features/report/components/report-view.tsx');
    const data = fixtureResponse();
    const model = data.standardsPlan.standards[0]!;
    data.standardsPlan.standards = Array.from({ length: 12 }, (_, i) => ({
      ...model,
      number: `GB/T 9${String(i).padStart(4, '0')}-2020`,
      impact: 1 - i / 20,
      top: i < 10,
    }));
    renderWeb(
      <ReportView data={data} requirements={requirementIndex(fixtureSystem(), 'discrete')} />,
    );
    const ranking = () =>
      within(screen.getByTestId('standard-ranking'))
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('standard-ranked'));
    expect(ranking()).toHaveLength(10);
    expect(ranking()[0]!.textContent).toContain('GB/T 90000-2020');
    fireEvent.click(screen.getByTestId('standards-show-all'));
    expect(ranking()).toHaveLength(12);
    expect(screen.queryByTestId('standards-show-all')).toBeNull();
  });
});
