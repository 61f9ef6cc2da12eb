import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorSystemSchema, prepareScoring, type IndicatorSystem } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import {
  displayPath,
  outline,
  setProfileWeight,
  updateNode,
} from '../../../web/src/features/admin/document.ts';
import { effectiveWeights, weightGroups } from '../../../web/src/features/admin/weights.ts';

const system: IndicatorSystem = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
const rows = (doc: IndicatorSystem, profileId: string | null) =>
  weightGroups(doc, profileId).flatMap((g) => g.rows);
const subdomainTotal = (doc: IndicatorSystem, profileId: string | null) =>
  rows(doc, profileId)
    .filter((r) => r.subdomain)
    .reduce((s, r) => s + (r.effective ?? 0), 0);

describe('the weight editor’s effective weights', () => {
  test.each([null, 'discrete', 'process', 'automotive', 'steel'])(
    'add up to 1 over the sub-domains for %s',
    (profileId) => {
      expect(subdomainTotal(system, profileId)).toBeCloseTo(1, 12);
    },
  );

  test.each(['automotive', 'steel', 'electronics'])(
    'equal the engine’s level-1 effective weights under the %s profile',
    (profileId) => {
      // Every sub-domain asks something at level 1, so the engine's level-1 weights are the
      // nominal ones the editor shows.
      const report = prepareScoring(system, profileId).score({ answers: {}, targetLevel: 3 });
      const mine = effectiveWeights(weightGroups(system, profileId));
      for (const node of report.nodes) {
        expect(mine.get(node.id), node.id).toBeCloseTo(node.effectiveWeights[0]!, 12);
      }
    },
  );

  test('a profile override applies to its node and renormalizes the siblings', () => {
    const before = rows(system, 'automotive').find((r) => r.id === 'manufacturing')!;
    expect(before.overridden).toBe(false);
    const doc = setProfileWeight(system, 'automotive', 'manufacturing', 0.2);
    const top = weightGroups(doc, 'automotive')[0]!.rows;
    const manufacturing = top.find((r) => r.id === 'manufacturing')!;
    expect(manufacturing).toMatchObject({
      weight: 0.2,
      overridden: true,
      inherited: before.weight,
    });
    const sum = top.reduce((s, r) => s + r.weight, 0);
    for (const r of top) expect(r.share).toBeCloseTo(r.weight / sum, 12);
    // Other profiles and the tree's defaults are untouched.
    expect(rows(doc, 'steel')).toEqual(rows(system, 'steel'));
    expect(rows(doc, null)).toEqual(rows(system, null));
    // Removing the override brings the inherited weight back.
    const reset = setProfileWeight(doc, 'automotive', 'manufacturing', null);
    expect(rows(reset, 'automotive')).toEqual(rows(system, 'automotive'));
  });

  test('an industry profile inherits its base profile’s overrides', () => {
    const discrete = new Map(rows(system, 'discrete').map((r) => [r.id, r.weight]));
    const automotive = system.profiles.find((p) => p.id === 'automotive')!;
    for (const r of rows(system, 'automotive')) {
      if (r.id in automotive.weights) expect(r.weight).toBe(automotive.weights[r.id]);
      else expect(r.weight).toBe(discrete.get(r.id));
      expect(r.inherited).toBe(discrete.get(r.id));
    }
  });

  test('a sub-domain the profile excludes takes no share; its siblings split its part', () => {
    const doc: IndicatorSystem = {
      ...system,
      profiles: system.profiles.map((p) =>
        p.id === 'automotive' ? { ...p, notApplicable: ['energy'] } : p,
      ),
    };
    const production = weightGroups(doc, 'automotive').find((g) => g.parentId === 'd-production')!;
    const energy = production.rows.find((r) => r.id === 'energy')!;
    expect(energy).toMatchObject({ notApplicable: true, share: null, effective: null });
    const shares = production.rows.reduce((s, r) => s + (r.share ?? 0), 0);
    expect(shares).toBeCloseTo(1, 12);
    expect(subdomainTotal(doc, 'automotive')).toBeCloseTo(1, 12);
  });

  test('editing a default weight changes the tree, not the profiles', () => {
    const path = outline(system).find((o) => o.node.id === 'personnel')!.path;
    const doc = updateNode(system, path, (n) => ({ ...n, weight: 0.5 }));
    expect(rows(doc, null).find((r) => r.id === 'personnel')!.weight).toBe(0.5);
    // Unchanged branches are shared, not copied.
    expect(doc.tree[1]).toBe(system.tree[1]);
    expect(doc.profiles).toBe(system.profiles);
  });
});

describe('document paths', () => {
  test.each([
    ['body.document.tree.0.children.2.requirements.3.id', 'tree[0].children[2].requirements[3].id'],
    ['document.profiles.4.weights.d-data', 'profiles[4].weights.d-data'],
    ['body.document', '(document)'],
    ['document.scoring.threshold', 'scoring.threshold'],
  ])('the server field %s reads %s', (field, shown) => {
    expect(displayPath(field)).toBe(shown);
  });
});
