import {
  computeReport,
  validateIndicatorSystem,
  type AssessmentReport,
  type TailoringEntry,
  type AnswerChoice,
  type IndicatorSystem,
  type IndicatorSystemInput,
  type Level,
  type LocalizedText,
} from '@zhiping/shared';

/**
 * Small indicator-system documents whose scores can be worked out by hand.
 *
 * DEPTH3 (element → domain → sub-domain), relative weights in brackets:
 *   e1 [3] ─ d1 [1] ─ s1 [1], s2 [1]
 *   e2 [1] ─ d2 [1] ─ s3 [1], s4 [3]
 * With everything present the effective weights are s1 3/8, s2 3/8, s3 1/16, s4 3/16.
 * Requirements: one per sub-domain and level, named `<sub-domain>.<level><letter>`, plus
 * s1.1b and s1.1c (three at s1 L1), s2.3b (na allowed) and s4.2b.
 * Profiles: discrete (s3 tailorable); process (s3 not applicable, e2 weight 3);
 * auto (base discrete, s4 weight 1, extra requirement auto.s1.2x).
 *
 * DEPTH2 (domain → sub-domain): da [1] ─ sa1 [1], sa2 [1]; db [1] ─ sb [1];
 * effective weights sa1 1/4, sa2 1/4, sb 1/2; one requirement per sub-domain and level
 * (sa1.3a and every level-5 requirement allow 'na'); one profile 'default'.
 */

// IndicatorSystemInput['tree'] is unknown[] (the recursive node schema is typed by its output
// only), so the fixtures spell out the input shapes they write.
export interface RequirementInput {
  id: string;
  level: Level;
  text: LocalizedText;
  guidance: LocalizedText;
  naAllowed?: boolean;
}
export interface NodeInput {
  id: string;
  name: LocalizedText;
  weight: number;
  children?: NodeInput[];
  requirements?: RequirementInput[];
}

const text = (s: string) => ({ zh: s, en: s });

export function requirement(id: string, level: Level, naAllowed = false): RequirementInput {
  return {
    id,
    level,
    text: text(`Requirement ${id}`),
    guidance: text(`How to meet ${id}`),
    naAllowed,
  };
}

/**
 * A sub-domain with one requirement per level (`<id>.<level>a`) plus `extra` ones; those at
 * `naLevels` allow 'na'.
 */
export function subdomain(
  id: string,
  weight: number,
  extra: RequirementInput[] = [],
  naLevels: readonly Level[] = [],
): NodeInput {
  const base = ([1, 2, 3, 4, 5] as const).map((level) =>
    requirement(`${id}.${level}a`, level, naLevels.includes(level)),
  );
  return { id, name: text(`Sub-domain ${id}`), weight, requirements: [...base, ...extra] };
}

export function inner(id: string, weight: number, children: NodeInput[]): NodeInput {
  return { id, name: text(`Node ${id}`), weight, children };
}

const LEVEL_NAMES = ['规划级', '规范级', '集成级', '优化级', '引领级'];
const EN_LEVEL_NAMES = ['Planning', 'Standardized', 'Integrated', 'Optimized', 'Leading'];

export function document(
  tree: NodeInput[],
  profiles: IndicatorSystemInput['profiles'] = [
    { id: 'default', name: text('Default'), productionType: 'discrete' },
  ],
  scoring?: IndicatorSystemInput['scoring'],
): IndicatorSystemInput {
  return {
    format: 'zhiping.indicator-system/1',
    code: 'fixture',
    version: '1',
    name: text('Fixture system'),
    levels: LEVEL_NAMES.map((zh, i) => ({
      level: (i + 1) as Level,
      name: { zh, en: EN_LEVEL_NAMES[i]! },
      description: text(`Level ${i + 1}`),
    })),
    tree,
    profiles,
    ...(scoring === undefined ? {} : { scoring }),
  };
}

