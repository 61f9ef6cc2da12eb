/**
 * Builds the committed seed data under seeds/data from the TypeScript seeds:
 *   cmmm-2020.json, cmmm-draft-2024.json   parsed, defaults-applied indicator-system documents
 *   standards.json                         the parsed standards catalog (an array)
 *   examples/answers-cmmm-2020-sample.json a deterministic sample answers file (a typical
 *                                          level-2 enterprise) for `pnpm zhiping score`
 *
 * Run: `pnpm tsx seeds/build.ts`. seeds/check.ts fails when the committed files differ from
 * a fresh build, so rerun this after any seed change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  indicatorSystemSchema,
  standardSchema,
  type AnswerChoice,
  type CapabilityNode,
  type IndicatorSystem,
  type IndicatorSystemInput,
  type Level,
  type StandardInput,
  resolveProfile,
} from '@zhiping/shared';
import { cmmm2020 } from './indicator-systems/cmmm-2020/index.ts';
import { draft2024 } from './indicator-systems/draft-2024/index.ts';
import { buildReferenceFiles } from './reference/index.ts';
import { standards } from './standards.ts';

export const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(SEEDS_DIR, 'data');

/** The indicator-system seeds, in the order they are built and checked. */
export const indicatorSystemSeeds: { source: string; document: IndicatorSystemInput }[] = [
  { source: 'seeds/indicator-systems/cmmm-2020', document: cmmm2020 },
  { source: 'seeds/indicator-systems/draft-2024', document: draft2024 },
];

export const standardsSeed: { source: string; entries: StandardInput[] } = {
  source: 'seeds/standards.ts',
  entries: standards,
};

export const SAMPLE_ANSWERS_FILE = 'examples/answers-cmmm-2020-sample.json';
export const ANSWERS_FORMAT = 'zhiping.answers/1';

export interface AnswersFile {
  format: typeof ANSWERS_FORMAT;
  profile: string;
  targetLevel: Level;
  /** Requirement id → answer choice. */
  answers: Record<string, AnswerChoice>;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** 32-bit FNV-1a: a stable hash, so the sample answers never change between builds. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A uniform-looking number in [0, 1) derived from the requirement id. */
const unit = (seed: string, id: string): number => fnv1a(`${seed}:${id}`) / 2 ** 32;

/**
 * A typical level-2 enterprise: level 1 nearly all met, level 2 mostly met, level 3 partly
 * begun, nothing above. Cumulative bands of [choice, upper bound of u].
 */
const SAMPLE_PROFILE: Record<Level, [AnswerChoice, number][]> = {
  1: [
    ['full', 0.85],
    ['most', 1],
  ],
  2: [
    ['full', 0.45],
    ['most', 0.9],
    ['partial', 1],
  ],
  3: [
    ['most', 0.1],
    ['partial', 0.75],
    ['none', 1],
  ],
  4: [['none', 1]],
  5: [['none', 1]],
};

function sampleChoice(id: string, level: Level, naAllowed: boolean): AnswerChoice {
  if (naAllowed && unit('na', id) < 0.1) return 'na';
  const u = unit('sample-l2', id);
  const band = SAMPLE_PROFILE[level].find(([, upper]) => u < upper);
  return band ? band[0] : 'none';
}

/** Sample answers for every requirement that applies under the profile, in document order. */
export function sampleAnswers(
  system: IndicatorSystem,
  profileId: string,
  targetLevel: Level,
): AnswersFile {
  const profile = resolveProfile(system, profileId);
  const notApplicable = new Set(profile.notApplicable);
  const answers: Record<string, AnswerChoice> = {};
  const visit = (nodes: readonly CapabilityNode[]) => {
    for (const node of nodes) {
      if (node.children) {
        visit(node.children);
        continue;
      }
      if (notApplicable.has(node.id)) continue;
      const extras = profile.extraRequirements
        .filter((e) => e.subdomainId === node.id)
        .flatMap((e) => e.requirements);
      for (const r of [...(node.requirements ?? []), ...extras]) {
        answers[r.id] = sampleChoice(r.id, r.level, r.naAllowed);
      }
    }
  };
  visit(system.tree);
  return {
    format: ANSWERS_FORMAT,
    profile: profileId,
    targetLevel,
    answers,
  };
}

/** Every file of seeds/data as it should be: path relative to seeds/data → content. */
export function buildSeedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const parsed = new Map<string, IndicatorSystem>();
  for (const { document } of indicatorSystemSeeds) {
    const system = indicatorSystemSchema.parse(document);
    parsed.set(system.code, system);
    files[`${system.code}.json`] = json(system);
  }
  files['standards.json'] = json(standardsSeed.entries.map((s) => standardSchema.parse(s)));
  const model2020 = parsed.get('cmmm-2020');
  if (!model2020) throw new Error('build: the cmmm-2020 seed is missing');
  files[SAMPLE_ANSWERS_FILE] = json(sampleAnswers(model2020, 'discrete', 3));
  Object.assign(files, buildReferenceFiles());
  return files;
}

export function writeSeedFiles(dataDir: string = DATA_DIR): string[] {
  const files = buildSeedFiles();
  for (const [path, content] of Object.entries(files)) {
    const target = join(dataDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return Object.keys(files);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of writeSeedFiles()) console.log(`wrote seeds/data/${path}`);
}
