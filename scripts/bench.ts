/**
 * `pnpm bench`: the performance figures of docs/performance.md, from one run.
 *
 * Runs the real server as a child process (PostgreSQL when DATABASE_URL is set — in a fresh
 * database created beside it and dropped afterwards — else PGlite in a temp dir), loads it from
 * this process with autocannon, and writes docs/performance.md. Bounded: about 2–4 minutes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { Bench } from 'tinybench';
import { startServer, REPO_ROOT, type ServerProcess } from '../tests/support/server-process.ts';
import { httpClient, type HttpClient } from '../tests/support/http.ts';
import { registerOverHttp } from '../tests/support/fixtures.ts';
import { effectiveTree, indicatorSystemSchema } from '../shared/src/index.ts';
import { openDatabase } from '../server/src/db/client.ts';
import { peerCountsQuery } from '../server/src/modules/benchmarks/index.ts';
import { benchEngine } from './bench-engine-lib.ts';
import { webTransfer } from './bench-web-lib.ts';
import { quickScanResultTiming } from './bench-quick-scan-lib.ts';
import { benchSessionCheck } from './bench-session-lib.ts';
import { FAST_SAVE_MANY_SQL } from '../server/src/modules/assessments/fast-save.ts';

const CONNECTIONS = 50;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const PEER_ROWS = Number(process.env.BENCH_PEERS ?? 100_000);

interface Figure {
  name: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const figures: Figure[] = [];
const notes: string[] = [];
let peerPlan: string | null = null;
const fig = (name: string, value: string, budget: string, ok: boolean | null) => {
  figures.push({ name, value, budget, ok });
  console.log(`${ok === null ? '·' : ok ? '✓' : '✗'} ${name}: ${value} (budget ${budget})`);
};

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Times n sequential requests after `warmup` untimed ones (steady state, not first calls). */
async function timeRequests(n: number, run: () => Promise<void>, warmup = 20) {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function freshDatabase(adminUrl: string) {
  const name = `zp_bench_${Date.now()}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    async drop() {
      const d = new pg.Client({ connectionString: adminUrl });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

interface Enterprise {
  api: HttpClient;
  assessmentId: string;
  requirementIds: string[];
  revision: number;
}

async function setupEnterprises(url: string, dataDir: string, n: number): Promise<Enterprise[]> {
  const out: Enterprise[] = [];
  for (let i = 0; i < n; i++) {
    const api = httpClient(url);
    // Registration confirms by mail: the link is read from the server's outbox.
    api.token = (await registerOverHttp(url, join(dataDir, 'outbox'))).session.accessToken;
    const versions = await api.call<{ items: { id: string; systemCode: string }[] }>(
      'GET',
      '/api/v1/indicator-systems',
    );
    const version = versions.body.items.find((v) => v.systemCode === 'cmmm-2020')!;
    const created = await api.call<{ id: string; revision: number }>(
      'POST',
      '/api/v1/assessments',
      {
        versionId: version.id,
        title: `bench ${i}`,
        profileId: 'automotive',
        targetLevel: 3,
      },
    );
    const doc = await api.call<{ document: unknown }>(
      'GET',
      `/api/v1/indicator-systems/versions/${version.id}`,
    );
    const requirementIds = effectiveTree(
      indicatorSystemSchema.parse(doc.body.document),
      'automotive',
    ).flatMap(function ids(n): string[] {
      return [...n.requirements.map((r) => r.id), ...n.children.flatMap(ids)];
    });
    out.push({
      api,
      assessmentId: created.body.id,
      requirementIds,
      revision: created.body.revision,
    });
  }
  return out;
}

/** Autosave under load: each connection saves batches of 5 answers to its own assessment. */
async function autosaveLoad(server: ServerProcess, enterprises: Enterprise[]) {
  let next = 0;
  let rssPeak = 0;
  let conflicts = 0;
  const busy = new Set<number>();
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(server.child.pid!))), 250);
  const choices = ['full', 'most', 'partial', 'none'];
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    requests: [
      {
        method: 'PATCH',
        setupRequest: (req, ctx: object) => {
          const context = ctx as Record<string, unknown>;
          // autocannon resets `context` after every request, so a connection cannot keep its
          // own assessment; instead each request takes an assessment no other request holds.
          let pick = next++ % enterprises.length;
          while (busy.has(pick)) pick = next++ % enterprises.length;
          busy.add(pick);
          context.e = pick;
          const e = enterprises[context.e as number]!;
          const k = ((context.k as number | undefined) ?? 0) + 1;
          context.k = k;
          const answers = Array.from({ length: 5 }, (_, j) => ({
            requirementId: e.requirementIds[(k * 5 + j) % e.requirementIds.length]!,
            choice: choices[(k + j) % 4],
          }));
          return {
            ...req,
            path: `/api/v1/assessments/${e.assessmentId}/answers`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${e.api.token}` },
            body: JSON.stringify({ revision: e.revision, answers }),
          };
        },
        onResponse: (status, body, ctx: object) => {
          const context = ctx as Record<string, unknown>;
          const e = enterprises[context.e as number]!;
          busy.delete(context.e as number);
          // A 409 carries the current revision: the client merges and goes on, as the web app does.
          if (status === 200) e.revision = (JSON.parse(body) as { revision: number }).revision;
          else if (status === 409) {
            conflicts++;
            e.revision = (JSON.parse(body) as { currentRevision: number }).currentRevision;
          }
        },
      },
    ],
  });
  clearInterval(sampler);
  return { result, rssPeak, conflicts };
}

