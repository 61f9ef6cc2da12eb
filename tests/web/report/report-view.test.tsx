import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ReportView } from '../../../web/src/features/report/components/report-view.tsx';
import { requirementIndex } from '../../../web/src/features/report/model.ts';
import { ASSESSED_ANSWERS, fixtureReport, fixtureResponse, fixtureSystem } from './fixture.ts';
import { renderWeb } from './render.tsx';

afterEach(cleanup);

const texts = () => requirementIndex(fixtureSystem(), 'discrete');
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent?.trim());

describe('the report page body, from a report computed by the engine', () => {
  test('the headline states level, overall score, tier and what was assessed', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const headline = screen.getByTestId('report-headline');
    expect(within(headline).getByRole('heading', { level: 1 }).textContent).toBe('2026 年度自评估');
    expect(screen.getByTestId('maturity-level').textContent).toBe('一级 规划级');
    // 0 + S1 + S2 = 0.9667 + 0.6333
    expect(screen.getByTestId('overall-score').textContent).toBe('1.60');
    expect(screen.getByTestId('tier').textContent).toBe('尚未满足智能工厂梯度培育的成熟度要求');
    expect(headline.textContent).toContain('苏州精密制造有限公司');
    expect(headline.textContent).toContain('报告测试指标体系 · 2026.1');
    expect(headline.textContent).toContain('已提交');
    expect(headline.textContent).toContain('目标等级：三级 集成级');
    expect(headline.textContent).toContain('自评等级');
  });

  test('the headline reads in English when the language is English', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />, 'en');
    expect(screen.getByTestId('maturity-level').textContent).toBe('Level 1 Planning');
    expect(screen.getByTestId('tier').textContent).toBe(
      'Not yet eligible for a smart-factory tier',
    );
    expect(screen.getByTestId('report-headline').textContent).toContain('Submitted');
  });

  test('the gap table lists every gap up to the target in roadmap order, with its text', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const table = screen.getByTestId('gap-table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Level 1: s4.1 (consolidation); level 2: s2.2 and s3.2 tie at 1/6 (id order), then s4.2;
    // level 3: s1.3, s2.3 (1/3 each), s3.3, s4.3 (1/6 each).
    expect(rows.map((r) => within(r).getByText(/^s\d\.\d$/).textContent)).toEqual([
      's4.1',
      's2.2',
      's3.2',
      's4.2',
      's1.3',
      's2.3',
      's3.3',
      's4.3',
    ]);
    expect(cellTexts(rows[1]!)).toEqual([
      '2',
      's2.2应在数据方面满足2级要求',
      '数据',
      '二级 规范级',
      '部分满足',
      '+0.167',
    ]);
    expect(cellTexts(rows[2]!)[4]).toBe('不满足');
    expect(rows[0]!.textContent).toContain('巩固项');
    expect(cellTexts(rows[4]!)[4]).toBe('未作答');
  });

  test('the gap table sorts by impact and by sub-domain on request', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const table = screen.getByTestId('gap-table');
    const ids = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByText(/^s\d\.\d$/).textContent);
    fireEvent.click(within(table).getByRole('button', { name: /提升/ }));
    expect(ids()).toEqual(['s1.3', 's2.3', 's2.2', 's3.2', 's3.3', 's4.3', 's4.1', 's4.2']);
    const impactHeader = within(table).getAllByRole('columnheader')[5]!;
    expect(impactHeader.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /能力子域/ }));
    // Sub-domain names sorted in Chinese collation keep each sub-domain's gaps together.
    const sorted = ids();
    expect(new Set(sorted)).toEqual(
      new Set(['s4.1', 's2.2', 's3.2', 's4.2', 's1.3', 's2.3', 's3.3', 's4.3']),
    );
    expect(sorted.indexOf('s2.3') - sorted.indexOf('s2.2')).toBe(1);
  });

  test('the roadmap has one phase per level to the target and says when the threshold is reached', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const phase2 = screen.getByTestId('phase-2');
    expect(within(phase2).getByRole('heading').textContent).toBe('阶段 1：二级 规范级');
    expect(phase2.textContent).toContain('当前等级得分 0.63，达标阈值 0.80，共 3 项待提升。');
    expect(phase2.textContent).toContain('完成前 1 项即可达到本级。');
    // 0.6333 + 1/6 is exactly 0.8: the first item reaches the threshold.
    const ids2 = () =>
      within(phase2)
        .getAllByRole('listitem')
        .map((li) => within(li).getByText(/^s\d\.\d$/).textContent);
    expect(ids2()).toEqual(['s2.2']);
    const first = within(phase2).getAllByRole('listitem')[0]!;
    expect(first.textContent).toContain('累计等级得分 0.80');
    expect(first.textContent).toContain('完成至第 1 项，二级 规范级达标。');
    fireEvent.click(
      within(phase2).getByRole('button', { name: '显示其余 2 项（达标后继续提升）' }),
    );
    expect(ids2()).toEqual(['s2.2', 's3.2', 's4.2']);
    expect(within(phase2).getAllByRole('listitem')[1]!.textContent).not.toContain('达标。');

    const phase3 = screen.getByTestId('phase-3');
    expect(within(phase3).getByRole('heading').textContent).toBe('阶段 2：三级 集成级');
    const cumulative = () =>
      within(phase3)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.match(/累计等级得分 (\d\.\d\d)/)?.[1]);
    // Items past the one that reaches the threshold wait behind a button …
    expect(cumulative()).toEqual(['0.33', '0.67', '0.83']);
    expect(within(phase3).getAllByRole('listitem')[2]!.textContent).toContain(
      '完成至第 3 项，三级 集成级达标。',
    );
    fireEvent.click(
      within(phase3).getByRole('button', { name: '显示其余 1 项（达标后继续提升）' }),
    );
    expect(cumulative()).toEqual(['0.33', '0.67', '0.83', '1.00']);
    expect(within(phase3).queryByRole('button')).toBeNull();
    expect(screen.queryByTestId('phase-1')).toBeNull();
  });

  test('printing shows the whole roadmap', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const phase3 = screen.getByTestId('phase-3');
    expect(within(phase3).getAllByRole('listitem')).toHaveLength(3);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(phase3).getAllByRole('listitem')).toHaveLength(4);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(phase3).getAllByRole('listitem')).toHaveLength(3);
  });

  test('the level bar chart draws the threshold and keeps the scores in a table', () => {
    const { container } = renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const figure = screen.getByRole('figure', { name: '各等级得分' });
    const svg = figure.querySelector('svg.recharts-surface');
    expect(svg).not.toBeNull();
    // The dashed line sits where the y axis puts 0.8, and is labelled with the threshold.
    const line = figure.querySelector('.recharts-reference-line-line')!;
    expect(line.getAttribute('y')).toBe('0.8');
    const tick = [...figure.querySelectorAll('text.recharts-cartesian-axis-tick-value')].find(
      (t) => t.textContent === '0.8',
    )!;
    expect(Number(line.getAttribute('y1'))).toBeCloseTo(Number(tick.getAttribute('y')), 6);
    expect([...figure.querySelectorAll('.recharts-label')].map((l) => l.textContent)).toContain(
      '达标阈值 0.80',
    );
    expect(figure.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    const table = within(figure).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '一级 规划级0.97',
      '二级 规范级0.63',
      '三级 集成级0.00',
      '四级 优化级0.00',
      '五级 引领级0.00',
    ]);
    expect(figure.getAttribute('aria-describedby')).toBeTruthy();
    // Two radars (sub-domains, elements) drawn as polygons.
    expect(container.querySelectorAll('.recharts-radar-polygon').length).toBe(2);
  });

  test('recommendations, heat map and benchmark render from the API shape', () => {
    renderWeb(<ReportView data={fixtureResponse()} requirements={texts()} />);
    const recs = screen.getByTestId('recommendations');
    const ranked = within(screen.getByTestId('standard-ranking')).getAllByRole('listitem');
    expect(ranked[0]!.textContent).toContain('GB/T 39116-2020');
    expect(ranked[0]!.textContent).toContain('推荐理由：计划与调度：给出计划与调度的分级要求');
    // The requirement it addresses, in words, and where the standard sits in the system.
    expect(ranked[0]!.textContent).toContain('应在计划与调度方面满足2级要求');
    expect(recs.textContent).toContain('AEA');
    expect(screen.getByTestId('framework-legend').textContent).toContain('A');
    // Sub-domains no standard covers say so; the quick wins come with their definition.
    expect(screen.getByTestId('standards-uncovered').textContent).toContain('组织战略');
    expect(screen.getByTestId('quick-win-definition').textContent?.length).toBeGreaterThan(10);
    expect(screen.getByTestId('quick-wins').textContent).toContain('应在设备管理方面满足1级要求');
    const heatmap = screen.getByTestId('heatmap');
    // s1 is design × enterprise: one gap at level 3 (s1.3) with impact 1/3.
    expect(within(heatmap).getByLabelText('设计 × 企业层：1 项差距，影响 0.333')).toBeTruthy();
    expect(within(heatmap).getByLabelText('生产 × 设备层：3 项差距，影响 0.233')).toBeTruthy();
    const benchmark = screen.getByTestId('benchmark');
    expect(benchmark.textContent).toContain('得分高于 38% 的同行（共 8 家）');
    expect(benchmark.textContent).toContain('同行仅 2 家，不足 5 家，为保护匿名暂不显示');
    expect(benchmark.textContent).toContain('智能制造发展指数报告（2020）');
    expect(benchmark.textContent).toContain('2020 年样本中 0% 的企业低于该档、75% 同档');
  });

  test('a judged assessment shows the assessed result beside the self-assessment, with the opinion', () => {
    const assessed = fixtureReport(ASSESSED_ANSWERS);
    const { container } = renderWeb(
      <ReportView
        data={fixtureResponse({ assessed, opinion: '计划与调度已上线 APS，证据充分。' })}
        requirements={texts()}
      />,
    );
    expect(screen.getByTestId('maturity-level').textContent).toBe('二级 规范级');
    expect(screen.getByTestId('report-headline').textContent).toContain('评估等级');
    const judgment = screen.getByTestId('assessor-judgment');
    expect(judgment.textContent).toContain('调整后判定');
    expect(judgment.textContent).toContain('计划与调度已上线 APS，证据充分。');
    expect(judgment.textContent).toContain('王评估');
    const levels = screen.getByTestId('level-score-table');
    const level2 = within(levels).getAllByRole('row')[2]!;
    expect(level2.textContent).toBe('二级 规范级0.63 0.97 ✓▲ +0.33');
    // Self and assessed overlaid on both radars.
    expect(container.querySelectorAll('.recharts-radar-polygon').length).toBe(4);
  });
});
