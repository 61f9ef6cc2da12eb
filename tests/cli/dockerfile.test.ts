import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * No Docker daemon here or in CI: the image's stages are checked by reading the Dockerfile
 * (docs/decisions.md, "The image"). What the build stage lays out is checked by running the
 * same script in tests/e2e/image-files.test.ts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  body: Instruction[];
}

function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ') // line continuations
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: m?.[1] ?? args, name: m?.[2], body: [] });
    } else {
      stages.at(-1)?.body.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const build = stages[0]!;
const runtime = stages.at(-1)!;
const all = (stage: Stage, op: string) => stage.body.filter((i) => i.op === op);

describe('Dockerfile', () => {
  test('two stages on the same Node base: a build stage and the runtime stage', () => {
    expect(stages).toHaveLength(2);
    expect(build.name).toBe('build');
    expect(runtime.name).toBe('runtime');
    expect(runtime.from).toBe(build.from);
    expect(build.from).toMatch(/^node:20\b/);
  });

  test('the build stage installs from the lockfile, builds, and lays out the runtime files', () => {
    const runs = all(build, 'RUN').map((i) => i.args);
    expect(runs.some((r) => r.includes('pnpm install --frozen-lockfile'))).toBe(true);
    expect(runs.some((r) => /pnpm build && sh scripts\/image-assemble\.sh \/out/.test(r))).toBe(
      true,
    );
    expect(read('scripts/image-assemble.sh')).toMatch(
      /pnpm --filter @zhiping\/server deploy --prod/,
    );
  });

  test('the runtime stage copies only the laid-out files from the build stage', () => {
    const copies = all(runtime, 'COPY');
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(c.args).toMatch(/^--from=build\s+\/out\s/);
    expect(all(runtime, 'ADD')).toEqual([]);
    // no package manager, no install, no build in the runtime stage
    for (const r of all(runtime, 'RUN')) expect(r.args).not.toMatch(/\b(pnpm|npm|yarn|npx)\b/);
  });

  test('it runs as a non-root user, the bundle with plain Node, in production mode', () => {
    const users = all(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    // USER comes before the command and after the last RUN (which may need root)
    const ops = runtime.body.map((i) => i.op);
    expect(ops.lastIndexOf('USER')).toBeGreaterThan(ops.lastIndexOf('RUN'));
    const cmd = JSON.parse(all(runtime, 'CMD').at(-1)!.args) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('server/dist/server.mjs');
    expect(
      all(runtime, 'ENV')
        .map((e) => e.args)
        .join(' '),
    ).toMatch(/NODE_ENV=production/);
  });

  test('secrets stay out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const p of ['.env', '.env.*', '*.pem', '*.key', 'data', 'node_modules', '.git']) {
      expect(ignored, p).toContain(p);
    }
  });

  test('the fonts the image keeps are the ones the PDF renderer loads', () => {
    const used = [...read('server/src/pdf/fonts.ts').matchAll(/\/(NotoSansSC_\w+\.ttf)'/g)].map(
      (m) => m[1],
    );
    expect(used).toHaveLength(2);
    const kept = [
      ...read('scripts/image-assemble.sh').matchAll(/! -name (NotoSansSC_\w+\.ttf)/g),
    ].map((m) => m[1]);
    expect(kept.sort()).toEqual(used.sort());
  });
});
