import { standardSchema, type Standard } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import {
  CMMM_2020,
  CMMM_DRAFT_2024,
  DRAFT_2024_OF_2020,
  standards,
} from '../../seeds/standards.ts';

const catalog: Standard[] = standards.map((s) => standardSchema.parse(s));
const byNumber = new Map(catalog.map((s) => [s.number, s]));
const linked = (number: string, system: string) =>
  byNumber
    .get(number)!
    .links.filter((l) => l.systemCode === system)
    .map((l) => l.subdomainId);

describe('the standards catalog', () => {
  test('holds every researched standard plus the unconfirmed ones', () => {
    expect(catalog.filter((s) => !s.uncertain).length).toBeGreaterThanOrEqual(45);
    expect(catalog.filter((s) => s.uncertain).map((s) => s.number)).toEqual([
      'GB/T 41255-2022',
      'GB/T 33136',
      'GB/T 40814-2021',
    ]);
  });

  test('numbers are unique', () => {
    expect(new Set(catalog.map((s) => s.number)).size).toBe(catalog.length);
  });

  test.each([
    ['GB/T 39116-2020', ['strategy']],
    ['GB/T 40659-2021', ['operations']],
    ['GB/T 40648-2021', ['process-design']],
    ['GB/T 25103-2010', ['procurement', 'logistics', 'warehousing']],
    ['GB/T 20720.1-2019', ['integration', 'warehousing']],
    ['GB/T 38848-2020', ['energy']],
  ])('%s links to the 2020 sub-domains %j', (number, expected) => {
    expect(linked(number, CMMM_2020)).toEqual(expected);
  });

  test.each([
    ['GB/T 40659-2021', ['quality']],
    ['GB/T 19001-2016', ['quality']],
    ['GB/T 40648-2021', ['process-design', 'factory-planning']],
    ['GB/T 23331-2020', ['energy-carbon']],
  ])('%s links to the draft-2024 sub-domains %j', (number, expected) => {
    expect(linked(number, CMMM_DRAFT_2024)).toEqual(expected);
  });

  test('every confirmed standard links to both models', () => {
    for (const s of catalog.filter((x) => !x.uncertain)) {
      expect(linked(s.number, CMMM_2020).length, s.number).toBeGreaterThan(0);
      expect(linked(s.number, CMMM_DRAFT_2024).length, s.number).toBeGreaterThan(0);
    }
  });

  test('every 2020 sub-domain that has a draft counterpart maps to it', () => {
    expect(Object.keys(DRAFT_2024_OF_2020)).toHaveLength(20);
    expect(DRAFT_2024_OF_2020.energy).toBe('energy-carbon');
  });

  test('scope: GB/T 38848 is for process enterprises only, OPC UA models from level 3', () => {
    expect(byNumber.get('GB/T 38848-2020')!.productionTypes).toEqual(['process']);
    expect(byNumber.get('GB/T 23331-2020')!.productionTypes).toEqual(['discrete', 'process']);
    for (const l of byNumber.get('GB/T 33863.3-2017')!.links) {
      expect([l.minLevel, l.maxLevel]).toEqual([3, 4]);
    }
    // A draft-2024 link takes the band of its 2020 counterpart.
    const ehs = byNumber.get('GB/T 24001-2016')!.links;
    expect(ehs.map((l) => [l.systemCode, l.subdomainId, l.minLevel, l.maxLevel])).toEqual([
      [CMMM_2020, 'ehs', 1, 3],
      [CMMM_DRAFT_2024, 'ehs', 1, 3],
      [CMMM_DRAFT_2024, 'energy-carbon', 1, 3],
    ]);
  });

  test("framework codes use the guide's sub-codes where the guide names them", () => {
    expect(byNumber.get('GB/T 39116-2020')!.frameworkCode).toBe('AEB');
    expect(byNumber.get('GB/T 22239-2019')!.frameworkCode).toBe('ABB');
    expect(byNumber.get('GB/T 37988-2019')!.frameworkCode).toBe('ABC');
  });

  test('management and quality standards carry the substitute code and say so', () => {
    for (const number of [
      'GB/T 45001-2020',
      'GB/T 24001-2016',
      'GB/T 19012-2019',
      'GB/T 19001-2016',
    ]) {
      const s = byNumber.get(number)!;
      expect(s.frameworkCode).toBe('AA');
      expect(s.sourceNote).toMatch(/closest real code AA/);
    }
  });
});
