import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every environment variable server/src/config.ts reads has a row in the README's
 * configuration table, and the table names none that config.ts does not read (TEST_REDIS_URL
 * and ZHIPING_API_URL are read by the tests and the Vite dev server; they are listed below).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

const OUTSIDE_CONFIG: Record<string, string> = {
  TEST_REDIS_URL: 'tests/server/platform/scale-out.test.ts',
  ZHIPING_API_URL: 'web/vite.config.ts',
};

/** The keys of the zod object `envSchema` in config.ts. */
function configVariables(): string[] {
  const source = read('server/src/config.ts');
  const start = source.indexOf('const envSchema = z.object({');
  expect(start, 'envSchema in config.ts').toBeGreaterThan(0);
  const body = source.slice(start, source.indexOf('\n});', start));
  const names = [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
  // …and nothing read from the environment past the schema.
  expect(source.slice(start)).not.toMatch(/process\.env\.[A-Z]/);
  return names;
}

/** Variable names in the first column of the README's configuration table. */
function documentedVariables(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable')));
  return table
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
}

describe('README configuration table', () => {
  const names = configVariables();
  const documented = documentedVariables();

  test('config.ts reads variables (the parse found them)', () => {
    expect(names.length).toBeGreaterThan(20);
    expect(names).toContain('DATABASE_URL');
  });

  test.each(configVariables())('%s is documented', (name) => {
    expect(documented).toContain(name);
  });

  test('the table documents no variable nobody reads', () => {
    const stale = documented.filter((n) => !names.includes(n) && !(n in OUTSIDE_CONFIG));
    expect(stale).toEqual([]);
    for (const [name, file] of Object.entries(OUTSIDE_CONFIG)) {
      expect(documented, name).toContain(name);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${name} in ${file}`).toContain(name);
    }
  });
});
