import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { depth3Document, named } from '../shared/fixtures.ts';
import { zhiping, zhipingProcess } from './run-cli.ts';

let dir: string;
const file = (name: string) => join(dir, name);

interface ScoreOutput {
  profile: string;
  targetLevel: number;
  level: number;
  score: number;
  levels: { level: number; score: number | null; attained: boolean }[];
  nodes: { id: string; kind: string; score: number | null; level: number | null }[];
  gaps: { requirementId: string; level: number; impact: number }[];
}

const answers = (body: Record<string, unknown>) => ({ format: 'zhiping.answers/1', ...body });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhiping-cli-'));
  writeFileSync(file('system.json'), JSON.stringify(depth3Document()));
  const broken = depth3Document();
  writeFileSync(
    file('broken.json'),
    JSON.stringify({ ...broken, scoring: { threshold: 2 }, profiles: [] }),
  );
  writeFileSync(file('not-json.json'), '{ "format": ');
  // S_1 = 3/8 · (0 + 0.5 + 1)/3 + 3/8 + 1/16 + 3/16 · 0.8 = 0.775 (not attained, n = 0)
  // S_2 = 3/8 + 3/8 · 0.8 + 1/16 + 3/16 = 0.925
  writeFileSync(
    file('answers.json'),
    JSON.stringify(
      answers({
        profile: 'discrete',
        targetLevel: 2,
        answers: {
          's1.1a': 'none',
          's1.1b': 'partial',
          's1.1c': 'full',
          's1.2a': 'full',
          's2.1a': 'full',
          's2.2a': 'most',
          's3.1a': 'full',
          's3.2a': 'full',
          's4.1a': 'most',
          's4.2a': 'full',
          's4.2b': 'full',
        },
      }),
    ),
  );
  writeFileSync(file('na.json'), JSON.stringify(answers({ answers: { 's1.2a': 'na' } })));
  writeFileSync(file('typo.json'), JSON.stringify(answers({ answers: { 's1.2a': 'mostly' } })));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zhiping score', () => {
  test('prints the level, score, level scores, node scores and ordered gaps as JSON', async () => {
    const run = await zhiping('score', file('system.json'), file('answers.json'));
    expect([run.code, run.stderr]).toEqual([0, '']);
    const out = JSON.parse(run.stdout) as ScoreOutput;
    expect(out).toMatchObject({ profile: 'discrete', targetLevel: 2, level: 0, score: 0.775 });
    expect(out.levels.slice(0, 2)).toEqual([
      { level: 1, score: 0.775, attained: false },
      { level: 2, score: 0.925, attained: true },
    ]);
    expect(out.nodes.find((n) => n.id === 's1')).toEqual({
      id: 's1',
      kind: 'subdomain',
      score: 0.5,
      level: 0,
    });
    // Impacts: s1.1a 3/8 · 1/3, s1.1b 3/8 · 0.5/3, s4.1a 3/16 · 0.2, s2.2a 3/8 · 0.2.
    expect(out.gaps).toEqual([
      { requirementId: 's1.1a', level: 1, impact: 0.125 },
      { requirementId: 's1.1b', level: 1, impact: 0.0625 },
      { requirementId: 's4.1a', level: 1, impact: 0.0375 },
      { requirementId: 's2.2a', level: 2, impact: 0.075 },
    ]);
  });

  test('--profile and --target override the answers file', async () => {
    const run = await zhiping(
      'score',
      file('system.json'),
      file('answers.json'),
      '--profile',
      'process',
      '--target=1',
    );
    const out = JSON.parse(run.stdout) as ScoreOutput;
    // Under 'process' s3 is not applicable: L1 gaps are s1.1a, s1.1b and s4.1a.
    expect([out.profile, out.targetLevel, out.gaps.length]).toEqual(['process', 1, 3]);
  });

  test.each(
    named(
      [
        {
          problem: 'a missing file',
          args: ['score', 'system.json', 'missing.json'],
          line: /^zhiping: cannot read .*missing\.json: no such file$/,
        },
        {
          problem: 'a file that is not JSON',
          args: ['score', 'system.json', 'not-json.json'],
          line: /^zhiping: .*not-json\.json is not valid JSON: /,
        },
        {
          problem: 'an invalid indicator system',
          args: ['score', 'broken.json', 'answers.json'],
          line: /^zhiping: .*broken\.json is not a valid indicator system: profiles: .*run `zhiping validate /,
        },
        {
          problem: "an 'na' the requirement does not allow",
          args: ['score', 'system.json', 'na.json', '--profile', 'discrete'],
          line: /^zhiping: .*na\.json: requirement "s1\.2a" does not allow 'na'/,
        },
        {
          problem: 'an answer outside the scale',
          args: ['score', 'system.json', 'typo.json', '--profile', 'discrete'],
          line: /^zhiping: .*typo\.json is not a valid answers file: answers\["s1\.2a"\]: /,
        },
        {
          problem: 'no profile where the system has several',
          args: ['score', 'system.json', 'na.json'],
          line: /^zhiping: choose a profile with --profile .*: one of discrete, process, auto$/,
        },
        {
          problem: 'an unknown profile',
          args: ['score', 'system.json', 'answers.json', '--profile', 'nope'],
          line: /^zhiping: unknown profile "nope"$/,
        },
        {
          problem: 'a target level out of range',
          args: ['score', 'system.json', 'answers.json', '--target', '9'],
          line: /^zhiping: --target must be a level 1\.\.5; got "9"$/,
        },
        {
          problem: 'an unknown command',
          args: ['grade'],
          line: /^zhiping: unknown command "grade"$/,
        },
      ],
      (row) => `${row.problem} exits with 2 and one clear line on stderr`,
    ),
  )('%s', async (_name, { args, line }) => {
    const run = await zhiping(...args.map((a) => (a.endsWith('.json') ? file(a) : a)));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [first] = run.stderr.split('\n');
    expect(first).toMatch(line);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('zhiping validate', () => {
  test('summarizes a valid document', async () => {
    const run = await zhiping('validate', file('system.json'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      valid: true,
      code: 'fixture',
      version: '1',
      nodes: 8,
      subdomains: 4,
      requirements: 24,
      profiles: 3,
    });
  });

  test('lists every issue of an invalid document, one per line', async () => {
    const run = await zhiping('validate', file('broken.json'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `zhiping: ${file('broken.json')} is not a valid indicator system (1 issue)`,
      '  profiles: Too small: expected array to have >=1 items',
    ]);
  });
});

/** The cases above call main() in process; these two run the bin entry as `pnpm zhiping` does. */
describe('the zhiping bin entry in a process of its own', () => {
  test('prints on stdout what main() prints and exits with 0', async () => {
    const args = ['score', file('system.json'), file('answers.json'), '--target', '1'];
    const own = zhipingProcess(...args);
    expect([own.code, own.stderr]).toEqual([0, '']);
    expect(own.stdout).toBe((await zhiping(...args)).stdout);
    expect(JSON.parse(own.stdout)).toMatchObject({ profile: 'discrete', targetLevel: 1 });
  }, 60_000);

  test('bad input exits with 2 and one line on stderr, no stack trace', () => {
    const own = zhipingProcess('validate', file('broken.json'));
    expect(own.code).toBe(2);
    expect(own.stdout).toBe('');
    expect(own.stderr.trim().split('\n')).toEqual([
      `zhiping: ${file('broken.json')} is not a valid indicator system (1 issue)`,
      '  profiles: Too small: expected array to have >=1 items',
    ]);
  }, 60_000);
});
