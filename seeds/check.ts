/**
 * Validates every seed and prints a report; exits 1 on any problem.
 *
 *   pnpm seeds:check              checks the TypeScript seeds and seeds/data
 *   pnpm tsx seeds/check.ts DIR   checks the TypeScript seeds and the data files in DIR
 *
 * The core, `checkSeeds`, takes the documents as values, so tests can hand it broken ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  answersDocumentSchema,
  checkAnswers,
  computeReport,
  INDUSTRIES,
  LEVELS,
  NO_NATIONAL_STANDARD,
  PRODUCTION_TYPES,
  standardSchema,
  type CapabilityNode,
  type IndicatorSystem,
  type Standard,
} from '@zhiping/shared';
import { resolveProfile, validateIndicatorSystem } from '@zhiping/shared';

export interface Problem {
  /** Which document or file, e.g. `cmmm-2020` or `seeds/data/standards.json`. */
  where: string;
  /** Location inside it (a document path, a standard number), or '' for the whole. */
  path: string;
  message: string;
}

export interface Section {
  title: string;
  /** One-line facts shown when the section passes (counts). */
  summary: string;
  problems: Problem[];
}

export interface SeedCheckReport {
  ok: boolean;
  sections: Section[];
}

export interface IndicatorSystemSeed {
  source: string;
  document: unknown;
}

export interface SeedCheckInput {
  indicatorSystems: IndicatorSystemSeed[];
  standards: { source: string; entries: unknown };
  /** Committed data files against a fresh build; omitted to skip the drift check. */
  dataFiles?: {
    dir: string;
    /** path relative to dir → content of a fresh build */
    expected: Record<string, string>;
    /** path relative to dir → committed content (undefined when the file is missing) */
    actual: Record<string, string | undefined>;
  };
}

/** What a particular indicator system must contain beyond being valid. */
interface Expectation {
  depth: 2 | 3;
  elements?: number;
  domains: number;
  subdomainIds?: readonly string[];
  subdomains: number;
  minRequirements: number;
  minPerLevel: number;
  profiles: readonly string[];
  allIndustries: boolean;
}

export const SUBDOMAINS_2020 = [
  'strategy',
  'skills',
  'data',
  'integration',
  'security',
  'equipment',
  'network',
  'product-design',
  'process-design',
  'procurement',
  'planning',
  'operations',
  'maintenance',
  'warehousing',
  'ehs',
  'energy',
  'logistics',
  'sales',
  'customer-service',
  'product-service',
] as const;

export const EXPECTATIONS: Record<string, Expectation> = {
  'cmmm-2020': {
    depth: 3,
    elements: 4,
    domains: 12,
    subdomainIds: SUBDOMAINS_2020,
    subdomains: 20,
    minRequirements: 200,
    minPerLevel: 2,
    profiles: ['discrete', 'process'],
    allIndustries: true,
  },
  'cmmm-draft-2024': {
    depth: 2,
    domains: 5,
    subdomains: 25,
    minRequirements: 125,
    minPerLevel: 1,
    profiles: ['discrete', 'process'],
    allIndustries: false,
  },
};

const STANDARD_SCORING = {
  answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
  threshold: 0.8,
  thresholdInclusive: true,
};

interface TreeFacts {
  depth: number;
  elements: number;
  domains: number;
  subdomains: CapabilityNode[];
  requirements: number;
}

function treeFacts(system: IndicatorSystem): TreeFacts {
  const subdomains: CapabilityNode[] = [];
  let maxDepth = 0;
  const walk = (nodes: readonly CapabilityNode[], depth: number) => {
    for (const node of nodes) {
      if (node.children) walk(node.children, depth + 1);
      else {
        subdomains.push(node);
        maxDepth = Math.max(maxDepth, depth);
      }
    }
  };
  walk(system.tree, 1);
  const depth = maxDepth;
  const elements = depth === 3 ? system.tree.length : 0;
  const domains =
    depth === 3
      ? system.tree.reduce((n, e) => n + (e.children?.length ?? 0), 0)
      : system.tree.length;
  const requirements = subdomains.reduce((n, s) => n + (s.requirements?.length ?? 0), 0);
  return { depth, elements, domains, subdomains, requirements };
}

/** Every group of siblings (the top level, and each inner node's children). */
function siblingGroups(system: IndicatorSystem): { parent: string; nodes: CapabilityNode[] }[] {
  const groups = [{ parent: '(top level)', nodes: system.tree }];
  const walk = (nodes: readonly CapabilityNode[]) => {
    for (const node of nodes) {
      if (node.children) {
        groups.push({ parent: node.id, nodes: node.children });
        walk(node.children);
      }
    }
  };
  walk(system.tree);
  return groups;
}

