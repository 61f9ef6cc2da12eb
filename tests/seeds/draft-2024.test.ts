import { LEVELS, resolveProfile } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import { CARRIED_OVER } from '../../seeds/indicator-systems/draft-2024/carried-over.ts';
import { seedSystem, subdomainsOf } from './helpers.ts';

const draft = seedSystem('cmmm-draft-2024');
const model2020 = seedSystem('cmmm-2020');
const subdomains = subdomainsOf(draft);

describe('the draft-2024 model', () => {
  test('is a depth-2 tree of the five draft domains', () => {
    expect(draft.code).toBe('cmmm-draft-2024');
    expect(draft.version).toBe('2024.draft1');
    expect(draft.tree.map((d) => d.name.zh)).toEqual([
      '组织战略',
      '工厂建设',
      '研发设计',
      '生产作业',
      '业务运营',
    ]);
    for (const domain of draft.tree) {
      for (const child of domain.children!) expect(child.children).toBeUndefined();
    }
  });

  test('has 25 sub-domains including the new ones', () => {
    expect(subdomains).toHaveLength(25);
    const names = subdomains.map((s) => s.name.zh);
    for (const name of ['精益管理', '工厂规划', '产品创新', '能碳管理', '质量管理']) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain('能源管理');
  });

  test.each(subdomains.map((s) => [s.id, s] as const))(
    'sub-domain %s has at least one requirement at every level, with draft ids',
    (id, s) => {
      for (const level of LEVELS) {
        expect(s.requirements!.filter((r) => r.level === level).length).toBeGreaterThanOrEqual(1);
      }
      for (const r of s.requirements!)
        expect(r.id).toMatch(new RegExp(`^d24\\.${id}\\.L${r.level}\\.\\d{2}$`));
    },
  );

  test.each(CARRIED_OVER.map((id) => [id] as const))(
    'carried-over sub-domain %s has the 2020 wording, level by level',
    (id) => {
      const old = subdomainsOf(model2020).find((s) => s.id === id)!;
      const now = subdomains.find((s) => s.id === id)!;
      const texts = (reqs: typeof old.requirements) =>
        LEVELS.map((level) => reqs!.filter((r) => r.level === level).map((r) => r.text.zh));
      expect(texts(now.requirements)).toEqual(texts(old.requirements));
    },
  );

  test('quality is not asked twice: the draft operations sub-domain has no quality items', () => {
    const operations = subdomains.find((s) => s.id === 'operations')!;
    for (const r of operations.requirements!)
      expect(r.text.zh).not.toMatch(/检验|检测|质量(追溯|控制|问题|数据)/);
  });

  test('process enterprises weigh production more and R&D less than discrete ones', () => {
    const discrete = resolveProfile(draft, 'discrete').weights;
    const process = resolveProfile(draft, 'process').weights;
    expect(process['d-production']!).toBeGreaterThan(discrete['d-production']!);
    expect(process['d-rnd']!).toBeLessThan(discrete['d-rnd']!);
    expect(resolveProfile(draft, 'process').tailorable).toContain('product-design');
  });

  test('uses the standard scoring block', () => {
    expect(draft.scoring).toEqual({
      answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
      threshold: 0.8,
      thresholdInclusive: true,
    });
  });
});