async function pgbenchTps(adminUrl: string): Promise<number | null> {
  const db = await freshDatabase(adminUrl);
  const u = new URL(db.url);
  const args = [
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    decodeURIComponent(u.username || 'postgres'),
  ];
  try {
    execFileSync('pgbench', [...args, '-i', '-q', '-s', '1', db.name], { stdio: 'ignore' });
    const out = execFileSync(
      'pgbench',
      [...args, '-N', '-c', String(CONNECTIONS), '-j', '2', '-T', String(LOAD_SECONDS), db.name],
      { encoding: 'utf8' },
    );
    const m = /tps = ([\d.]+)/.exec(out);
    return m ? Number(m[1]) : null;
  } finally {
    await db.drop();
  }
}

/**
 * The database's side of autosave alone: the autosave statement run by pgbench as a prepared
 * statement at the same concurrency, each client on its own assessment with a batch of 5
 * answers. The only change to the statement is the revision check (pgbench cannot carry the
 * revision from one save to the next), so every run claims, merges, audits and commits as a
 * save does. Its rate against pgbench -N is the ceiling the whole request path can reach.
 */
async function statementTps(dbUrl: string, enterprises: Enterprise[]): Promise<number | null> {
  const u = new URL(dbUrl);
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    await c.query(
      `CREATE TABLE zp_bench_clients AS
       SELECT (row_number() OVER (ORDER BY a.id)) - 1 AS n, a.id, a.organization_id AS org,
         (SELECT u.id FROM users u WHERE u.organization_id = a.organization_id LIMIT 1) AS user_id
       FROM assessments a WHERE a.id = ANY($1::uuid[])`,
      [enterprises.map((e) => e.assessmentId)],
    );
    const batch = JSON.stringify(
      enterprises[0]!.requirementIds.slice(0, 5).map((requirementId) => ({
        requirementId,
        choice: 'full',
      })),
    ).replace(/'/g, "''");
    // One save per client, as the server sends a save alone when it is not under load.
    const save = `(SELECT jsonb_build_array(jsonb_build_object('i', 0, 'a', id, 'o', org, 'r', 0,
      'u', user_id, 'role', 'respondent', 'ip', '127.0.0.1', 'req', 'bench', 'k', 0,
      'answers', '${batch}'::jsonb)) FROM zp_bench_clients WHERE n = :client_id)`;
    const script = FAST_SAVE_MANY_SQL.replace('AND a.revision = s.rev', '').replace(
      '$1::jsonb',
      save,
    );
    if (/\$\d/.test(script)) throw new Error('statementTps: a parameter was left in the script');
    const file = join(mkdtempSync(join(os.tmpdir(), 'zp-pgbench-')), 'autosave.sql');
    writeFileSync(file, script.replace(/\s+/g, ' ').trim() + ';\n');
    const out = execFileSync(
      'pgbench',
      [
        ...['-h', u.hostname, '-p', u.port || '5432'],
        ...['-U', decodeURIComponent(u.username || 'postgres')],
        ...['-n', '-M', 'prepared', '-f', file, '-c', String(CONNECTIONS), '-j', '2'],
        ...['-T', String(LOAD_SECONDS), u.pathname.slice(1)],
      ],
      // As the server's connections run (no JIT: see server/src/db/client.ts).
      { encoding: 'utf8', env: { ...process.env, PGOPTIONS: '-c jit=off' } },
    );
    const m = /tps = ([\d.]+)/.exec(out);
    return m ? Number(m[1]) : null;
  } finally {
    await c.query('DROP TABLE IF EXISTS zp_bench_clients').catch(() => undefined);
    await c.end();
  }
}