function checkProfileWeights(
  system: IndicatorSystem,
  problem: (path: string, message: string) => void,
) {
  for (const profile of system.profiles) {
    let resolved;
    try {
      resolved = resolveProfile(system, profile.id);
    } catch (error) {
      problem(`profiles.${profile.id}`, (error as Error).message);
      continue;
    }
    for (const { parent, nodes } of siblingGroups(system)) {
      const weights = nodes.map((n) => resolved.weights[n.id]);
      const bad = nodes.filter((_, i) => {
        const w = weights[i];
        return w === undefined || !Number.isFinite(w) || w <= 0;
      });
      if (bad.length > 0) {
        problem(
          `profiles.${profile.id}.weights`,
          `under ${parent}: weights must be positive numbers; bad for ${bad.map((n) => n.id).join(', ')}`,
        );
        continue;
      }
      const sum = weights.reduce<number>((a, w) => a + (w ?? 0), 0);
      if (!Number.isFinite(sum) || sum <= 0) {
        problem(
          `profiles.${profile.id}.weights`,
          `under ${parent}: weights cannot be normalized (sum ${sum})`,
        );
      }
    }
    if (profile.base !== undefined) {
      const base = system.profiles.find((p) => p.id === profile.base);
      if (base && base.productionType !== profile.productionType) {
        problem(
          `profiles.${profile.id}.productionType`,
          `is "${profile.productionType}" but its base "${base.id}" is "${base.productionType}"`,
        );
      }
    }
  }
}

function checkExpectation(
  system: IndicatorSystem,
  facts: TreeFacts,
  expect: Expectation,
  problem: (path: string, message: string) => void,
) {
  if (facts.depth !== expect.depth)
    problem('tree', `expected depth ${expect.depth}, found ${facts.depth}`);
  if (expect.elements !== undefined && facts.elements !== expect.elements) {
    problem('tree', `expected ${expect.elements} elements, found ${facts.elements}`);
  }
  if (facts.domains !== expect.domains)
    problem('tree', `expected ${expect.domains} domains, found ${facts.domains}`);
  if (facts.subdomains.length !== expect.subdomains) {
    problem('tree', `expected ${expect.subdomains} sub-domains, found ${facts.subdomains.length}`);
  }
  if (expect.subdomainIds) {
    const present = new Set(facts.subdomains.map((s) => s.id));
    const missing = expect.subdomainIds.filter((id) => !present.has(id));
    const extra = [...present].filter((id) => !expect.subdomainIds!.includes(id));
    if (missing.length > 0) problem('tree', `missing sub-domains: ${missing.join(', ')}`);
    if (extra.length > 0) problem('tree', `unexpected sub-domains: ${extra.join(', ')}`);
  }
  if (facts.requirements < expect.minRequirements) {
    problem(
      'tree',
      `expected at least ${expect.minRequirements} requirements, found ${facts.requirements}`,
    );
  }
  for (const sub of facts.subdomains) {
    const short = LEVELS.filter(
      (level) =>
        (sub.requirements ?? []).filter((r) => r.level === level).length < expect.minPerLevel,
    );
    if (short.length > 0) {
      problem(
        `sub-domain ${sub.id}`,
        `needs at least ${expect.minPerLevel} requirements per level; short at level ${short.join(', ')}`,
      );
    }
  }
  const profileIds = new Set(system.profiles.map((p) => p.id));
  const missingProfiles = expect.profiles.filter((id) => !profileIds.has(id));
  if (missingProfiles.length > 0)
    problem('profiles', `missing profiles: ${missingProfiles.join(', ')}`);
  if (expect.allIndustries) {
    const covered = new Set(system.profiles.map((p) => p.industry).filter((i) => i !== undefined));
    const missing = INDUSTRIES.filter((i) => !covered.has(i));
    if (missing.length > 0) problem('profiles', `no industry profile for: ${missing.join(', ')}`);
  }
  const s = system.scoring;
  const standard =
    s.answerScale.full === STANDARD_SCORING.answerScale.full &&
    s.answerScale.most === STANDARD_SCORING.answerScale.most &&
    s.answerScale.partial === STANDARD_SCORING.answerScale.partial &&
    s.answerScale.none === STANDARD_SCORING.answerScale.none &&
    s.threshold === STANDARD_SCORING.threshold &&
    s.thresholdInclusive === STANDARD_SCORING.thresholdInclusive;
  if (!standard) {
    problem(
      'scoring',
      'expected the standard scoring block (full 1, most 0.8, partial 0.5, none 0; threshold 0.8 inclusive)',
    );
  }
}

