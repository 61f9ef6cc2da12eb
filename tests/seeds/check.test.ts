import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndicatorSystem, StandardInput } from '@zhiping/shared';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSeedFiles, DATA_DIR } from '../../seeds/build.ts';
import { checkSeeds, formatReport, type SeedCheckInput } from '../../seeds/check.ts';
import { ROOT, seedInput, subdomainsOf } from './helpers.ts';

type Corruption = (input: SeedCheckInput) => void;

const system = (input: SeedCheckInput, code: string) =>
  input.indicatorSystems.map((s) => s.document as IndicatorSystem).find((d) => d.code === code)!;
const standardsOf = (input: SeedCheckInput) => input.standards.entries as StandardInput[];
const subdomain = (input: SeedCheckInput, code: string, id: string) =>
  subdomainsOf(system(input, code)).find((s) => s.id === id)!;

function problemsOf(input: SeedCheckInput): string[] {
  return checkSeeds(input).sections.flatMap((s) =>
    s.problems.map((p) => `${p.where} › ${p.path}: ${p.message}`),
  );
}

describe('checkSeeds on the real seeds', () => {
  test('passes without a single problem', () => {
    const report = checkSeeds(seedInput());
    expect(formatReport(report)).toContain('All seeds are valid.');
    expect(report.ok).toBe(true);
  });
});

