import { describe, expect, test } from 'vitest';
import {
  effectiveTree,
  IndicatorSystemError,
  resolveProfile,
  treeDepth,
  type EffectiveNode,
  type IndicatorSystem,
  type IndustryProfile,
} from '@zhiping/shared';
import { DEPTH3, inner, load, named, subdomain, document } from '../fixtures.ts';

const profile = (p: Partial<IndustryProfile> & { id: string }): IndustryProfile => ({
  name: { zh: p.id, en: p.id },
  productionType: 'discrete',
  weights: {},
  notApplicable: [],
  tailorable: [],
  extraRequirements: [],
  ...p,
});

/** DEPTH3 with other profiles, bypassing validation to reach broken chains. */
const withProfiles = (...profiles: IndustryProfile[]): IndicatorSystem => ({ ...DEPTH3, profiles });

const flatten = (nodes: EffectiveNode[]): EffectiveNode[] =>
  nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('resolveProfile', () => {
  test('folds the base chain: base first, later weights override, lists union, extras concatenate', () => {
    const system = withProfiles(
      profile({ id: 'a', weights: { e1: 2, e2: 5 }, tailorable: ['s3'], notApplicable: ['s4'] }),
      profile({
        id: 'b',
        base: 'a',
        industry: 'steel',
        weights: { e1: 4 },
        tailorable: ['s3', 's2'],
        extraRequirements: [{ subdomainId: 's1', requirements: [] }],
      }),
      profile({
        id: 'c',
        base: 'b',
        productionType: 'process',
        weights: { s1: 9 },
        extraRequirements: [{ subdomainId: 's2', requirements: [] }],
      }),
    );
    const resolved = resolveProfile(system, 'c');
    expect(resolved).toMatchObject({
      id: 'c',
      chain: ['a', 'b', 'c'],
      productionType: 'process',
      industry: 'steel',
      notApplicable: ['s4'],
      tailorable: ['s3', 's2'],
      extraRequirements: [
        { subdomainId: 's1', profileId: 'b' },
        { subdomainId: 's2', profileId: 'c' },
      ],
    });
    // Every node gets a weight: the latest override, else the node's own.
    expect(resolved.weights).toEqual({ e1: 4, d1: 1, s1: 9, s2: 1, e2: 5, d2: 1, s3: 1, s4: 3 });
  });

  test.each(
    named(
      [
        {
          broken: 'an unknown profile id',
          system: DEPTH3,
          id: 'nope',
          code: 'unknown-profile',
          message: 'unknown profile "nope"',
        },
        {
          broken: 'a base that does not exist',
          system: withProfiles(profile({ id: 'a', base: 'ghost' })),
          id: 'a',
          code: 'unknown-base-profile',
          message: 'profile "a" has base "ghost", which does not exist',
        },
        {
          broken: 'a cycle of bases',
          system: withProfiles(profile({ id: 'a', base: 'b' }), profile({ id: 'b', base: 'a' })),
          id: 'a',
          code: 'profile-cycle',
          message: 'profile base chain has a cycle: a → b → a',
        },
        {
          broken: 'a profile that is its own base',
          system: withProfiles(profile({ id: 'a', base: 'a' })),
          id: 'a',
          code: 'profile-cycle',
          message: 'profile base chain has a cycle: a → a',
        },
      ],
      (row) => `${row.broken} fails with ${row.code}`,
    ),
  )('%s', (_name, { system, id, code, message }) => {
    let thrown: unknown;
    try {
      resolveProfile(system, id);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IndicatorSystemError);
    expect(thrown).toMatchObject({ code, message });
  });
});

describe('effectiveTree', () => {
  test('adds profile extra requirements to their sub-domain and applies profile weights', () => {
    const nodes = flatten(effectiveTree(DEPTH3, 'auto'));
    const s1 = nodes.find((n) => n.id === 's1')!;
    expect(s1.requirements.map((r) => [r.id, r.addedByProfile, r.subdomainId])).toEqual([
      ['s1.1a', null, 's1'],
      ['s1.2a', null, 's1'],
      ['s1.3a', null, 's1'],
      ['s1.4a', null, 's1'],
      ['s1.5a', null, 's1'],
      ['s1.1b', null, 's1'],
      ['s1.1c', null, 's1'],
      ['auto.s1.2x', 'auto', 's1'],
    ]);
    expect(nodes.map((n) => [n.id, n.kind, n.depth, n.parentId, n.weight])).toEqual([
      ['e1', 'element', 1, null, 3],
      ['d1', 'domain', 2, 'e1', 1],
      ['s1', 'subdomain', 3, 'd1', 1],
      ['s2', 'subdomain', 3, 'd1', 1],
      ['e2', 'element', 1, null, 1],
      ['d2', 'domain', 2, 'e2', 1],
      ['s3', 'subdomain', 3, 'd2', 1],
      ['s4', 'subdomain', 3, 'd2', 1],
    ]);
  });

  test.each([
    { profileId: 'discrete', notApplicable: [], tailorable: ['s3'] },
    { profileId: 'process', notApplicable: ['s3'], tailorable: [] },
  ])('under $profileId, flags follow the profile', ({ profileId, notApplicable, tailorable }) => {
    const nodes = flatten(effectiveTree(DEPTH3, profileId));
    expect(nodes.filter((n) => n.notApplicable).map((n) => n.id)).toEqual(notApplicable);
    expect(nodes.filter((n) => n.tailorable).map((n) => n.id)).toEqual(tailorable);
  });

  test('a tree whose sub-domains sit at different depths is refused', () => {
    const system = load(document([inner('e', 1, [inner('d', 1, [subdomain('s', 1)])])]));
    expect(treeDepth(system.tree)).toBe(3);
    // Lifting domain d to the top level puts its sub-domain at depth 2 beside e's at depth 3.
    const mixed: IndicatorSystem = {
      ...system,
      tree: [system.tree[0]!, { ...system.tree[0]!.children![0]!, id: 'd2' }],
    };
    expect(() => effectiveTree(mixed, 'default')).toThrow(
      'sub-domains must all sit at depth 2 or all at depth 3; found depths 3, 2',
    );
  });
});