/** Validates one indicator-system document; returns the parsed system when it is valid. */
/**
 * A seeded model ships its quick-scan items. validateIndicatorSystem already holds them to
 * one per sub-domain with options at levels 1..5 in order; a seed also keeps each item's
 * five options distinct, so every level reads as a different capability.
 */
function checkQuickScanSeed(
  system: IndicatorSystem,
  problem: (path: string, message: string) => void,
) {
  if (system.quickScan === undefined) {
    problem('quickScan', 'a seeded model needs quick-scan items (one per sub-domain)');
    return;
  }
  system.quickScan.items.forEach((item, i) => {
    for (const lang of ['zh', 'en'] as const) {
      const texts = item.options.map((o) => o.text[lang]);
      if (new Set(texts).size !== texts.length) {
        problem(
          `quickScan.items[${i}].options`,
          `two options of "${item.subdomainId}" read the same (${lang})`,
        );
      }
    }
  });
}

export function checkIndicatorSystem(
  where: string,
  document: unknown,
  problems: Problem[],
): { system: IndicatorSystem; facts: TreeFacts } | undefined {
  const problem = (path: string, message: string) => problems.push({ where, path, message });
  const result = validateIndicatorSystem(document);
  if (!result.ok) {
    for (const issue of result.issues) problem(issue.path, issue.message);
    return undefined;
  }
  const system = result.system;
  const facts = treeFacts(system);
  checkProfileWeights(system, problem);
  checkQuickScanSeed(system, problem);
  const expect = EXPECTATIONS[system.code];
  if (expect) checkExpectation(system, facts, expect, problem);
  else
    problem(
      'code',
      `unknown indicator-system code "${system.code}" (known: ${Object.keys(EXPECTATIONS).join(', ')})`,
    );
  return { system, facts };
}

const normalizeNumber = (n: string) => n.replace(/\s+/g, ' ').trim().toUpperCase();

/** Validates the standards catalog against the given (valid) indicator systems. */
export function checkStandards(
  where: string,
  entries: unknown,
  systems: ReadonlyMap<string, IndicatorSystem>,
  problems: Problem[],
  /** Codes of indicator systems that were given but are invalid: links to them are not checked. */
  invalidSystems: ReadonlySet<string> = new Set(),
): Standard[] {
  const problem = (path: string, message: string) => problems.push({ where, path, message });
  if (!Array.isArray(entries)) {
    problem('', 'the standards catalog must be an array');
    return [];
  }
  const subdomainsOf = new Map<string, Set<string>>();
  for (const [code, system] of systems) {
    subdomainsOf.set(code, new Set(treeFacts(system).subdomains.map((s) => s.id)));
  }
  const seen = new Map<string, number>();
  const parsed: Standard[] = [];
  entries.forEach((entry, i) => {
    const result = standardSchema.safeParse(entry);
    const label =
      typeof (entry as { number?: unknown })?.number === 'string'
        ? `[${i}] ${(entry as { number: string }).number}`
        : `[${i}]`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        problem(`${label} ${issue.path.join('.')}`.trim(), issue.message);
      }
      return;
    }
    const standard = result.data;
    parsed.push(standard);
    const key = normalizeNumber(standard.number);
    const first = seen.get(key);
    if (first !== undefined) problem(label, `duplicate standard number (first at [${first}])`);
    else seen.set(key, i);
    if (!standard.uncertain && standard.links.length === 0) {
      problem(label, 'a confirmed standard must link to at least one sub-domain');
    }
    const linkKeys = new Set<string>();
    standard.links.forEach((link, j) => {
      const at = `${label} links[${j}]`;
      const subdomains = subdomainsOf.get(link.systemCode);
      if (invalidSystems.has(link.systemCode)) {
        // Reported once below, not once per link.
      } else if (!subdomains) {
        problem(
          at,
          `systemCode "${link.systemCode}" is not a known indicator system (${[...systems.keys()].join(', ') || 'none valid'})`,
        );
      } else if (!subdomains.has(link.subdomainId)) {
        problem(at, `"${link.subdomainId}" is not a sub-domain of ${link.systemCode}`);
      }
      const linkKey = `${link.systemCode}/${link.subdomainId}`;
      if (linkKeys.has(linkKey)) problem(at, `duplicate link to ${linkKey}`);
      linkKeys.add(linkKey);
    });
  });
  // Coverage (issue #16): every sub-domain of the 2020 model reaches a confirmed standard for
  // each production type, unless the research found no national standard for it at all
  // (NO_NATIONAL_STANDARD, which a report prints instead).
  const model = systems.get('cmmm-2020');
  if (model && !invalidSystems.has('cmmm-2020')) {
    for (const sd of treeFacts(model).subdomains) {
      for (const type of PRODUCTION_TYPES) {
        const reached = parsed.some(
          (st) =>
            !st.uncertain &&
            st.productionTypes.includes(type) &&
            st.links.some((l) => l.systemCode === 'cmmm-2020' && l.subdomainId === sd.id),
        );
        if (NO_NATIONAL_STANDARD[sd.id]) {
          if (reached) {
            problem(
              '',
              `cmmm-2020 sub-domain "${sd.id}" is listed in NO_NATIONAL_STANDARD but a confirmed standard links to it: remove it from the list`,
            );
          }
        } else if (!reached) {
          problem(
            '',
            `cmmm-2020 sub-domain "${sd.id}" reaches no confirmed standard for ${type} enterprises (link one, or add it to NO_NATIONAL_STANDARD with a note)`,
          );
        }
      }
    }
  }
  const skipped = [...invalidSystems].filter((code) => !systems.has(code));
  if (
    skipped.length > 0 &&
    parsed.some((st) => st.links.some((l) => skipped.includes(l.systemCode)))
  ) {
    problem('', `links to ${skipped.join(', ')} not checked: that indicator system is invalid`);
  }
  return parsed;
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const clip = (s: string | undefined) =>
        s === undefined
          ? '(end of file)'
          : s.trim().length > 100
            ? `${s.trim().slice(0, 100)}…`
            : s.trim();
      return `line ${i + 1}: expected ${clip(a[i])} — found ${clip(b[i])}`;
    }
  }
  return 'contents differ';
}

