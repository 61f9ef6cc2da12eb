/**
 * `pnpm test:soak`: the reliability figures at the scale docs/reliability.md claims, from one
 * run, written into its "Soak" section (between the SOAK markers).
 *
 *  - fuzzing (tests/reliability/fuzz.test.ts) of every route as every role on PGlite and
 *    PostgreSQL, SOAK_FUZZ_RUNS random requests per route and database (≥ 100,000 requests
 *    in all), 0 5xx;
 *  - SOAK_KILLS SIGKILLs during autosave on each database (tests/reliability/kill-autosave
 *    .test.ts with KILL_ROUNDS), 0 acknowledged answers lost;
 *  - SOAK_MINUTES (30) of mixed load on both databases at once (tests/reliability/mixed-load.ts)
 *    with RSS growth < 10 % after warm-up, a PostgreSQL outage and a Redis outage mid-load,
 *    recovered without restart.
 *
 * The three run side by side to keep the wall time near SOAK_MINUTES (2 cores: expect the
 * latencies of a loaded machine). Needs PostgreSQL (TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and Redis (TEST_REDIS_URL, default
 * redis://127.0.0.1:6379; databases 11 and 12 are used and emptied). Everything goes to
 * 127.0.0.1. Logs of the parts: test-results/soak-*.log; figures: test-results/soak.jsonl.
 * A quick validation: SOAK_MINUTES=1 SOAK_KILLS=2 SOAK_FUZZ_RUNS=10 pnpm test:soak.
 * SOAK_WRITE_DOC=0 leaves docs/reliability.md alone. Exit code 1 when a bar is not met.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runMixedLoad, type LoadFigures } from '../tests/reliability/mixed-load.ts';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'test-results');
const FIGURES = join(RESULTS, 'soak.jsonl');
const DOC = join(ROOT, 'docs', 'reliability.md');
const START = '<!-- SOAK:START -->';
const END = '<!-- SOAK:END -->';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const KILLS = Number(process.env.SOAK_KILLS ?? 50);
const FUZZ_RUNS = Number(process.env.SOAK_FUZZ_RUNS ?? 800);
const USERS = Number(process.env.SOAK_USERS ?? 10);
const THINK_MS = Number(process.env.SOAK_THINK_MS ?? 50);
const PG = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// The load's fresh PostgreSQL database (tests/support/pg.ts) is made on this server too.
process.env.TEST_DATABASE_URL = PG;
const REDIS = (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '');
/** Bars. */
const FUZZ_TARGET = 100_000;
const KILL_TARGET = 50;
const RSS_GROWTH_MAX_PCT = 10;
/**
 * SOAK_BUDGET_MINUTES (default SOAK_MINUTES + 30): no kill round and no fuzzed route starts
 * after it, so a slow machine gives fewer kills or routes (reported, and judged) rather than
 * no figures; a part still running 10 minutes later is killed.
 */
const BUDGET_MS = Number(process.env.SOAK_BUDGET_MINUTES ?? MINUTES + 30) * 60_000;
const PART_LIMIT_MS = BUDGET_MS + 10 * 60_000;
/** SOAK_PARTS: a comma list of load, kills, fuzz (default all three). */
const PARTS = new Set((process.env.SOAK_PARTS ?? 'load,kills,fuzz').split(','));
const DEADLINE = String(Date.now() + BUDGET_MS);

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

/** A vitest run of one reliability file, output to its log, killed past PART_LIMIT_MS. */
function vitest(name: string, file: string, env: Record<string, string>): Promise<number> {
  const out = createWriteStream(join(RESULTS, `soak-${name}.log`));
  const child = spawn(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--project',
      'reliability',
      file,
      `--testTimeout=${PART_LIMIT_MS}`,
      `--hookTimeout=600000`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TEST_DATABASE_URL: PG, RELIABILITY_FIGURES: FIGURES, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  log(`${name}: started (pid ${child.pid}), log test-results/soak-${name}.log`);
  const timer = setTimeout(() => {
    log(`${name}: over ${PART_LIMIT_MS / 60_000} min, killed`);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }, PART_LIMIT_MS);
  return new Promise((res) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      log(`${name}: exited ${code}`);
      res(code ?? 1);
    }),
  );
}

type Entry = { name: string; at: string; [k: string]: unknown };
const entries = (): Entry[] => {
  try {
    return readFileSync(FIGURES, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Entry);
  } catch {
    return [];
  }
};