export function depth3Document(scoring?: IndicatorSystemInput['scoring']): IndicatorSystemInput {
  return document(
    [
      inner('e1', 3, [
        inner('d1', 1, [
          subdomain('s1', 1, [requirement('s1.1b', 1), requirement('s1.1c', 1)]),
          subdomain('s2', 1, [requirement('s2.3b', 3, true)]),
        ]),
      ]),
      inner('e2', 1, [
        inner('d2', 1, [subdomain('s3', 1), subdomain('s4', 3, [requirement('s4.2b', 2)])]),
      ]),
    ],
    [
      { id: 'discrete', name: text('Discrete'), productionType: 'discrete', tailorable: ['s3'] },
      {
        id: 'process',
        name: text('Process'),
        productionType: 'process',
        notApplicable: ['s3'],
        weights: { e2: 3 },
      },
      {
        id: 'auto',
        name: text('Automotive'),
        base: 'discrete',
        productionType: 'discrete',
        industry: 'automotive',
        weights: { s4: 1 },
        extraRequirements: [{ subdomainId: 's1', requirements: [requirement('auto.s1.2x', 2)] }],
      },
    ],
    scoring,
  );
}

export function depth2Document(): IndicatorSystemInput {
  return document([
    inner('da', 1, [subdomain('sa1', 1, [], [3, 5]), subdomain('sa2', 1, [], [5])]),
    inner('db', 1, [subdomain('sb', 1, [], [5])]),
  ]);
}

/** Validates a fixture document, failing loudly if the fixture itself is wrong. */
export function load(doc: unknown): IndicatorSystem {
  const result = validateIndicatorSystem(doc);
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.issues)}`);
  return result.system;
}

export const DEPTH3 = load(depth3Document());
export const DEPTH2 = load(depth2Document());

/** Every requirement id of the base tree (no profile extras). */
export function requirementIds(system: IndicatorSystem): string[] {
  const ids: string[] = [];
  const walk = (nodes: IndicatorSystem['tree']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      for (const r of n.requirements ?? []) ids.push(r.id);
    }
  };
  walk(system.tree);
  return ids;
}

/** Scores a fixture: first profile, no tailoring and target 5 unless told otherwise. */
export function score(
  system: IndicatorSystem,
  answers: Record<string, AnswerChoice>,
  options: { profileId?: string; tailoring?: TailoringEntry[]; targetLevel?: Level } = {},
): AssessmentReport {
  return computeReport({
    system,
    profileId: options.profileId ?? system.profiles[0]!.id,
    tailoring: options.tailoring ?? [],
    answers,
    targetLevel: options.targetLevel ?? 5,
  });
}

export function nodeOf(report: AssessmentReport, id: string) {
  const found = report.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
}

/** Answers every base requirement with `choice`, then applies `overrides`. */
export function answersAll(
  system: IndicatorSystem,
  choice: AnswerChoice,
  overrides: Record<string, AnswerChoice | undefined> = {},
): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  for (const id of requirementIds(system)) answers[id] = choice;
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }
  return answers;
}

/** Answers each base requirement by its level. */
export function answersByLevel(
  system: IndicatorSystem,
  choose: (level: Level) => AnswerChoice,
): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  const walk = (nodes: IndicatorSystem['tree']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      for (const r of n.requirements ?? []) answers[r.id] = choose(r.level);
    }
  };
  walk(system.tree);
  return answers;
}

/** Answers each requirement by its sub-domain (the id prefix before the first dot). */
export function answersBySubdomain(
  system: IndicatorSystem,
  bySubdomain: Record<string, AnswerChoice>,
): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  for (const id of requirementIds(system)) {
    const choice = bySubdomain[id.split('.')[0]!];
    if (choice !== undefined) answers[id] = choice;
  }
  return answers;
}

/**
 * Rows for `test.each(...)('%s', (_name, row) => …)`: vitest quotes and truncates strings
 * interpolated with `$field`, so tables whose names are sentences name each row here.
 */
export function named<T>(rows: readonly T[], name: (row: T) => string): [string, T][] {
  return rows.map((row) => [name(row), row]);
}
