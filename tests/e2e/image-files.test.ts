import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveTree, indicatorSystemSchema, type EffectiveNode } from '@zhiping/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerOverHttp } from '../support/fixtures.ts';
import { REPO_ROOT, startServer, type ServerProcess } from '../support/server-process.ts';

/**
 * The production image's files without a Docker daemon: scripts/image-assemble.sh (which the
 * Dockerfile's build stage runs after `pnpm build`) lays them out in a temp dir, and the server
 * starts from there alone with NODE_ENV=production, on a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set, else on PGlite. The first admin comes from the CLI in the layout,
 * and a roadmap PDF is rendered with the two fonts the layout keeps.
 */
const out = join(mkdtempSync(join(tmpdir(), 'zp-image-')), 'app');
const JWT_SECRET = 'image-files-test-secret-0123456789abcdef0123';
const base = process.env.TEST_DATABASE_URL;
const dbName = `zp_image_${Date.now()}`;
let databaseUrl: string | undefined;
let server: ServerProcess | undefined;

beforeAll(() => {
  execFileSync('sh', ['scripts/image-assemble.sh', out], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
    timeout: 120_000,
  });
});

afterAll(async () => {
  await server?.stop();
  if (databaseUrl && base) {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
  rmSync(join(out, '..'), { recursive: true, force: true });
});

const list = (dir: string) => readdirSync(join(out, dir)).sort();
const find = (args: string[]) =>
  execFileSync('find', [out, ...args], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

describe('the runtime file set', () => {
  test('bundle, built web app, migrations, reference data and production dependencies only', () => {
    expect(list('.')).toEqual(['migrations', 'seeds', 'server', 'web']);
    expect(list('server')).toEqual(['dist', 'node_modules', 'package.json']);
    expect(list('server/dist').filter((f) => f.endsWith('.mjs'))).toEqual([
      'cli.mjs',
      'server.mjs',
      'xlsx-worker.mjs',
    ]);
    expect(list('web')).toEqual(['dist']);
    expect(list('seeds')).toEqual(['data']);
    expect(list('seeds/data')).not.toContain('examples');
    expect(list('seeds/data')).toContain('cmmm-2020.json');
    expect(list('migrations').filter((f) => f.endsWith('.sql')).length).toBeGreaterThan(1);
  });

  test('no dev dependency, source, test, source map of the web app or secret', () => {
    const installed = readdirSync(join(out, 'server', 'node_modules', '.pnpm'));
    for (const dev of [
      'tsx@',
      'typescript@',
      'vitest@',
      'esbuild@',
      'drizzle-kit@',
      'vite@',
      'eslint@',
      'prettier@',
      'playwright-core@',
    ]) {
      expect(
        installed.filter((p) => p.startsWith(dev)),
        dev,
      ).toEqual([]);
    }
    expect(existsSync(join(out, 'server', 'src'))).toBe(false);
    const own = (args: string[]) =>
      find(['-path', `${out}/server/node_modules`, '-prune', '-o', ...args, '-print']);
    expect(own(['-name', '*.ts'])).toEqual([]);
    expect(find(['-path', `${out}/web/*`, '-name', '*.map'])).toEqual([]);
    expect(
      find(['(', '-name', '.env', '-o', '-name', '.env.*', '-o', '-name', '*.pem', ')']),
    ).toEqual([]);
    const fonts = find(['-name', 'NotoSansSC_*.ttf'])
      .map((f) => f.split('/').at(-1))
      .sort();
    expect(fonts).toEqual(['NotoSansSC_400Regular.ttf', 'NotoSansSC_700Bold.ttf']);
    const kb = Number(execFileSync('du', ['-sk', out], { encoding: 'utf8' }).split('\t')[0]);
    console.log(`image files: ${(kb / 1024).toFixed(0)} MB in ${out}`);
    expect(kb / 1024).toBeLessThan(250);
  });
});

describe('started from the layout alone', () => {
  test('NODE_ENV=production: admin by the CLI, an enterprise registers, submits, and gets its PDF', async () => {
    if (base) {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`create database ${dbName}`);
      await c.end();
      databaseUrl = base.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'zp-image-data-'));
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET,
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const created = spawnSync(
      process.execPath,
      ['server/dist/cli.mjs', 'admin', 'create', '--email', 'ops@example.com'],
      {
        cwd: out,
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
        input: 'Str0ng-first-admin\n',
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    server = await startServer(env, { root: out });
    const call = async (method: string, path: string, body?: unknown, token?: string) => {
      const res = await fetch(`${server!.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res;
    };
    expect((await call('GET', '/api/ready')).status).toBe(200);
    const login = await call('POST', '/api/v1/auth/login', {
      email: 'ops@example.com',
      password: 'Str0ng-first-admin',
    });
    expect(login.status).toBe(200);

    // Registration goes by mail: without SMTP_URL the link is an .eml in DATA_DIR/outbox.
    const { accessToken } = (await registerOverHttp(server.url, join(dataDir, 'outbox'))).session;
    const systems = (await (
      await call('GET', '/api/v1/indicator-systems', undefined, accessToken)
    ).json()) as { items: { id: string; systemCode: string }[] };
    const cmmm = systems.items.find((s) => s.systemCode === 'cmmm-2020')!;
    const started = await call(
      'POST',
      '/api/v1/assessments',
      { versionId: cmmm.id, title: '镜像检查', profileId: 'automotive', targetLevel: 3 },
      accessToken,
    );
    expect(started.status).toBe(201);
    const assessment = (await started.json()) as { id: string; revision: number };
    const doc = (await (
      await call('GET', `/api/v1/indicator-systems/versions/${cmmm.id}`, undefined, accessToken)
    ).json()) as { document: unknown };
    const ids = effectiveTree(indicatorSystemSchema.parse(doc.document), 'automotive').flatMap(
      function walk(n: EffectiveNode): string[] {
        return [...n.requirements.map((r) => r.id), ...n.children.flatMap(walk)];
      },
    );
    const saved = await call(
      'PATCH',
      `/api/v1/assessments/${assessment.id}/answers`,
      {
        revision: assessment.revision,
        answers: ids.map((requirementId, i) => ({
          requirementId,
          choice: ['full', 'most', 'partial'][i % 3],
        })),
      },
      accessToken,
    );
    expect(saved.status).toBe(200);
    const submitted = await call(
      'POST',
      `/api/v1/assessments/${assessment.id}/submit`,
      { revision: ((await saved.json()) as { revision: number }).revision },
      accessToken,
    );
    expect(submitted.status).toBe(200);
    const pdf = await call(
      'GET',
      `/api/v1/assessments/${assessment.id}/roadmap.pdf`,
      undefined,
      accessToken,
    );
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const page = await fetch(`${server.url}/login`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const js = await fetch(`${server.url}${entry}`, { headers: { 'accept-encoding': 'br' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-encoding')).toBe('br');
  }, 180_000); // a CLI run, a first start on a fresh database, a cold PDF: slow on a busy machine
});
