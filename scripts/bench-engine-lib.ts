/**
 * The scoring-engine benchmark, shared by `scripts/bench-engine.ts` (detailed table) and
 * `pnpm bench` (one figure): a CMMM-shaped 300-requirement document (4 elements, 12 domains,
 * 20 sub-domains × 5 levels × 3 requirements, decimal weights), random answers.
 */
import type { Bench } from 'tinybench';
import {
  computeReport,
  prepareScoring,
  validateIndicatorSystem,
  type AnswerChoice,
  type AssessmentInput,
  type IndicatorSystemInput,
} from '../shared/src/index.ts';

const text = (s: string) => ({ zh: s, en: s });
const LEVELS = [1, 2, 3, 4, 5] as const;

/** element → domain → [sub-domain weights]; one-sub-domain domains mirror CMMM 2020. */
const SHAPE: [number, [number, number[]][]][] = [
  [
    0.15,
    [
      [0.6, [1]],
      [0.4, [1]],
    ],
  ],
  [
    0.25,
    [
      [0.4, [1]],
      [0.35, [1]],
      [0.25, [1]],
    ],
  ],
  [
    0.15,
    [
      [0.55, [1]],
      [0.45, [1]],
    ],
  ],
  [
    0.45,
    [
      [0.2, [0.6, 0.4]],
      [0.4, [0.12, 0.18, 0.22, 0.16, 0.1, 0.12, 0.1]],
      [0.15, [1]],
      [0.1, [1]],
      [0.15, [0.55, 0.45]],
    ],
  ],
];

function buildDocument(): IndicatorSystemInput {
  let sd = 0;
  const tree = SHAPE.map(([elementWeight, domains], e) => ({
    id: `e${e}`,
    name: text(`element ${e}`),
    weight: elementWeight,
    children: domains.map(([domainWeight, subdomains], d) => ({
      id: `e${e}.d${d}`,
      name: text(`domain ${e}.${d}`),
      weight: domainWeight,
      children: subdomains.map((weight) => {
        const id = `sd${String(sd++).padStart(2, '0')}`;
        return {
          id,
          name: text(id),
          weight,
          requirements: LEVELS.flatMap((level) =>
            [0, 1, 2].map((k) => ({
              id: `${id}.l${level}.${k}`,
              level,
              text: text(`requirement ${id} ${level} ${k}`),
              guidance: text('guidance'),
              naAllowed: k === 2,
            })),
          ),
        };
      }),
    })),
  }));
  return {
    format: 'zhiping.indicator-system/1',
    code: 'bench',
    version: '1',
    name: text('bench'),
    levels: LEVELS.map((level) => ({ level, name: text(`L${level}`), description: text('-') })),
    tree,
    profiles: [
      {
        id: 'discrete',
        name: text('discrete'),
        productionType: 'discrete',
        tailorable: ['sd04', 'sd19'],
      },
    ],
  };
}

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds the engine tasks to `bench`, runs it, and returns the prepared scorer's latency. */
export async function benchEngine(bench: Bench) {
  const validated = validateIndicatorSystem(buildDocument());
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues.slice(0, 5)));
  const system = validated.system;
  const scorer = prepareScoring(system, 'discrete');
  const requirementIds = scorer.tree.flatMap(function ids(n): string[] {
    return [...n.requirements.map((r) => r.id), ...n.children.flatMap(ids)];
  });
  const SCALE: AnswerChoice[] = ['full', 'most', 'partial', 'none'];
  const next = random(42);
  const inputs: AssessmentInput[] = Array.from({ length: 64 }, () => ({
    targetLevel: 5,
    answers: Object.fromEntries(requirementIds.map((id) => [id, SCALE[Math.floor(next() * 4)]!])),
  }));
  const tailored: AssessmentInput[] = inputs.map((input) => ({
    ...input,
    tailoring: [{ subdomainId: 'sd04', reason: 'not relevant' }],
  }));
  let i = 0;
  let freshPattern = 0;
  const pick = (list: AssessmentInput[]) => list[i++ % list.length]!;

  bench
    .add('scorer.score (prepared, 300 requirements)', () => scorer.score(pick(inputs)))
    .add('scorer.score with tailoring (cached layout)', () => scorer.score(pick(tailored)))
    .add('scorer.score with a new na pattern (layout rebuilt)', () => {
      const input = pick(inputs);
      const na = requirementIds.filter((id) => id.endsWith('.2'))[freshPattern++ % 100]!;
      scorer.score({ ...input, answers: { ...input.answers, [na]: 'na' } });
    })
    .add('computeReport (prepare + score)', () =>
      computeReport({ system, profileId: 'discrete', ...pick(inputs) }),
    );
  await bench.run();
  const sample = scorer.score(pick(inputs));
  const first = bench.tasks[0]!.result;
  const p50 = 'latency' in first ? first.latency.p50 : NaN;
  return { bench, p50, requirementCount: requirementIds.length, sample };
}