const corruptions: [string, Corruption, RegExp][] = [
  [
    'a requirement id used twice in cmmm-2020',
    (input) => {
      const s = subdomain(input, 'cmmm-2020', 'data');
      s.requirements![1]!.id = s.requirements![0]!.id;
    },
    /cmmm-2020 › .*requirements\[1\]\.id: duplicate id "data\.L1\.01"/,
  ],
  [
    'a draft-2024 sub-domain with no requirement at level 4',
    (input) => {
      const s = subdomain(input, 'cmmm-draft-2024', 'lean');
      s.requirements = s.requirements!.filter((r) => r.level !== 4);
    },
    /sub-domain "lean" has no requirement at level 4/,
  ],
  [
    'a cmmm-2020 sub-domain with a single requirement at level 2',
    (input) => {
      const s = subdomain(input, 'cmmm-2020', 'logistics');
      const firstL2 = s.requirements!.findIndex((r) => r.level === 2);
      s.requirements = s.requirements!.filter((r, i) => r.level !== 2 || i === firstL2);
    },
    /sub-domain logistics: needs at least 2 requirements per level; short at level 2/,
  ],
  [
    'a profile weight of zero',
    (input) => {
      system(input, 'cmmm-draft-2024').profiles[1]!.weights['d-rnd'] = 0;
    },
    /cmmm-draft-2024 › profiles\[1\]\.weights\["d-rnd"\]: weights are positive/,
  ],
  [
    'a profile weight for a node that does not exist',
    (input) => {
      system(input, 'cmmm-2020').profiles[0]!.weights['no-such-node'] = 1;
    },
    /"no-such-node" is not a node of the tree/,
  ],
  [
    'an industry profile missing from cmmm-2020',
    (input) => {
      const s = system(input, 'cmmm-2020');
      s.profiles = s.profiles.filter((p) => p.industry !== 'textile');
    },
    /no industry profile for: textile/,
  ],
  [
    'an industry profile whose production type contradicts its base',
    (input) => {
      const steel = system(input, 'cmmm-2020').profiles.find((p) => p.industry === 'steel')!;
      steel.productionType = 'discrete';
    },
    /productionType: is "discrete" but its base "process" is "process"/,
  ],
  [
    'a draft-2024 tree that lost a domain',
    (input) => {
      const s = system(input, 'cmmm-draft-2024');
      const business = s.tree.find((d) => d.id === 'd-business')!;
      s.tree.find((d) => d.id === 'd-production')!.children!.push(...business.children!);
      s.tree = s.tree.filter((d) => d !== business);
      for (const p of s.profiles) delete p.weights['d-business'];
    },
    /expected 5 domains, found 4/,
  ],
  [
    'a changed answer scale',
    (input) => {
      system(input, 'cmmm-2020').scoring.answerScale.most = 0.75;
    },
    /expected the standard scoring block/,
  ],
  [
    'two standards with the same number',
    (input) => {
      standardsOf(input)[5]!.number = standardsOf(input)[4]!.number;
    },
    /duplicate standard number \(first at \[4\]\)/,
  ],
  [
    'a standard linked to a sub-domain that does not exist',
    (input) => {
      standardsOf(input)[0]!.links![0]!.subdomainId = 'strategic-planning';
    },
    /links\[0\]: "strategic-planning" is not a sub-domain of cmmm-2020/,
  ],
  [
    'a standard linked to a domain instead of a sub-domain',
    (input) => {
      standardsOf(input)[0]!.links![0]!.subdomainId = 'd-strategy';
    },
    /"d-strategy" is not a sub-domain of cmmm-2020/,
  ],
  [
    'a standard linked to an unknown indicator system',
    (input) => {
      standardsOf(input)[0]!.links![0]!.systemCode = 'cmmm-2016';
    },
    /systemCode "cmmm-2016" is not a known indicator system/,
  ],
  [
    'a standard with a framework code outside the guide',
    (input) => {
      standardsOf(input)[2]!.frameworkCode = 'management';
    },
    /frameworkCode: a framework code such as AE or BC/,
  ],
  [
    'a confirmed standard without links',
    (input) => {
      standardsOf(input)[3]!.links = [];
    },
    /a confirmed standard must link to at least one sub-domain/,
  ],
  [
    'a link whose level band is upside down',
    (input) => {
      Object.assign(standardsOf(input)[4]!.links![0]!, { minLevel: 4, maxLevel: 2 });
    },
    /links\.0\.maxLevel: minLevel must not exceed maxLevel/,
  ],
  [
    'a standard for an unknown production type',
    (input) => {
      (standardsOf(input)[4]! as { productionTypes: string[] }).productionTypes = ['batch'];
    },
    /productionTypes\.0/,
  ],
  [
    'a 2020 sub-domain no confirmed standard reaches (仓储配送 without its links)',
    (input) => {
      for (const st of standardsOf(input)) {
        st.links = (st.links ?? []).filter((l) => l.subdomainId !== 'warehousing');
      }
    },
    /cmmm-2020 sub-domain "warehousing" reaches no confirmed standard for discrete enterprises/,
  ],
  [
    'a sub-domain said to have no national standard that has one',
    (input) => {
      standardsOf(input)[0]!.links!.push({
        systemCode: 'cmmm-2020',
        subdomainId: 'skills',
        reason: { zh: '测试', en: 'test' },
      });
    },
    /"skills" is listed in NO_NATIONAL_STANDARD but a confirmed standard links to it/,
  ],
  [
    'the process-only energy standard made the only energy standard for discrete ones',
    (input) => {
      for (const st of standardsOf(input)) {
        if (st.number !== 'GB/T 38848-2020') {
          st.links = (st.links ?? []).filter((l) => l.subdomainId !== 'energy');
        }
      }
    },
    /"energy" reaches no confirmed standard for discrete enterprises/,
  ],
  [
    'a cmmm-2020 sub-domain without a quick-scan item',
    (input) => {
      const qs = system(input, 'cmmm-2020').quickScan!;
      qs.items = qs.items.filter((i) => i.subdomainId !== 'energy');
    },
    /cmmm-2020 › quickScan\.items: no quick-scan item for sub-domain "energy"/,
  ],
  [
    'two quick-scan items for one draft-2024 sub-domain',
    (input) => {
      const qs = system(input, 'cmmm-draft-2024').quickScan!;
      qs.items[1] = { ...qs.items[1]!, subdomainId: qs.items[0]!.subdomainId };
    },
    /quickScan\.items\[1\]\.subdomainId: a second quick-scan item for "strategy"/,
  ],
  [
    'quick-scan options out of level order',
    (input) => {
      const item = system(input, 'cmmm-2020').quickScan!.items[3]!;
      item.options = [item.options[1]!, item.options[0]!, ...item.options.slice(2)];
    },
    /quickScan\.items\[3\]\.options\[0\]\.level: options are in level order/,
  ],
  [
    'a quick-scan item with four options',
    (input) => {
      const item = system(input, 'cmmm-2020').quickScan!.items[0]!;
      item.options = item.options.slice(0, 4);
    },
    /quickScan\.items\[0\]\.options/,
  ],
  [
    'a quick-scan item naming a domain instead of a sub-domain',
    (input) => {
      system(input, 'cmmm-2020').quickScan!.items[0]!.subdomainId = 'd-strategy';
    },
    /"d-strategy" is not a sub-domain/,
  ],
  [
    'two quick-scan options with the same text',
    (input) => {
      const item = system(input, 'cmmm-draft-2024').quickScan!.items[2]!;
      item.options[4]!.text.en = item.options[3]!.text.en;
    },
    /two options of "lean" read the same \(en\)/,
  ],
  [
    'a seeded model without quick-scan items',
    (input) => {
      delete system(input, 'cmmm-draft-2024').quickScan;
    },
    /cmmm-draft-2024 › quickScan: a seeded model needs quick-scan items/,
  ],
];

