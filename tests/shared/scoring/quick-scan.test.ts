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

  test('na on a sub-domain whose requirements all allow it: absent, the weights renormalize', () => {
    const doc = structuredClone(system);
    const visit = (nodes: typeof doc.tree) => {
      for (const n of nodes) {
        if (n.id === 'energy') for (const r of n.requirements!) r.naAllowed = true;
        visit(n.children ?? []);
      }
    };
    visit(doc.tree);
    const report = scoreQuickScan({
      system: doc,
      profileId: 'discrete',
      choices: { ...all(3), energy: 'na', ehs: 2 },
    });
    const energy = report.nodes.find((n) => n.id === 'energy')!;
    expect(energy.level).toBeNull();
    expect(energy.effectiveWeights.every((w) => w === null)).toBe(true);
    // Without energy, its sibling ehs weighs more: the level-3 score drops more.
    const withEnergy = scoreQuickScan({
      system: doc,
      profileId: 'discrete',
      choices: { ...all(3), ehs: 2 },
    });
    const w = (r: typeof report) => r.nodes.find((n) => n.id === 'ehs')!.effectiveWeights[2]!;
    expect(w(report)).toBeGreaterThan(w(withEnergy));
    expect(report.levels[2]!.score).toBeCloseTo(1 - w(report), 12);
  });

  test('the profile weights decide: the same choices score differently under two profiles', () => {
    // Low in production (heavily weighted for automotive), high elsewhere.
    const choices = {
      ...all(4),
      procurement: 1,
      planning: 1,
      operations: 1,
      maintenance: 1,
      warehousing: 1,
    } as const;
    const discrete = scoreQuickScan({ system, profileId: 'discrete', choices });
    const automotive = scoreQuickScan({ system, profileId: 'automotive', choices });
    expect(automotive.score).not.toBe(discrete.score);
    const level2 = (r: typeof discrete) => r.levels[1]!.score!;
    const weightOfLow = (r: typeof discrete) =>
      ['procurement', 'planning', 'operations', 'maintenance', 'warehousing']
        .map((id) => r.nodes.find((n) => n.id === id)!.effectiveWeights[1]!)
        .reduce((a, b) => a + b, 0);
    expect(level2(discrete)).toBeCloseTo(1 - weightOfLow(discrete), 12);
    expect(level2(automotive)).toBeCloseTo(1 - weightOfLow(automotive), 12);
  });

  test('an unanswered sub-domain counts as level 0, like "none of these yet"', () => {
    const { strategy: _s, ...rest } = all(3);
    const unanswered = scoreQuickScan({ system, profileId: 'discrete', choices: rest });
    const none = scoreQuickScan({
      system,
      profileId: 'discrete',
      choices: { ...rest, strategy: 0 },
    });
    expect(unanswered.score).toBe(none.score);
    expect(unanswered.nodes.find((n) => n.id === 'strategy')!.level).toBe(0);
  });
});