async function main() {
  const started = Date.now();
  const adminUrl = process.env.DATABASE_URL;
  const db = adminUrl ? await freshDatabase(adminUrl) : null;
  const env: Record<string, string> = {
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-only-secret-0123456789-0123456789-abcdef',
    ...(db
      ? { DATABASE_URL: db.url, DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? '12' }
      : { DATA_DIR: mkdtempSync(join(os.tmpdir(), 'zp-bench-')) }),
  };
  const dbName = db ? 'PostgreSQL' : 'PGlite';
  console.log(
    `zhiping bench on ${dbName}, ${os.cpus().length} cores, ${CONNECTIONS} connections, ${LOAD_SECONDS} s per load`,
  );
  // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const server = await startServer(env, { nodeArgs, bundled: true });
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const idleRss = rssMb(server.child.pid!);
    const enterprises = await setupEnterprises(server.url, server.dataDir, CONNECTIONS);

    // 1. Autosave, health, pgbench.
    const { result: save, rssPeak, conflicts } = await autosaveLoad(server, enterprises);
    const health = await autocannon({
      url: `${server.url}/api/health`,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
    });
    const saveRps = save.requests.average;
    const healthRps = health.requests.average;
    const non2xx = save.non2xx;
    fig(
      'autosave throughput',
      `${saveRps.toFixed(0)} req/s (${save.requests.total} batches of 5 answers; ${non2xx} non-2xx, of which ${conflicts} revision conflicts)`,
      '—',
      null,
    );
    fig(
      'autosave latency p50 / p99',
      `${save.latency.p50} / ${save.latency.p99} ms`,
      'p99 ≤ 50 ms',
      save.latency.p99 <= 50,
    );
    fig(
      'health throughput',
      `${healthRps.toFixed(0)} req/s (p99 ${health.latency.p99} ms)`,
      '—',
      null,
    );
    fig(
      'autosave / health',
      `${((100 * saveRps) / healthRps).toFixed(1)} %`,
      '≥ 10 %',
      saveRps / healthRps >= 0.1,
    );
    if (adminUrl && db) {
      const tps = await pgbenchTps(adminUrl);
      if (tps) {
        fig('pgbench -N tps (same concurrency)', tps.toFixed(0), '—', null);
        fig(
          'autosave / pgbench -N',
          `${((100 * saveRps) / tps).toFixed(1)} %`,
          '≥ 50 %',
          saveRps / tps >= 0.5,
        );
        const stmt = await statementTps(db.url, enterprises);
        if (stmt)
          fig(
            'autosave statement alone (pgbench -M prepared) / pgbench -N',
            `${stmt.toFixed(0)} tps = ${((100 * stmt) / tps).toFixed(1)} %`,
            '—',
            null,
          );
      }
    } else notes.push('pgbench ratio: only on PostgreSQL (run with DATABASE_URL).');

    // 2. Report of a completed assessment.
    const e0 = enterprises[0]!;
    const all = e0.requirementIds.map((requirementId, i) => ({
      requirementId,
      choice: ['full', 'most', 'partial', 'none'][i % 4],
    }));
    const fresh = await e0.api.call<{ revision: number }>(
      'GET',
      `/api/v1/assessments/${e0.assessmentId}/answers`,
    );
    const saved = await e0.api.call<{ revision: number }>(
      'PATCH',
      `/api/v1/assessments/${e0.assessmentId}/answers`,
      { revision: fresh.body.revision, answers: all },
    );
    const submit = await e0.api.call('POST', `/api/v1/assessments/${e0.assessmentId}/submit`, {
      revision: saved.body.revision,
    });
    if (submit.status !== 200)
      throw new Error(`submit: ${submit.status} ${JSON.stringify(submit.body)}`);
    const report = await timeRequests(200, async () => {
      const r = await e0.api.call('GET', `/api/v1/assessments/${e0.assessmentId}/report`);
      if (r.status !== 200) throw new Error(`report: ${r.status}`);
    });
    fig(
      'report JSON p50 / p99',
      `${report.p50.toFixed(1)} / ${report.p99.toFixed(1)} ms`,
      'p50 ≤ 10 ms',
      report.p50 <= 10,
    );

    // 2b. The quick-scan result (anonymous, by its token): never a report snapshot.
    const quick = await quickScanResultTiming(server.url);
    fig(
      'quick-scan result p50 / p99',
      `${quick.p50.toFixed(2)} / ${quick.p99.toFixed(2)} ms`,
      'p50 ≤ 5 ms',
      quick.p50 <= 5,
    );

    // 3. PDF.
    let pdfBytes = 0;
    const pdf = await timeRequests(
      20,
      async () => {
        const r = await fetch(`${server.url}/api/v1/assessments/${e0.assessmentId}/roadmap.pdf`, {
          headers: { authorization: `Bearer ${e0.api.token}` },
        });
        if (r.status !== 200) throw new Error(`pdf: ${r.status}`);
        pdfBytes = (await r.arrayBuffer()).byteLength;
      },
      3,
    );
    // The route's default is the board edition (issue #16: board p50 ≤ 300 ms).
    fig(
      'roadmap PDF (board edition) p50 / p99',
      `${pdf.p50.toFixed(0)} / ${pdf.p99.toFixed(0)} ms`,
      'p50 ≤ 300 ms',
      pdf.p50 <= 300,
    );
    fig(
      'roadmap PDF size',
      `${(pdfBytes / 1024).toFixed(0)} KB`,
      '≤ 1 MB',
      pdfBytes <= 1024 * 1024,
    );

    // 4. Peer benchmark with PEER_ROWS submitted assessments.
    if (db) {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const t = Date.now();
      await generatePeers(c, PEER_ROWS);
      peerPlan = await explainPeerQuery(db.url);
      notes.push(
        `Loaded ${PEER_ROWS} submitted assessments in ${((Date.now() - t) / 1000).toFixed(1)} s (generate_series, not part of the figure).`,
      );
      await c.end();
    } else
      notes.push(
        'Peer benchmark at scale: measured on PostgreSQL (run with DATABASE_URL); PGlite runs skip the 100k load.',
      );
    const bench = await timeRequests(100, async () => {
      const r = await e0.api.call('GET', `/api/v1/assessments/${e0.assessmentId}/benchmark`);
      if (r.status !== 200) throw new Error(`benchmark: ${r.status}`);
    });
    fig(
      `peer benchmark p50 / p99 (${db ? PEER_ROWS : 'few'} peers)`,
      `${bench.p50.toFixed(1)} / ${bench.p99.toFixed(1)} ms`,
      'p50 ≤ 50 ms',
      bench.p50 <= 50,
    );

    // 5. Engine.
    const engine = await benchEngine(new Bench({ time: 2000 }));
    fig(
      'engine: score a 300-requirement assessment (p50)',
      `${engine.p50.toFixed(3)} ms`,
      '≤ 0.2 ms',
      engine.p50 <= 0.2,
    );

    // 6. Web app over the wire (from the last build, as the server sends it).
    for (const w of await webTransfer(server.url)) {
      const name = w.route === 'shell' ? 'shell (entry)' : w.route;
      fig(
        `web transfer, ${name} route (${w.files} files: brotli / gzip / uncompressed)`,
        `${w.br.toFixed(0)} / ${w.gzip.toFixed(0)} / ${w.plain.toFixed(0)} KB`,
        w.route === 'login' ? 'gzip ≤ 200 KB' : '—',
        w.route === 'login' ? w.gzip <= 200 : null,
      );
    }

    // 7. Memory.
    fig('server RSS idle', `${idleRss.toFixed(0)} MB`, '≤ 300 MB', idleRss <= 300);
    fig(
      'server RSS peak under autosave load',
      `${rssPeak.toFixed(0)} MB`,
      '≤ 300 MB',
      rssPeak <= 300,
    );

    // 8. The per-request session check: the default cache against a lookup on every request
    // (scripts/bench-session-lib.ts), two more servers on the same kind of database.
    const { DATA_DIR: _dataDir, ...sessionEnv } = env;
    const session = await benchSessionCheck(sessionEnv, { seconds: Math.min(LOAD_SECONDS, 8) });
    fig(
      `session check: GET /auth/me, ${session.connections} connections, cache 3 s / none`,
      `${session.cached.rps.toFixed(0)} / ${session.uncached.rps.toFixed(0)} req/s (p99 ${session.cached.p99} / ${session.uncached.p99} ms): without the cache ${((100 * session.uncached.rps) / session.cached.rps).toFixed(0)} %`,
      '—',
      null,
    );
  } finally {
    await server.stop();
    await db?.drop();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  writeReport(dbName, seconds);
}

