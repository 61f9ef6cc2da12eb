import {
  indicatorSystemSchema,
  scoreQuickScan,
  weakestQuickScanSubdomains,
  type QuickScanChoice,
} from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import cmmm2020 from '../../../seeds/data/cmmm-2020.json' with { type: 'json' };

const system = indicatorSystemSchema.parse(cmmm2020);
const subdomainIds = system.quickScan!.items.map((i) => i.subdomainId);
const all = (k: QuickScanChoice) => Object.fromEntries(subdomainIds.map((id) => [id, k]));

describe('scoreQuickScan', () => {
  test.each([0, 1, 2, 3, 4, 5] as const)(
    'every sub-domain at level %i gives that level and score overall',
    (k) => {
      const report = scoreQuickScan({ system, profileId: 'discrete', choices: all(k) });
      expect(report.maturityLevel).toBe(k);
      expect(report.score).toBe(k);
      const sub = report.nodes.find((n) => n.id === 'energy')!;
      expect(sub.level).toBe(k);
    },
  );

  test('one sub-domain lower lowers the level score by exactly its effective weight', () => {
    const report = scoreQuickScan({
      system,
      profileId: 'discrete',
      choices: { ...all(3), strategy: 2 },
    });
    const w = report.nodes.find((n) => n.id === 'strategy')!.effectiveWeights[2]!;
    expect(report.levels[2]!.score).toBeCloseTo(1 - w, 12);
    expect(report.nodes.find((n) => n.id === 'strategy')!.level).toBe(2);
  });

  test('a tailored-out sub-domain neither counts nor needs a choice', () => {
    const tailorable = system.profiles.find((p) => p.id === 'process')!.tailorable[0]!;
    const { [tailorable]: _left, ...rest } = all(2);
    const report = scoreQuickScan({
      system,
      profileId: 'process',
      tailoring: [{ subdomainId: tailorable, reason: 'not our business' }],
      choices: rest,
    });
    expect(report.maturityLevel).toBe(2);
    expect(report.nodes.find((n) => n.id === tailorable)!.tailoredOut).toBe(true);
  });

  test('na on a sub-domain whose requirements do not allow it is refused like in a full assessment', () => {
    expect(() =>
      scoreQuickScan({ system, profileId: 'discrete', choices: { ...all(2), strategy: 'na' } }),
    ).toThrow(/na|not applicable|allowed/i);
  });

  test('the weakest three: lowest score, ties to the larger weight, then document order', () => {
    const report = scoreQuickScan({
      system,
      profileId: 'discrete',
      choices: { ...all(3), energy: 1, sales: 1, logistics: 1, strategy: 0 },
    });
    const tied = ['energy', 'sales', 'logistics'].map((id) =>
      report.nodes.find((n) => n.id === id)!,
    );
    const at = (id: string) => report.nodes.findIndex((n) => n.id === id);
    const byWeight = [...tied].sort(
      (a, b) => b.effectiveWeights[0]! - a.effectiveWeights[0]! || at(a.id) - at(b.id),
    );
    const weakest = weakestQuickScanSubdomains(report).map((n) => n.id);
    expect(weakest[0]).toBe('strategy');
    expect(weakest.slice(1)).toEqual(byWeight.slice(0, 2).map((n) => n.id));
  });
});
