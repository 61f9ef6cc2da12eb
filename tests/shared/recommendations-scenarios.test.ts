import { describe, expect, test } from 'vitest';
import {
  SCENARIOS,
  SCENARIO_KEYS,
  SUBDOMAIN_SCENARIOS,
  industryFocus,
  INDUSTRIES,
  scenarioFor,
  type Requirement,
  type ScenarioKey,
} from '@zhiping/shared';
import { seedSystem, subdomainsOf } from '../seeds/helpers.ts';
import { named } from './fixtures.ts';

const CMMM = seedSystem('cmmm-2020');
const requirementOf = (id: string): Requirement => {
  for (const sd of subdomainsOf(CMMM)) {
    const r = sd.requirements?.find((x) => x.id === id);
    if (r) return r;
  }
  throw new Error(`no requirement ${id}`);
};
const bare = (
  zh: string,
  tags: Partial<Requirement['tags']> = {},
): Pick<Requirement, 'text' | 'tags'> => ({
  text: { zh, en: zh },
  tags: { lifecycle: [], systemLevel: [], intelligence: [], ...tags },
});

describe('scenarios of the guide', () => {
  test.each(
    named(
      [
        { sub: 'planning', req: 'planning.L3.01', scenario: 'planning_scheduling' },
        { sub: 'operations', req: 'operations.L1.01', scenario: 'production_execution' },
        { sub: 'operations', req: 'operations.L3.02', scenario: 'quality_control' },
        { sub: 'operations', req: 'operations.L3.03', scenario: 'quality_control' },
        { sub: 'maintenance', req: 'maintenance.L4.01', scenario: 'equipment_maintenance' },
        { sub: 'warehousing', req: 'warehousing.L2.01', scenario: 'warehousing_distribution' },
        { sub: 'energy', req: 'energy.L2.01', scenario: 'energy_management' },
        { sub: 'ehs', req: 'ehs.L3.01', scenario: 'safety_environment' },
        { sub: 'data', req: 'data.L3.01', scenario: 'data_intelligence' },
        { sub: 'data', req: 'data.L5.02', scenario: 'supply_chain' },
        { sub: 'integration', req: 'integration.L3.01', scenario: 'integration_optimization' },
        { sub: 'security', req: 'security.L2.01', scenario: 'security' },
        { sub: 'product-design', req: 'product-design.L3.01', scenario: 'product_design' },
      ] as const,
      (r) => `${r.req} belongs to ${r.scenario}`,
    ),
  )('%s', (_name, r) => {
    expect(scenarioFor(r.sub, requirementOf(r.req))).toBe(r.scenario);
  });

  test.each(
    named(
      [
        { tags: { lifecycle: ['logistics'] }, scenario: 'warehousing_distribution' },
        { tags: { lifecycle: ['design', 'production'] }, scenario: 'product_design' },
        { tags: { systemLevel: ['collaboration'] }, scenario: 'supply_chain' },
        { tags: {}, scenario: 'integration_optimization' },
      ] as { tags: Partial<Requirement['tags']>; scenario: ScenarioKey }[],
      (r) => `an unknown sub-domain tagged ${JSON.stringify(r.tags)} falls back to ${r.scenario}`,
    ),
  )('%s', (_name, r) => {
    expect(scenarioFor('custom-subdomain', bare('应……', r.tags))).toBe(r.scenario);
  });

  test.each([['cmmm-2020'], ['cmmm-draft-2024']] as const)(
    'every sub-domain of the %s seed has its own scenario rule',
    (code) => {
      const missing = subdomainsOf(seedSystem(code))
        .map((s) => s.id)
        .filter((id) => !(id in SUBDOMAIN_SCENARIOS));
      expect(missing).toEqual([]);
    },
  );

  test('every scenario has both names, a group and a framework code', () => {
    for (const key of SCENARIO_KEYS) {
      const s = SCENARIOS[key];
      expect(s.key).toBe(key);
      expect(s.name.zh && s.name.en && s.group.zh && s.group.en).toBeTruthy();
      expect(s.frameworkCode).toMatch(/^[AB][A-G]$/);
    }
  });

  test.each(INDUSTRIES.map((i) => [i]))('the %s focus names known scenarios', (industry) => {
    const focus = industryFocus(industry);
    expect(focus.scenarios.length).toBeGreaterThan(2);
    for (const key of focus.scenarios) expect(SCENARIO_KEYS).toContain(key);
    expect(new Set(focus.scenarios).size).toBe(focus.scenarios.length);
  });
});