/** Checks a committed answers file: the exchange format, then against cmmm-2020 with the engine. */
function checkAnswersFile(
  where: string,
  content: string,
  systems: ReadonlyMap<string, IndicatorSystem>,
  problems: Problem[],
) {
  const problem = (path: string, message: string) => problems.push({ where, path, message });
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    problem('', `not valid JSON: ${(error as Error).message}`);
    return;
  }
  const parsed = answersDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problem(issue.path.join('.') || '(document)', issue.message);
    }
    return;
  }
  const doc = parsed.data;
  const system = systems.get('cmmm-2020');
  if (!system) return;
  const profileId = doc.profile ?? 'discrete';
  if (!system.profiles.some((p) => p.id === profileId)) {
    problem('profile', `"${profileId}" is not a profile of cmmm-2020`);
    return;
  }
  const input = {
    system,
    profileId,
    answers: doc.answers,
    tailoring: doc.tailoring,
    targetLevel: doc.targetLevel ?? 3,
  };
  const issues = checkAnswers(input);
  for (const issue of issues) {
    problem(issue.requirementId ? `answers.${issue.requirementId}` : 'answers', issue.message);
  }
  if (issues.length === 0) {
    const { completion } = computeReport(input);
    if (completion.answered !== completion.applicable) {
      problem(
        'answers',
        `answers ${completion.answered} of ${completion.applicable} applicable requirements; a sample should answer all`,
      );
    }
  }
}

function checkDataFiles(
  input: NonNullable<SeedCheckInput['dataFiles']>,
  systems: ReadonlyMap<string, IndicatorSystem>,
  invalidSystems: ReadonlySet<string>,
  problems: Problem[],
): number {
  let matching = 0;
  for (const [path, expected] of Object.entries(input.expected)) {
    const where = `${input.dir}/${path}`;
    const actual = input.actual[path];
    if (actual === undefined) {
      problems.push({ where, path: '', message: 'missing: run `pnpm tsx seeds/build.ts`' });
      continue;
    }
    // The files are what the CLI and the loader read: validate them in their own right.
    if (path === 'standards.json' || (path.endsWith('.json') && !path.includes('/'))) {
      let doc: unknown;
      try {
        doc = JSON.parse(actual);
      } catch (error) {
        problems.push({ where, path: '', message: `not valid JSON: ${(error as Error).message}` });
        continue;
      }
      if (path === 'standards.json') checkStandards(where, doc, systems, problems, invalidSystems);
      else checkIndicatorSystem(where, doc, problems);
    } else if (path.startsWith('examples/answers-')) {
      checkAnswersFile(where, actual, systems, problems);
    }
    if (actual === expected) matching++;
    else {
      problems.push({
        where,
        path: '',
        message: `differs from a fresh build (${firstDifference(expected, actual)}); run \`pnpm tsx seeds/build.ts\``,
      });
    }
  }
  for (const path of Object.keys(input.actual)) {
    if (!(path in input.expected)) {
      problems.push({
        where: `${input.dir}/${path}`,
        path: '',
        message: 'not produced by seeds/build.ts: remove it or add it to the build',
      });
    }
  }
  return matching;
}

