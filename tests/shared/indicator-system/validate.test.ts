import { describe, expect, test } from 'vitest';
import { formatPath, validateIndicatorSystem, type ValidationIssue } from '@zhiping/shared';
import { depth2Document, depth3Document, document, named, subdomain } from '../fixtures.ts';

/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   mutations reach into plain JSON documents, handled untyped on purpose */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const S1 = 'tree[0].children[0].children[0]';
const S2 = 'tree[0].children[0].children[1]';

function issuesAfter(
  mutate: (doc: Json) => void,
  base: () => unknown = depth3Document,
): ValidationIssue[] {
  const doc: Json = structuredClone(base());
  mutate(doc);
  const result = validateIndicatorSystem(doc);
  return result.ok ? [] : result.issues;
}

describe('validateIndicatorSystem', () => {
  test.each(
    named(
      [
        { fixture: 'the depth-3 fixture', doc: depth3Document() },
        { fixture: 'the depth-2 fixture', doc: depth2Document() },
        {
          fixture: 'a document with a $schema key',
          doc: { $schema: './x.json', ...depth3Document() },
        },
      ],
      (row) => `accepts ${row.fixture}`,
    ),
  )('%s', (_name, { doc }) => {
    expect(validateIndicatorSystem(doc)).toMatchObject({ ok: true });
  });

  test.each(
    named(
      [
        {
          broken: 'a requirement reusing a node id',
          mutate: (d: Json) => (d.tree[0].children[0].children[1].requirements[0].id = 's1'),
          issue: {
            path: `${S2}.requirements[0].id`,
            message: `duplicate id "s1" (first used at ${S1}.id)`,
          },
        },
        {
          broken: 'a profile extra requirement reusing a requirement id',
          mutate: (d: Json) => (d.profiles[2].extraRequirements[0].requirements[0].id = 's4.1a'),
          issue: {
            path: 'profiles[2].extraRequirements[0].requirements[0].id',
            message:
              'duplicate id "s4.1a" (first used at tree[1].children[0].children[1].requirements[0].id)',
          },
        },
        {
          broken: 'sub-domains at depths 3 and 2',
          mutate: (d: Json) => (d.tree[1] = d.tree[1].children[0]),
          issue: {
            path: 'tree[1].children[0]',
            message: `sub-domain at depth 2, but ${S1} is at depth 3; all sub-domains must sit at the same depth`,
          },
        },
        {
          broken: 'a tree of depth 1',
          mutate: () => undefined,
          base: () => document([subdomain('s', 1)]),
          issue: {
            path: 'tree[0]',
            message:
              'sub-domains sit at depth 1; the tree must be element → domain → sub-domain (3) or domain → sub-domain (2)',
          },
        },
        {
          broken: 'a sub-domain without a requirement at level 4',
          mutate: (d: Json) => d.tree[0].children[0].children[1].requirements.splice(3, 1),
          issue: {
            path: `${S2}.requirements`,
            message:
              'sub-domain "s2" has no requirement at level 4; every sub-domain needs at least one per level',
          },
        },
        {
          broken: 'a level defined twice',
          mutate: (d: Json) => (d.levels[4].level = 1),
          issue: { path: 'levels[4].level', message: 'level 1 is defined twice' },
        },
        {
          broken: 'two profiles with one id',
          mutate: (d: Json) => (d.profiles[1].id = 'discrete'),
          issue: {
            path: 'profiles[1].id',
            message: 'duplicate profile id "discrete" (first at profiles[0])',
          },
        },
        {
          broken: 'a base profile that does not exist',
          mutate: (d: Json) => (d.profiles[2].base = 'ghost'),
          issue: { path: 'profiles[2].base', message: 'base profile "ghost" does not exist' },
        },
        {
          broken: 'profiles based on each other',
          mutate: (d: Json) => (d.profiles[0].base = 'auto'),
          issue: {
            path: 'profiles[0].base',
            message: 'profile base chain has a cycle: discrete → auto → discrete',
          },
        },
        {
          broken: 'a weight for an unknown id',
          mutate: (d: Json) => (d.profiles[1].weights.ghost = 1),
          issue: {
            path: 'profiles[1].weights.ghost',
            message: '"ghost" is not a node of the tree',
          },
        },
        {
          broken: 'a weight for a requirement',
          mutate: (d: Json) => (d.profiles[1].weights['s1.1a'] = 1),
          issue: {
            path: 'profiles[1].weights["s1.1a"]',
            message: '"s1.1a" is not a node of the tree',
          },
        },
        {
          broken: 'a domain listed as not applicable',
          mutate: (d: Json) => (d.profiles[1].notApplicable = ['d2']),
          issue: {
            path: 'profiles[1].notApplicable[0]',
            message: '"d2" is not a sub-domain (it has children)',
          },
        },
        {
          broken: 'an unknown tailorable sub-domain',
          mutate: (d: Json) => (d.profiles[0].tailorable = ['zz']),
          issue: { path: 'profiles[0].tailorable[0]', message: '"zz" is not a node of the tree' },
        },
        {
          broken: 'extra requirements for an element',
          mutate: (d: Json) => (d.profiles[2].extraRequirements[0].subdomainId = 'e1'),
          issue: {
            path: 'profiles[2].extraRequirements[0].subdomainId',
            message: '"e1" is not a sub-domain (it has children)',
          },
        },
        {
          broken: 'a profile leaving no sub-domain',
          mutate: (d: Json) => (d.profiles[1].notApplicable = ['s1', 's2', 's3', 's4']),
          issue: {
            path: 'profiles[1].notApplicable',
            message: 'profile "process" leaves no sub-domain to assess',
          },
        },
        {
          broken: 'an answer value above 1',
          mutate: (d: Json) =>
            (d.scoring = { answerScale: { full: 1.2, most: 0.8, partial: 0.5, none: 0 } }),
          issue: {
            path: 'scoring.answerScale.full',
            message: 'answer values lie in [0, 1]; got 1.2',
          },
        },
        {
          broken: '"most" worth more than "full"',
          mutate: (d: Json) =>
            (d.scoring = { answerScale: { full: 0.9, most: 0.95, partial: 0.5, none: 0 } }),
          issue: {
            path: 'scoring.answerScale.most',
            message: '"most" (0.95) exceeds "full" (0.9)',
          },
        },
        {
          broken: 'a threshold of 0',
          mutate: (d: Json) => (d.scoring = { threshold: 0 }),
          issue: { path: 'scoring.threshold', message: 'threshold lies in (0, 1]; got 0' },
        },
        {
          broken: 'a threshold above 1',
          mutate: (d: Json) => (d.scoring = { threshold: 1.5 }),
          issue: { path: 'scoring.threshold', message: 'threshold lies in (0, 1]; got 1.5' },
        },
        {
          broken: 'a misspelt field',
          mutate: (d: Json) => (d.tree[0].children[0].children[0].requirements[0].naAlowed = true),
          issue: { path: `${S1}.requirements[0].naAlowed`, message: 'unknown field "naAlowed"' },
        },
        {
          broken: 'a weight with 7 decimals',
          mutate: (d: Json) => (d.tree[0].weight = 0.1234567),
          issue: { path: 'tree[0].weight', message: 'at most 6 decimals' },
        },
        {
          broken: 'a node with both children and requirements',
          mutate: (d: Json) => (d.tree[0].requirements = []),
          issue: {
            path: 'tree[0]',
            message: 'a node has either children or requirements (a sub-domain), not both',
          },
        },
      ],
      (row) => `rejects ${row.broken}`,
    ),
  )('%s', (_name, { mutate, issue, base }) => {
    expect(issuesAfter(mutate, base)).toContainEqual(issue);
  });

  test('reports schema errors with the path of the offending field', () => {
    const issues = issuesAfter(
      (d) => (d.tree[0].children[0].children[0].requirements[2].level = 6),
    );
    expect(issues.map((i) => i.path)).toEqual([`${S1}.requirements[2].level`]);
  });

  test.each(
    named(
      [
        {
          path: ['tree', 0, 'children', 2, 'requirements', 3, 'id'],
          shown: 'tree[0].children[2].requirements[3].id',
        },
        { path: ['profiles', 1, 'weights', 'a.b'], shown: 'profiles[1].weights["a.b"]' },
        { path: [], shown: '(document)' },
      ],
      (row) => `formats the path ${row.shown}`,
    ),
  )('%s', (_name, { path, shown }) => {
    expect(formatPath(path)).toBe(shown);
  });
});
