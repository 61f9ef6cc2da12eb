import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The design's boundaries are lint rules (docs/architecture.md, "Lint rules"). Each rule is
 * shown to bite: the real eslint.config.js lints snippets under made-up file names inside the
 * real folders (nothing is written to disk), so the same `files` globs apply as in
 * `pnpm lint`. None of these rules needs type information, and the project service only
 * knows files on disk, so the table runs with typescript-eslint's `disableTypeChecked` on
 * top; the last block runs the ESLint CLI itself, typed, as `pnpm lint` does.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BOUNDARIES = 'zhiping/import-boundaries';
const NON_NULL = '@typescript-eslint/no-non-null-assertion';
const ENV_PROPERTY = 'no-restricted-properties';
const ENV_SYNTAX = 'no-restricted-syntax';
const ENV_IMPORT = 'no-restricted-imports';
const OURS = [BOUNDARIES, NON_NULL, ENV_PROPERTY, ENV_SYNTAX, ENV_IMPORT];
/** The typed CLI run loads shared's whole program. */
const SLOW = 240_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  if (result === undefined) throw new Error(`no lint result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal === true);
  expect(fatal, `${file} must parse`).toEqual([]);
  return result.messages;
}

// [rule, file, code, messageId of the boundary rule when that is the rule]
const violations: [string, string, string, string?][] = [
  // 1. shared imports no app code and no Node API.
  [
    BOUNDARIES,
    'shared/src/scoring/probe.ts',
    "export { buildApp } from '../../../server/src/app.ts';",
    'sharedImportsApp',
  ],
  [
    BOUNDARIES,
    'shared/src/probe.ts',
    "import type { AppConfig } from '@zhiping/server/config';\nexport type C = AppConfig;",
    'sharedImportsApp',
  ],
  [
    BOUNDARIES,
    'shared/src/api/probe.ts',
    "export * from '../../../web/src/lib/api.ts';",
    'sharedImportsApp',
  ],
  [
    BOUNDARIES,
    'shared/src/api/probe.ts',
    "export * from '../../../seeds/standards.ts';",
    'sharedImportsApp',
  ],
  [
    BOUNDARIES,
    'shared/src/api/probe.ts',
    "export * from '../../../tests/shared/fixtures.ts';",
    'sharedImportsApp',
  ],
  [
    BOUNDARIES,
    'shared/src/api/probe.ts',
    "export { readFileSync } from 'node:fs';",
    'sharedNodeApi',
  ],
  // 1. web imports only its own code and @zhiping/shared.
  [
    BOUNDARIES,
    'web/src/features/report/probe.ts',
    "export { loadConfig } from '../../../../server/src/config.ts';",
    'webOutside',
  ],
  [
    BOUNDARIES,
    'web/src/lib/probe.ts',
    "export { loadConfig } from '@zhiping/server/config';",
    'webOutside',
  ],
  [
    BOUNDARIES,
    'web/src/lib/probe.ts',
    "export * from '../../../seeds/standards.ts';",
    'webOutside',
  ],
  [
    BOUNDARIES,
    'web/src/lib/probe.ts',
    "export * from '../../../shared/src/uscc.ts';",
    'webOutside',
  ],
  // 1. no web feature imports another, however the import is written.
  [
    BOUNDARIES,
    'web/src/features/report/routes/probe.tsx',
    "export * from '../../admin/api/keys.ts';",
    'webCrossFeature',
  ],
  [
    BOUNDARIES,
    'web/src/features/report/probe.ts',
    "export const load = () => import('../admin/routes/systems.tsx');",
    'webCrossFeature',
  ],
  [
    BOUNDARIES,
    'web/src/features/questionnaire/components/probe.tsx',
    "export * from '../../quick-scan/api/quick-scan.ts';",
    'webCrossFeature',
  ],
  // 1. shared code → features → app, never back.
  [BOUNDARIES, 'web/src/lib/probe.ts', "export * from '../features/auth/api/keys.ts';", 'webLayer'],
  [
    BOUNDARIES,
    'web/src/components/ui/probe.tsx',
    "export * from '../../app/router.tsx';",
    'webLayer',
  ],
  [
    BOUNDARIES,
    'web/src/features/auth/probe.ts',
    "export * from '../../app/router.tsx';",
    'webLayer',
  ],
  // 1. a server module is entered through its index.ts.
  [
    BOUNDARIES,
    'server/src/modules/roadmap/probe.ts',
    "export * from '../assessments/repository.ts';",
    'moduleInternals',
  ],
  [
    BOUNDARIES,
    'server/src/plugins/probe.ts',
    "export * from '../modules/scoring/score.ts';",
    'moduleInternals',
  ],
  [
    BOUNDARIES,
    'server/src/modules/probe.ts',
    "export * from './auth/service.ts';",
    'moduleInternals',
  ],
  [
    BOUNDARIES,
    'server/src/plugins/probe.ts',
    "export { authRoutes } from '../modules/auth/routes.ts';",
    'moduleInternals',
  ],
  // 2. no non-null assertion in source.
  [NON_NULL, 'shared/src/probe.ts', 'export const first = (xs: number[]) => xs[0]!;'],
  [NON_NULL, 'server/src/lib/probe.ts', 'export const first = (xs: number[]) => xs[0]!;'],
  [NON_NULL, 'web/src/lib/probe.ts', 'export const first = (xs: number[]) => xs[0]!;'],
  // 3. process.env only in server/src/config.ts.
  [ENV_PROPERTY, 'server/src/lib/probe.ts', 'export const port = process.env.PORT;'],
  [ENV_PROPERTY, 'server/src/modules/auth/probe.ts', "export const port = process['env'].PORT;"],
  [
    ENV_PROPERTY,
    'server/src/server-probe.ts',
    'const { env } = process;\nexport const port = env.PORT;',
  ],
  [ENV_SYNTAX, 'server/src/lib/probe.ts', 'export const port = globalThis.process.env.PORT;'],
  [
    ENV_IMPORT,
    'server/src/lib/probe.ts',
    "import { env } from 'node:process';\nexport const port = env.PORT;",
  ],
  [ENV_PROPERTY, 'web/src/lib/probe.ts', 'export const mode = process.env.NODE_ENV;'],
  [ENV_PROPERTY, 'shared/src/probe.ts', 'export const mode = process.env.NODE_ENV;'],
];

const compliant: [string, string][] = [
  [
    'shared/src/api/probe.ts',
    "import { z } from 'zod';\nimport { LEVELS } from '../indicator-system/schema.ts';\nexport const level = z.number().int().max(LEVELS.length);",
  ],
  ['shared/src/probe.ts', "export { missing } from './invariant.ts';"],
  [
    'web/src/features/report/routes/probe.tsx',
    "export * from '@zhiping/shared/api/reports';\nexport * from '../components/score-badge.tsx';\nexport * from '../../../components/ui/button.tsx';\nexport * from '../../../lib/api.ts';",
  ],
  [
    'web/src/app/probe.tsx',
    "export const load = () => import('../features/report/routes/report.tsx');",
  ],
  ['web/src/lib/probe.ts', 'export const dev = import.meta.env.DEV;'],
  // The exceptions listed in eslint.config.js, and only those.
  [
    'web/src/features/questionnaire/routes/questionnaire.tsx',
    "export * from '../../quick-scan/api/quick-scan.ts';",
  ],
  [
    'server/src/modules/reports/probe.ts',
    "export * from '../scoring/index.ts';\nexport * from '../benchmarks/index.ts';\nexport * from '../../lib/audit.ts';\nexport * from './service.ts';",
  ],
  // The registry mounts each module's route plugins.
  [
    'server/src/modules/index.ts',
    "export { authRoutes } from './auth/routes.ts';\nexport { accountRoutes } from './auth/account-routes.ts';",
  ],
  [
    'server/src/app-probe.ts',
    "export * from './modules/scoring/index.ts';\nexport * from './modules/scoring';",
  ],
  ['server/src/config.ts', 'export const port = process.env.PORT;'],
  ['server/src/lib/probe.ts', 'export const first = (xs: number[]) => xs[0] ?? null;'],
  [
    'tests/server/probe.test.ts',
    'export const port = process.env.PORT;\nexport const first = (xs: number[]) => xs[0]!;',
  ],
  [
    'scripts/probe.ts',
    'export const port = process.env.PORT;\nexport const first = (xs: number[]) => xs[0]!;',
  ],
];

describe('lint rules of the design', { timeout: SLOW }, () => {
  test.each(violations)('%s fires on %s: %s', async (rule, file, code, messageId) => {
    const messages = await lint(file, code);
    const hits = messages.filter((m) => m.ruleId === rule);
    expect(hits.length, JSON.stringify(messages, null, 1)).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(2);
    if (messageId !== undefined) expect(hits.map((m) => m.messageId)).toContain(messageId);
  });

  test.each(compliant)('none of the boundary rules fires on %s: %s', async (file, code) => {
    const messages = await lint(file, code);
    expect(messages.filter((m) => OURS.includes(m.ruleId ?? ''))).toEqual([]);
  });

  test('none of the probe paths is ignored, so `eslint .` lints files there', async () => {
    for (const [, file] of violations)
      expect(await eslint.isPathIgnored(join(ROOT, file))).toBe(false);
  });
});

describe('pnpm lint', { timeout: SLOW }, () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('eslint/package.json')),
    'bin/eslint.js',
  );
  /** The ESLint CLI as `pnpm lint` runs it (typed), on a real file's path with `code` as its text. */
  const cli = (file: string, code: string) =>
    spawnSync(process.execPath, [bin, '--max-warnings', '0', '--stdin', '--stdin-filename', file], {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
    });

  test('runs eslint over the whole repository with no warnings allowed', () => {
    expect(pkg.scripts.lint).toMatch(/^eslint \. --max-warnings 0 && /);
  });

  test('fails on a deliberate violation and passes without it', () => {
    const file = 'shared/src/uscc.ts';
    const text = readFileSync(join(ROOT, file), 'utf8');
    const good = cli(file, text);
    expect(good.status, good.stdout + good.stderr).toBe(0);

    const bad = cli(
      file,
      `import { readFileSync } from 'node:fs';\n${text}\nexport { readFileSync };\n`,
    );
    expect(bad.status, bad.stderr).toBe(1);
    expect(bad.stdout).toContain(BOUNDARIES);
    expect(bad.stdout).not.toContain('Parsing error');
  });
});