export function checkSeeds(input: SeedCheckInput): SeedCheckReport {
  const sections: Section[] = [];
  const systems = new Map<string, IndicatorSystem>();
  const invalidSystems = new Set<string>();

  for (const seed of input.indicatorSystems) {
    const problems: Problem[] = [];
    const code =
      typeof (seed.document as { code?: unknown })?.code === 'string'
        ? (seed.document as { code: string }).code
        : seed.source;
    const checked = checkIndicatorSystem(code, seed.document, problems);
    let summary = 'invalid';
    if (!checked) invalidSystems.add(code);
    if (checked) {
      const { system, facts } = checked;
      if (systems.has(system.code)) {
        problems.push({
          where: code,
          path: 'code',
          message: `a second indicator system with code "${system.code}"`,
        });
      }
      systems.set(system.code, system);
      const layers = facts.depth === 3 ? `${facts.elements} elements, ` : '';
      summary =
        `${system.version}: ${layers}${facts.domains} domains, ${facts.subdomains.length} sub-domains, ` +
        `${facts.requirements} requirements, ${system.profiles.length} profiles, ` +
        `${system.quickScan?.items.length ?? 0} quick-scan items`;
    }
    sections.push({ title: `indicator system ${code} (${seed.source})`, summary, problems });
  }

  {
    const problems: Problem[] = [];
    const parsed = checkStandards(
      input.standards.source,
      input.standards.entries,
      systems,
      problems,
      invalidSystems,
    );
    const links = parsed.reduce((n, s) => n + s.links.length, 0);
    const uncertain = parsed.filter((s) => s.uncertain).length;
    sections.push({
      title: `standards catalog (${input.standards.source})`,
      summary: `${parsed.length} standards (${uncertain} uncertain), ${links} links`,
      problems,
    });
  }

  if (input.dataFiles) {
    const problems: Problem[] = [];
    const matching = checkDataFiles(input.dataFiles, systems, invalidSystems, problems);
    sections.push({
      title: `data files (${input.dataFiles.dir})`,
      summary: `${matching} of ${Object.keys(input.dataFiles.expected).length} files equal a fresh build`,
      problems,
    });
  }

  return { ok: sections.every((s) => s.problems.length === 0), sections };
}

export function formatReport(report: SeedCheckReport): string {
  const lines = ['zhiping seeds check', ''];
  for (const section of report.sections) {
    const status = section.problems.length === 0 ? 'ok  ' : 'FAIL';
    lines.push(`${status} ${section.title}`);
    lines.push(`     ${section.summary}`);
    for (const p of section.problems) {
      lines.push(`     ✗ ${p.where}${p.path ? ` › ${p.path}` : ''}: ${p.message}`);
    }
  }
  const count = report.sections.reduce((n, s) => n + s.problems.length, 0);
  lines.push('');
  lines.push(
    report.ok ? 'All seeds are valid.' : `${count} problem${count === 1 ? '' : 's'} found.`,
  );
  return lines.join('\n');
}

/** Reads every file under dir: path relative to dir → content. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

/** Checks the real seeds and the data files in dataDir; returns the report. */
export async function checkRepositorySeeds(dataDir?: string): Promise<SeedCheckReport> {
  // Imported lazily so that a seed that fails to load is reported, not a stack trace.
  const build = await import('./build.ts');
  const dir = dataDir ?? build.DATA_DIR;
  let expected: Record<string, string> | undefined;
  let buildError: string | undefined;
  try {
    expected = build.buildSeedFiles();
  } catch (error) {
    buildError = (error as Error).message;
  }
  const report = checkSeeds({
    indicatorSystems: build.indicatorSystemSeeds,
    standards: build.standardsSeed,
    dataFiles: expected ? { dir: displayPath(dir), expected, actual: readTree(dir) } : undefined,
  });
  if (buildError !== undefined) {
    report.sections.push({
      title: 'data files',
      summary: 'not checked',
      problems: [{ where: 'seeds/build.ts', path: '', message: `the build failed: ${buildError}` }],
    });
    report.ok = false;
  }
  return report;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const report = await checkRepositorySeeds(process.argv[2]);
    console.log(formatReport(report));
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    console.error(
      `seeds check could not load the seeds: ${(error as Error).stack ?? String(error)}`,
    );
    process.exitCode = 1;
  }
}