async function generatePeers(c: pg.Client, n: number) {
  await c.query(
    `
    WITH v AS (SELECT id FROM indicator_system_versions LIMIT 1),
         u AS (SELECT id FROM users ORDER BY created_at LIMIT 1),
         o AS (
           INSERT INTO organizations (name, credit_code, industry, production_type, size, region)
           SELECT 'peer ' || g, 'PEER' || lpad(g::text, 14, '0'),
                  (ARRAY['automotive','steel','chemical','electronics','textile','other'])[1 + g % 6],
                  'discrete', (ARRAY['small','medium','large'])[1 + g % 3], 'bench'
           FROM generate_series(1, $1::int) g
           RETURNING id, industry, size
         ),
         a AS (
           INSERT INTO assessments (organization_id, version_id, title, profile_id, target_level, status, created_by, submitted_at)
           SELECT o.id, (SELECT id FROM v), 'peer', 'automotive', 3, 'submitted', (SELECT id FROM u), now() FROM o
           RETURNING id, organization_id
         )
    INSERT INTO report_snapshots (assessment_id, kind, organization_id, industry, size_band, system_code, maturity_level, score, report)
    SELECT a.id, 'self', a.organization_id, o.industry, o.size, 'cmmm-2020',
           floor(random() * 5)::int, round((random() * 5)::numeric, 4), '{}'::jsonb
    FROM a JOIN o ON o.id = a.organization_id`,
    [n],
  );
  await c.query('ANALYZE');
}