describe('checkSeeds reports a corrupted seed', () => {
  test.each(corruptions)('%s', (_name, corrupt, expected) => {
    const input = seedInput();
    corrupt(input);
    const report = checkSeeds(input);
    expect(report.ok).toBe(false);
    expect(problemsOf(input).join('\n')).toMatch(expected);
  });
});

describe('checkSeeds keeps one broken model from drowning the report', () => {
  test('links to an invalid model are reported once, not once per standard', () => {
    const input = seedInput();
    system(input, 'cmmm-draft-2024').format =
      'zhiping.indicator-system/0' as 'zhiping.indicator-system/1';
    const standardsSection = checkSeeds(input).sections.find((s) =>
      s.title.startsWith('standards'),
    )!;
    expect(standardsSection.problems.map((p) => p.message)).toEqual([
      'links to cmmm-draft-2024 not checked: that indicator system is invalid',
    ]);
  });
});

describe('checkSeeds compares the data files with a fresh build', () => {
  const expected = buildSeedFiles();
  const withFiles = (actual: Record<string, string | undefined>): SeedCheckInput => ({
    ...seedInput(),
    dataFiles: { dir: 'seeds/data', expected, actual },
  });

  test('identical files pass', () => {
    expect(checkSeeds(withFiles({ ...expected })).ok).toBe(true);
  });

  test('a hand-edited file is reported with the first differing line', () => {
    const edited = expected['cmmm-2020.json']!.replace('"threshold": 0.8', '"threshold": 0.7');
    const problems = problemsOf(withFiles({ ...expected, 'cmmm-2020.json': edited }));
    expect(problems.join('\n')).toMatch(
      /seeds\/data\/cmmm-2020\.json › : differs from a fresh build \(line \d+: expected "threshold": 0\.8, — found "threshold": 0\.7,\)/,
    );
  });

  test('a missing file is reported', () => {
    const actual: Record<string, string | undefined> = { ...expected };
    delete actual['standards.json'];
    expect(problemsOf(withFiles(actual)).join('\n')).toMatch(
      /seeds\/data\/standards\.json › : missing: run `pnpm tsx seeds\/build\.ts`/,
    );
  });

  test('a stray file is reported', () => {
    const problems = problemsOf(withFiles({ ...expected, 'old.json': '{}' }));
    expect(problems.join('\n')).toMatch(/old\.json › : not produced by seeds\/build\.ts/);
  });

  test('an answers file naming an unknown requirement is reported', () => {
    const path = 'examples/answers-cmmm-2020-sample.json';
    const doc = JSON.parse(expected[path]!) as { answers: Record<string, string> };
    doc.answers['strategy.L9.01'] = 'full';
    const problems = problemsOf(withFiles({ ...expected, [path]: JSON.stringify(doc) }));
    expect(problems.join('\n')).toMatch(/answers\.strategy\.L9\.01: .*strategy\.L9\.01/);
  });
});

describe('pnpm seeds:check as a process', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const run = (...args: string[]) =>
    spawnSync(tsx, ['seeds/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const temp = mkdtempSync(join(tmpdir(), 'zhiping-seeds-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('exits 0 on the committed seeds', () => {
    const result = run();
    expect(result.stdout).toContain('All seeds are valid.');
    expect(result.status).toBe(0);
  }, 60_000);

  test('exits 1 with a clear message on a corrupted copy of the data', () => {
    const dir = join(temp, 'data');
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'cmmm-2020.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as IndicatorSystem;
    const strategy = doc.tree[0]!.children![0]!.children![0]!;
    strategy.requirements = strategy.requirements!.filter((r) => r.level !== 5);
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);

    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL data files/);
    expect(result.stdout).toMatch(
      /cmmm-2020\.json › tree\[0\]\.children\[0\]\.children\[0\]\.requirements: sub-domain "strategy" has no requirement at level 5/,
    );
    expect(result.stdout).toMatch(/cmmm-2020\.json: differs from a fresh build \(line \d+/);
    expect(result.stdout).toMatch(/\d+ problems? found\./);
  }, 60_000);
});
