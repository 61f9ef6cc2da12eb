import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ANSWER_KEYS,
  prepareScoring,
  type AnswerChoice,
  type AnswerKey,
  type AssessmentReport,
  type IndicatorSystem,
  type Level,
} from '@zhiping/shared';
import { document, load, named, requirement, type NodeInput } from '../fixtures.ts';
import { referenceScores } from './reference.ts';

// Decimal weights with ≤ 3 decimals, so ×10 in the scaling property stays a valid decimal.
const weight = fc.constantFrom(0.05, 0.1, 0.125, 0.2, 0.25, 0.3, 0.35, 0.5, 0.6, 1, 1.5, 2, 3, 7);
const subdomainShape = fc.record({
  weight,
  perLevel: fc.tuple(...Array.from({ length: 5 }, () => fc.integer({ min: 1, max: 3 }))),
  naAllowed: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
});
const domainShape = fc.record({
  weight,
  children: fc.array(subdomainShape, { minLength: 1, maxLength: 3 }),
});
const elementShape = fc.record({
  weight,
  children: fc.array(domainShape, { minLength: 1, maxLength: 3 }),
});
type SubdomainShape = typeof subdomainShape extends fc.Arbitrary<infer T> ? T : never;
type DomainShape = typeof domainShape extends fc.Arbitrary<infer T> ? T : never;
type ElementShape = typeof elementShape extends fc.Arbitrary<infer T> ? T : never;

const treeShape = fc.oneof(
  fc.array(elementShape, { minLength: 1, maxLength: 3 }),
  fc.array(domainShape, { minLength: 1, maxLength: 3 }),
);

/** Multiply the weights of one sibling group: the children of `parent` (null: the top level). */
interface Scaling {
  parent: string | null;
  k: number;
}

function buildTree(shape: (ElementShape | DomainShape)[], scaling?: Scaling): NodeInput[] {
  let next = 0;
  const text = (s: string) => ({ zh: s, en: s });
  const scaled = (nodes: NodeInput[], parent: string | null) =>
    scaling?.parent === parent
      ? nodes.map((n) => ({ ...n, weight: Number((n.weight * scaling.k).toFixed(6)) }))
      : nodes;
  const build = (n: ElementShape | DomainShape | SubdomainShape): NodeInput => {
    const id = `n${next++}`;
    if ('children' in n) {
      return { id, name: text(id), weight: n.weight, children: scaled(n.children.map(build), id) };
    }
    let k = 0;
    const requirements = n.perLevel.flatMap((count, i) =>
      Array.from({ length: count }, (_, j) =>
        requirement(`${id}.${i + 1}.${j}`, (i + 1) as Level, n.naAllowed[k++] ?? false),
      ),
    );
    return { id, name: text(id), weight: n.weight, requirements };
  };
  return scaled(shape.map(build), null);
}

function systemOf(shape: (ElementShape | DomainShape)[], scaling?: Scaling): IndicatorSystem {
  const tree = buildTree(shape, scaling);
  const doc = document(tree);
  const subdomainIds: string[] = [];
  const walk = (nodes: NodeInput[]) =>
    nodes.forEach((n) => (n.children ? walk(n.children) : subdomainIds.push(n.id)));
  walk(tree);
  return load({ ...doc, profiles: [{ ...doc.profiles[0]!, tailorable: subdomainIds }] });
}

/** Ids of the inner nodes (sibling-group parents) of a built tree, null for the top level. */
function siblingGroups(system: IndicatorSystem): (string | null)[] {
  const groups: (string | null)[] = [null];
  const walk = (nodes: IndicatorSystem['tree']) =>
    nodes.forEach((n) => {
      if (n.children) {
        groups.push(n.id);
        walk(n.children);
      }
    });
  walk(system.tree);
  return groups;
}

interface Case {
  system: IndicatorSystem;
  requirements: { id: string; naAllowed: boolean; subdomainId: string }[];
  subdomainIds: string[];
}

function caseOf(system: IndicatorSystem): Case {
  const scorer = prepareScoring(system, 'default');
  const requirements: Case['requirements'] = [];
  const subdomainIds: string[] = [];
  const walk = (nodes: typeof scorer.tree) =>
    nodes.forEach((n) => {
      if (n.kind === 'subdomain') subdomainIds.push(n.id);
      for (const r of n.requirements)
        requirements.push({ id: r.id, naAllowed: r.naAllowed, subdomainId: n.id });
      walk(n.children);
    });
  walk(scorer.tree);
  return { system, requirements, subdomainIds };
}

/** Answer picks: 0..3 scale keys, 4 unanswered, 5 'na' where allowed (else unanswered). */
const picks = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 200, maxLength: 200 });
const tailorMask = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });

function answersFrom(c: Case, chosen: number[]): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  c.requirements.forEach((r, i) => {
    const p = chosen[i] ?? 4;
    if (p < 4) answers[r.id] = ANSWER_KEYS[p]!;
    else if (p === 5 && r.naAllowed) answers[r.id] = 'na';
  });
  return answers;
}

function tailoringFrom(c: Case, mask: boolean[]) {
  const ids = c.subdomainIds.filter((_, i) => mask[i] === true);
  // Keep at least one sub-domain in scope.
  if (ids.length === c.subdomainIds.length) ids.shift();
  return ids.map((subdomainId) => ({ subdomainId, reason: 'property test' }));
}