/** EXPLAIN ANALYZE of the very query the benchmark endpoint runs, for one generated peer. */
async function explainPeerQuery(url: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const database = await openDatabase({ databaseUrl: url, pgliteDir: null, poolSize: 1 });
  try {
    const db = database.db;
    const peer = (
      await pool.query<{ id: string; industry: string }>(
        "SELECT id, industry FROM organizations WHERE name LIKE 'peer %' LIMIT 1",
      )
    ).rows[0]!;
    const q = peerCountsQuery(db, {
      systemCode: 'cmmm-2020',
      industry: peer.industry,
      sizeBand: null,
      organizationId: peer.id,
      score: 2.5,
    }).toSQL();
    const res = await pool.query<Record<string, string>>(
      `EXPLAIN (ANALYZE, COSTS OFF) ${q.sql}`,
      q.params,
    );
    return res.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await database.close();
    await pool.end();
  }
}

function writeReport(dbName: string, seconds: string) {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Performance',
    '',
    `Last run: ${date} UTC, \`pnpm bench\` on ${dbName}${dbName === 'PostgreSQL' ? ' (DATABASE_URL set)' : ''}, ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; the run took ${seconds} s.`,
    '',
    'Reproduce: `pnpm build && pnpm bench` (PGlite) or `pnpm build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench` (a fresh database is created on that server and dropped afterwards). The server runs as its own process; load comes from this process with autocannon, 50 connections. Ratios matter more than absolute numbers on a noisy 2-core machine.',
    '',
    '| figure | value | budget | |',
    '|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.value} | ${f.budget} | ${f.ok === null ? '' : f.ok ? 'within' : '**over**'} |`,
    ),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    ...(peerPlan
      ? [
          `Plan of the peer-percentile query at ${PEER_ROWS} snapshots (one industry, EXPLAIN ANALYZE):`,
          '',
          '```',
          peerPlan,
          '```',
          '',
        ]
      : []),
  ];
  const head = readPerformanceHead();
  writeFileSync(join(REPO_ROOT, 'docs', 'performance.md'), lines.join('\n') + head);
  console.log(
    `\nwrote docs/performance.md (${figures.filter((f) => f.ok === false).length} figures over budget)`,
  );
}

/** Hand-written notes below the generated table are kept across runs. */
function readPerformanceHead(): string {
  try {
    const old = readFileSync(join(REPO_ROOT, 'docs', 'performance.md'), 'utf8');
    const i = old.indexOf('\n## ');
    return i >= 0 ? old.slice(i) : '';
  } catch {
    return '';
  }
}

await main();
