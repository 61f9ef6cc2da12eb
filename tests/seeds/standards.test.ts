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
    ['GB/T 25103-2010', ['procurement', 'logistics']],
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