function scoreOf(
  c: Case,
  answers: Record<string, AnswerChoice>,
  mask: boolean[] = [],
  targetLevel: Level = 5,
) {
  return prepareScoring(c.system, 'default').score({
    answers,
    tailoring: tailoringFrom(c, mask),
    targetLevel,
  });
}

const allScores = (r: AssessmentReport) => [
  r.score,
  ...r.levels.map((l) => l.score),
  ...r.nodes.flatMap((n) => [n.score, ...n.levelScores]),
];

describe('scoring properties on random documents', () => {
  test.each(
    named<{ choice: AnswerKey; level: number; score: number }>(
      [
        { choice: 'full', level: 5, score: 5 },
        { choice: 'none', level: 0, score: 0 },
      ],
      (row) =>
        `answering every requirement ${row.choice} gives level ${row.level} and score ${row.score}`,
    ),
  )('%s', (_name, { choice, level, score }) => {
    fc.assert(
      fc.property(treeShape, tailorMask, (shape, mask) => {
        const c = caseOf(systemOf(shape));
        const answers: Record<string, AnswerChoice> = {};
        for (const r of c.requirements) answers[r.id] = choice;
        const report = scoreOf(c, answers, mask);
        expect([report.maturityLevel, report.score]).toEqual([level, score]);
      }),
    );
  });

  test('raising any single answer never lowers a level score or an overall score', () => {
    fc.assert(
      fc.property(
        treeShape,
        picks,
        tailorMask,
        fc.nat(),
        fc.nat(),
        (shape, chosen, mask, which, up) => {
          const c = caseOf(systemOf(shape));
          const before = answersFrom(c, chosen);
          const candidates = c.requirements.filter(
            (r) => before[r.id] !== 'na' && before[r.id] !== 'full',
          );
          fc.pre(candidates.length > 0);
          const target = candidates[which % candidates.length]!;
          const current = before[target.id];
          const from = current === undefined ? -1 : ANSWER_KEYS.indexOf(current as AnswerKey);
          // ANSWER_KEYS run from full (0) down to none (3): a raise picks a smaller index.
          const higher = ANSWER_KEYS.slice(0, from === -1 ? 4 : from);
          const after = { ...before, [target.id]: higher[up % higher.length]! };
          const [a, b] = [scoreOf(c, before, mask), scoreOf(c, after, mask)];
          allScores(a).forEach((s, i) => {
            const t = allScores(b)[i];
            if (s !== null) expect(t).toBeGreaterThanOrEqual(s);
          });
        },
      ),
    );
  });

  test('multiplying all weights of one sibling group by a constant changes nothing', () => {
    fc.assert(
      fc.property(
        treeShape,
        picks,
        tailorMask,
        fc.nat(),
        fc.constantFrom(2, 3, 10),
        (shape, chosen, mask, group, k) => {
          const c = caseOf(systemOf(shape));
          const groups = siblingGroups(c.system);
          const parent = groups[group % groups.length]!;
          const scaled = { ...c, system: systemOf(shape, { parent, k }) };
          const answers = answersFrom(c, chosen);
          expect(scoreOf(scaled, answers, mask, 3)).toEqual(scoreOf(c, answers, mask, 3));
        },
      ),
    );
  });

  test('scores stay within [0, 5], level scores within [0, 1], effective weights sum to 1', () => {
    fc.assert(
      fc.property(treeShape, picks, tailorMask, (shape, chosen, mask) => {
        const c = caseOf(systemOf(shape));
        const r = scoreOf(c, answersFrom(c, chosen), mask);
        for (const s of [r.score, ...r.nodes.map((n) => n.score)]) {
          if (s !== null) expect(s >= 0 && s <= 5).toBe(true);
        }
        for (const s of [
          ...r.levels.map((l) => l.score),
          ...r.nodes.flatMap((n) => n.levelScores),
        ]) {
          if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
        }
        r.levels.forEach((l, i) => {
          if (!l.present) return;
          const total = r.nodes
            .filter((n) => n.kind === 'subdomain')
            .reduce((acc, n) => acc + (n.effectiveWeights[i] ?? 0), 0);
          expect(total).toBeCloseTo(1, 12);
        });
      }),
    );
  });

  test('level scores, effective weights and impacts agree with a naive transcription of §3', () => {
    fc.assert(
      fc.property(treeShape, picks, tailorMask, (shape, chosen, mask) => {
        const c = caseOf(systemOf(shape));
        const answers = answersFrom(c, chosen);
        const r = scoreOf(c, answers, mask);
        const tailored = tailoringFrom(c, mask).map((t) => t.subdomainId);
        const ref = referenceScores(c.system, 'default', tailored, answers);
        r.levels.forEach((l, i) => expect(l.score ?? -1).toBeCloseTo(ref.root[i] ?? -1, 9));
        for (const n of r.nodes) {
          const expected = ref.nodes.get(n.id)!;
          n.levelScores.forEach((s, i) =>
            expect(s ?? -1).toBeCloseTo(expected.levelScores[i] ?? -1, 9),
          );
          n.effectiveWeights.forEach((w, i) =>
            expect(w ?? -1).toBeCloseTo(expected.effectiveWeights[i] ?? -1, 9),
          );
        }
        expect(new Set(r.gaps.map((g) => g.requirementId))).toEqual(new Set(ref.impacts.keys()));
        for (const g of r.gaps) expect(g.impact).toBeCloseTo(ref.impacts.get(g.requirementId)!, 9);
      }),
    );
  });
});