async function main() {
  const started = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  // A load-only run leaves the figures of a kill and fuzz run alone.
  if (PARTS.has('kills') || PARTS.has('fuzz')) rmSync(FIGURES, { force: true });
  log(
    `soak: ${MINUTES} min mixed load (${USERS} users per database), ${KILLS} kills per database, ` +
      `${FUZZ_RUNS} fuzz runs per route and database; ${os.cpus().length} cores`,
  );

  const loadOptions = (db: number) => ({
    seconds: Math.round(MINUTES * 60),
    users: USERS,
    thinkMs: THINK_MS,
    redisUrl: `${REDIS}/${db}`,
    outages: true,
    log,
  });
  // Each database's load on its own: one failing (a server that would not start) keeps the
  // other's figures.
  const loads = PARTS.has('load')
    ? Promise.allSettled([
        runMixedLoad('PGlite', loadOptions(11)),
        runMixedLoad('PostgreSQL', loadOptions(12)),
      ]).then((settled) =>
        settled.flatMap((r, i) => {
          if (r.status === 'fulfilled') return [r.value];
          const reason = r.reason as Error;
          log(`load on ${i ? 'PostgreSQL' : 'PGlite'} failed: ${reason.stack ?? String(reason)}`);
          return [];
        }),
      )
    : Promise.resolve([] as LoadFigures[]);
  const kill = (db: string) =>
    vitest(`kill-${db.toLowerCase()}`, 'tests/reliability/kill-autosave.test.ts', {
      KILL_ROUNDS: String(KILLS),
      KILL_ONLY: db,
      KILL_DEADLINE: DEADLINE,
    });
  const kills = PARTS.has('kills')
    ? Promise.all([kill('PGlite'), kill('PostgreSQL')])
    : Promise.resolve([1, 1]);
  const fuzzOn = (db: string) =>
    vitest(`fuzz-${db}`, 'tests/reliability/fuzz.test.ts', {
      FUZZ_RUNS: String(FUZZ_RUNS),
      FUZZ_DB: db,
      FUZZ_DEADLINE: DEADLINE,
    });
  const fuzz = PARTS.has('fuzz')
    ? Promise.all([fuzzOn('pglite'), fuzzOn('postgres')]).then((codes) =>
        codes.every((c) => c === 0) ? 0 : 1,
      )
    : Promise.resolve(1);
  const [loadFigures, killCodes, fuzzCode] = await Promise.all([loads, kills, fuzz]);

  // ---- Judge and write ----
  const all = entries();
  const fuzzRuns = all.filter((e) => e.name === 'fuzz');
  const fuzzRequests = fuzzRuns.reduce((s, e) => s + Number(e.requests ?? 0), 0);
  const fuzz5xx = fuzzRuns.reduce((s, e) => s + Number(e.fiveHundreds ?? 0), 0);
  const killOf = (db: string) => all.find((e) => e.name === `kill-autosave-${db}`);
  const rows: [string, string, boolean][] = [];
  rows.push([
    `≥ ${FUZZ_TARGET.toLocaleString('en')} fuzzed requests over every route and role, 0 5xx`,
    fuzzRuns
      .map(
        (e) =>
          `${String(e.database)}: ${Number(e.requests).toLocaleString('en')} requests over ${String(e.routesCovered ?? e.routes)} of ${String(e.routes)} routes, ${String(e.fiveHundreds)} 5xx, ${String(e.refusedChecked)} refusals checked to write nothing, ${Math.round(Number(e.durationMs) / 60_000)} min`,
      )
      .join('; ') +
      ` — total ${fuzzRequests.toLocaleString('en')}, seed ${JSON.stringify(fuzzRuns[0]?.seed ?? '-')}` +
      (fuzzCode !== 0 ? ' (a fuzz run reported failures: test-results/soak-fuzz-*.log)' : ''),
    fuzzRuns.length === 2 &&
      fuzzRuns.every((e) => e.routesCovered === e.routes) &&
      fuzzRequests >= FUZZ_TARGET &&
      fuzz5xx === 0 &&
      fuzzCode === 0,
  ]);
  for (const [db, code] of [
    ['PGlite', killCodes[0]],
    ['PostgreSQL', killCodes[1]],
  ] as const) {
    const k = killOf(db);
    rows.push([
      `≥ ${KILL_TARGET} SIGKILLs during autosave on ${db}, 0 acknowledged answers lost`,
      k
        ? `${String(k.kills)} kills, ${Number(k.savesAcknowledged).toLocaleString('en')} saves acknowledged, ${String(k.answersChecked)} answers checked after every restart, ${String(k.lost)} lost, ${Math.round(Number(k.durationMs) / 60_000)} min`
        : `no figures (test-results/soak-kill-${db.toLowerCase()}.log)`,
      !!k && Number(k.kills) >= KILL_TARGET && Number(k.lost) === 0 && code === 0,
    ]);
  }
  for (const f of loadFigures) {
    rows.push([
      `${MINUTES >= 30 ? '30' : MINUTES} min of mixed load on ${f.database}, RSS growth < ${RSS_GROWTH_MAX_PCT} %`,
      `${f.requests.toLocaleString('en')} requests by ${f.users} users (statuses ${JSON.stringify(f.statuses)}), p50 ${f.latencyP50Ms} ms, p99 ${f.latencyP99Ms} ms, ${f.unexpected} unexpected answers; RSS ${f.rss.startMb} MB at start, ${f.rss.baselineMb} MB after warm-up, ${f.rss.endMb} MB at the end (max ${f.rss.maxMb}): ${f.rss.growthPct > 0 ? '+' : ''}${f.rss.growthPct} %`,
      MINUTES >= 30 && f.unexpected === 0 && f.rss.growthPct < RSS_GROWTH_MAX_PCT,
    ]);
    if (f.postgresOutage) {
      const o = f.postgresOutage;
      rows.push([
        'PostgreSQL outage mid-load, recovered without restart',
        `cut ${(o.cutMs / 1000).toFixed(1)} s: ${o.requestsDuring} requests meanwhile, ${o.serviceUnavailable} of them 503; ready ${o.recoveryMs ?? '—'} ms after the restore; same process: ${o.samePid ? 'yes' : 'no'}`,
        o.recoveryMs !== null && o.samePid && f.unexpected === 0,
      ]);
    }
    if (f.redisOutage) {
      const o = f.redisOutage;
      rows.push([
        `Redis outage mid-load on ${f.database}, recovered without restart`,
        `cut ${(o.cutMs / 1000).toFixed(1)} s: ${o.requestsDuring} requests meanwhile, ${o.serviceUnavailable} 5xx (limits fail open); limits back in Redis ${o.recoveryMs ?? '—'} ms after the restore; same process: ${o.samePid ? 'yes' : 'no'}`,
        o.recoveryMs !== null && o.samePid && o.serviceUnavailable === 0,
      ]);
    }
  }
  if (PARTS.has('load') && loadFigures.length !== 2)
    rows.push(['mixed load on both databases', 'a load did not complete (see the log)', false]);
  for (const f of loadFigures)
    if (f.unexpectedExamples.length)
      log(`${f.database} unexpected: ${f.unexpectedExamples.join('\n')}`);

  const minutes = ((Date.now() - started) / 60_000).toFixed(0);
  const met = rows.every(([, , ok]) => ok);
  const section = [
    START,
    `Last run: ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC, \`pnpm test:soak\` with SOAK_MINUTES=${MINUTES}, SOAK_KILLS=${KILLS}, SOAK_FUZZ_RUNS=${FUZZ_RUNS}, SOAK_USERS=${USERS}, SOAK_THINK_MS=${THINK_MS}; ${os.cpus().length} cores, Node ${process.version}; the run took ${minutes} min (the three parts side by side). ${met ? 'Every bar met.' : '**Not every bar met.**'}`,
    '',
    '| bar | figures | met |',
    '|---|---|---|',
    ...rows.map(
      ([bar, figs, ok]) => `| ${bar} | ${figs.replace(/\|/g, '\\|')} | ${ok ? 'yes' : '**no**'} |`,
    ),
    END,
  ].join('\n');
  console.log(`\n${section}\n`);
  if (process.env.SOAK_WRITE_DOC !== '0') {
    const doc = readFileSync(DOC, 'utf8');
    const i = doc.indexOf(START);
    const j = doc.indexOf(END);
    writeFileSync(
      DOC,
      i >= 0 && j > i
        ? doc.slice(0, i) + section + doc.slice(j + END.length)
        : `${doc}\n${section}\n`,
    );
    log('wrote docs/reliability.md (run `pnpm exec prettier --write docs/reliability.md`)');
  }
  process.exit(met ? 0 : 1);
}

await main();
