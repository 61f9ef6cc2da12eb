import { readFileSync } from 'node:fs';
import { effectiveTree, indicatorSystemSchema } from '@zhiping/shared';
import { Redis } from 'ioredis';
import { freshPostgresDatabase } from '../support/pg.ts';
import { multipartUpload } from '../support/route-table.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';

/**
 * Mixed load against a real server process (PGlite, or PostgreSQL behind a TCP proxy), with
 * Redis (the shared login limiter) behind another proxy: virtual users of the seeded demo
 * respondent autosave their own drafts, read answers, lists, a submitted report, the
 * indicator-system document, upload and delete evidence, and sign in again now and then.
 * Mid-load PostgreSQL is cut (every connection dropped, new ones refused) and restored, then
 * Redis; the server is never restarted. The process's RSS is sampled all along.
 *
 * Load goes to 127.0.0.1 only. Every loop is bounded by a deadline and a count; every request
 * by a timeout.
 */

export type LoadDatabase = 'PGlite' | 'PostgreSQL';

export interface LoadOptions {
  seconds: number;
  /** Virtual users, each with its own draft. */
  users: number;
  /** Pause between a user's requests. */
  thinkMs: number;
  /** redis://host:port/db of a real Redis; no Redis (and no Redis outage) when undefined. */
  redisUrl: string | undefined;
  /** Cut PostgreSQL (PostgreSQL only) and Redis mid-load. */
  outages: boolean;
  log?: (line: string) => void;
}

export interface OutageFigures {
  /** How long the dependency was away. */
  cutMs: number;
  /** Requests answered during the outage, and how many of them 503 (PostgreSQL) or 5xx (Redis). */
  requestsDuring: number;
  serviceUnavailable: number;
  /** From the restore to the first 200 of a request that needs the dependency. */
  recoveryMs: number | null;
  /** The server kept its process id through the outage (no restart). */
  samePid: boolean;
}

export interface LoadFigures {
  database: LoadDatabase;
  seconds: number;
  users: number;
  requests: number;
  statuses: Record<string, number>;
  /** Answers that break the rules: any 5xx outside a PostgreSQL outage (and any but 503 in one), any unexpected status, a timeout. */
  unexpected: number;
  unexpectedExamples: string[];
  latencyP50Ms: number;
  latencyP99Ms: number;
  rss: {
    startMb: number;
    baselineMb: number;
    endMb: number;
    maxMb: number;
    growthPct: number;
    samples: number;
  };
  postgresOutage: OutageFigures | null;
  redisOutage: OutageFigures | null;
}

const DEMO = { email: 'demo@zhiping.local', password: 'Demo@2026!' };
const REQUEST_TIMEOUT_MS = 30_000;

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

interface Answer {
  status: number;
  body: unknown;
  ms: number;
}

function client(base: string) {
  return async function call(
    method: string,
    path: string,
    opts: { token?: string; json?: unknown; body?: Buffer; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const t = performance.now();
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(opts.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body:
        opts.json !== undefined
          ? JSON.stringify(opts.json)
          : opts.body && new Uint8Array(opts.body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a file): keep the text
    }
    return { status: res.status, body, ms: performance.now() - t };
  };
}

type Call = ReturnType<typeof client>;

async function signIn(call: Call): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = await call('POST', '/api/v1/auth/login', { json: DEMO });
    if (r.status === 200) return (r.body as { accessToken: string }).accessToken;
    await sleep(500);
  }
  throw new Error('the demo account could not sign in');
}

async function requirementIdsOf(call: Call, token: string, versionId: string) {
  const doc = await call('GET', `/api/v1/indicator-systems/versions/${versionId}`, { token });
  const tree = effectiveTree(
    indicatorSystemSchema.parse((doc.body as { document: unknown }).document),
    'automotive',
  );
  return tree.flatMap(function ids(n): string[] {
    return [...n.requirements.map((r) => r.id), ...n.children.flatMap(ids)];
  });
}

async function createDraft(call: Call, token: string, versionId: string, title: string) {
  const r = await call('POST', '/api/v1/assessments', {
    token,
    json: { versionId, title, profileId: 'automotive', targetLevel: 3 },
  });
  if (r.status !== 201) throw new Error(`create draft: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string; revision: number };
}

export async function runMixedLoad(
  database: LoadDatabase,
  opts: LoadOptions,
): Promise<LoadFigures> {
  const log = opts.log ?? (() => undefined);
  const cleanups: (() => Promise<void>)[] = [];
  let server: ServerProcess | undefined;
  let stopping = false;
  try {
    const env: Record<string, string> = {
      SEED_DEMO: 'true',
      LOG_LEVEL: 'error',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
    };
    let pgProxy: TcpProxy | null = null;
    if (database === 'PostgreSQL') {
      const db = await freshPostgresDatabase();
      cleanups.push(() => db.drop());
      const target = new URL(db.url);
      pgProxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
      const proxy = pgProxy;
      cleanups.push(() => proxy.close());
      const via = new URL(db.url);
      via.hostname = '127.0.0.1';
      via.port = String(pgProxy.port);
      env.DATABASE_URL = via.toString();
      env.DATABASE_CONNECT_TIMEOUT_SECONDS = '5';
    }
    let redisProxy: TcpProxy | null = null;
    let redisDbUrl: string | null = null;
    if (opts.redisUrl) {
      const target = new URL(opts.redisUrl);
      redisProxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
      const proxy = redisProxy;
      cleanups.push(() => proxy.close());
      const via = new URL(opts.redisUrl);
      via.hostname = '127.0.0.1';
      via.port = String(redisProxy.port);
      env.REDIS_URL = via.toString();
      redisDbUrl = opts.redisUrl;
    }

    // On a loaded machine a start can pass startServer's 90 s: a few tries, bounded.
    for (let attempt = 1; !server; attempt++) {
      try {
        server = await startServer(env);
      } catch (err) {
        if (attempt >= 3) throw err;
        log(`${database}: the server did not start (try ${attempt}), again`);
      }
    }
    const srv = server;
    const pid = srv.child.pid!;
    srv.child.once('exit', (code, signal) => {
      if (!stopping)
        log(`${database}: the server exited (${code ?? signal}):\n${srv.output().slice(-6000)}`);
    });
    const call = client(srv.url);
    log(`${database}: server ${srv.url} pid ${pid}`);

    // Setup: one token and one draft per user; one submitted assessment for report reads.
    const setupToken = await signIn(call);
    const versions = await call('GET', '/api/v1/indicator-systems', { token: setupToken });
    const version = (versions.body as { items: { id: string; systemCode: string }[] }).items.find(
      (v) => v.systemCode === 'cmmm-2020',
    )!;
    const requirementIds = await requirementIdsOf(call, setupToken, version.id);
    const reportSource = await createDraft(call, setupToken, version.id, 'soak report');
    const full = await call('PATCH', `/api/v1/assessments/${reportSource.id}/answers`, {
      token: setupToken,
      json: {
        revision: reportSource.revision,
        answers: requirementIds.map((requirementId, i) => ({
          requirementId,
          choice: ['full', 'most', 'partial', 'none'][i % 4],
        })),
      },
    });
    const submitted = await call('POST', `/api/v1/assessments/${reportSource.id}/submit`, {
      token: setupToken,
      json: { revision: (full.body as { revision: number }).revision },
    });
    if (submitted.status !== 200)
      throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);

    interface User {
      token: string;
      draft: string;
      revision: number;
      k: number;
    }
    const users: User[] = [];
    for (let u = 0; u < opts.users; u++) {
      const token = await signIn(call);
      const d = await createDraft(call, token, version.id, `soak ${u}`);
      users.push({ token, draft: d.id, revision: d.revision, k: 0 });
    }

    // State shared by the users and the outage schedule.
    const started = Date.now();
    const deadline = started + opts.seconds * 1000;
    const statuses = new Map<string, number>();
    const latencies: number[] = [];
    const unexpectedExamples: string[] = [];
    let unexpected = 0;
    let requests = 0;
    /** The PostgreSQL outage window (503 allowed in it and for a grace period after it). */
    let pgWindow: { from: number; to: number | null } | null = null;
    const pgDuring = { requests: 0, unavailable: 0 };
    let redisWindow: { from: number; to: number | null } | null = null;
    const redisDuring = { requests: 0, unavailable: 0 };

    const note = (label: string, a: Answer | null, ok: (s: number) => boolean, at: number) => {
      requests++;
      const status = a ? String(a.status) : 'error';
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (a) latencies.push(a.ms);
      // A request overlaps an outage when it was answered after the cut and sent before the
      // restore (for the 503 allowance: before the restore plus a grace period).
      const end = a ? at + a.ms : Date.now();
      const overlaps = (w: { from: number; to: number | null } | null, graceMs: number) =>
        w !== null && end >= w.from && (w.to === null || at <= w.to + graceMs);
      const inPg = overlaps(pgWindow, 15_000);
      if (overlaps(pgWindow, 0)) {
        pgDuring.requests++;
        if (a?.status === 503) pgDuring.unavailable++;
      }
      if (overlaps(redisWindow, 0)) {
        redisDuring.requests++;
        if (a && a.status >= 500) redisDuring.unavailable++;
      }
      const allowed = a !== null && (ok(a.status) || (inPg && a.status === 503));
      if (!allowed) {
        unexpected++;
        if (unexpectedExamples.length < 20)
          unexpectedExamples.push(
            `${new Date(at).toISOString()} ${label}: ${status} ${a ? JSON.stringify(a.body).slice(0, 200) : ''}`,
          );
      }
    };

    const safe = async (fn: () => Promise<Answer>): Promise<Answer | null> => {
      try {
        return await fn();
      } catch {
        return null;
      }
    };

    const choices = ['full', 'most', 'partial', 'none'];
    const pdf = (requirementId: string) => multipartUpload(requirementId);

    async function step(u: User) {
      const at = Date.now();
      const r = Math.random();
      const token = u.token;
      if (r < 0.45) {
        u.k++;
        const answers = Array.from({ length: 3 }, (_, j) => ({
          requirementId: requirementIds[(u.k * 3 + j) % requirementIds.length]!,
          choice: choices[(u.k + j) % 4]!,
        }));
        const a = await safe(() =>
          call('PATCH', `/api/v1/assessments/${u.draft}/answers`, {
            token,
            json: { revision: u.revision, answers },
          }),
        );
        if (a?.status === 200) u.revision = (a.body as { revision: number }).revision;
        // A save that got a 503 may have committed before the connection went: the 409 that
        // follows carries the current revision, and the client goes on, as the web app does.
        if (a?.status === 409)
          u.revision = (a.body as { currentRevision?: number }).currentRevision ?? u.revision;
        note('autosave', a, (s) => s === 200 || s === 409 || s === 401, at);
        return a;
      }
      if (r < 0.6) {
        const a = await safe(() =>
          call('GET', `/api/v1/assessments/${u.draft}/answers`, { token }),
        );
        if (a?.status === 200) u.revision = (a.body as { revision: number }).revision;
        note('answers', a, (s) => s === 200 || s === 401, at);
        return a;
      }
      if (r < 0.7) {
        const a = await safe(() => call('GET', '/api/v1/assessments', { token }));
        note('list', a, (s) => s === 200 || s === 401, at);
        return a;
      }
      if (r < 0.8) {
        const a = await safe(() =>
          call('GET', `/api/v1/assessments/${reportSource.id}/report`, { token }),
        );
        note('report', a, (s) => s === 200 || s === 401, at);
        return a;
      }
      if (r < 0.85) {
        const a = await safe(() =>
          call('GET', `/api/v1/indicator-systems/versions/${version.id}`, { token }),
        );
        note('document', a, (s) => s === 200 || s === 401, at);
        return a;
      }
      if (r < 0.9) {
        const up = pdf(requirementIds[u.k % requirementIds.length]!);
        const a = await safe(() =>
          call('POST', `/api/v1/assessments/${u.draft}/evidence`, {
            token,
            body: up.payload,
            headers: up.headers,
          }),
        );
        note('evidence upload', a, (s) => s === 201 || s === 401, at);
        if (a?.status === 201) {
          const id = (a.body as { id: string }).id;
          const d = await safe(() =>
            call('DELETE', `/api/v1/assessments/${u.draft}/evidence/${id}`, { token }),
          );
          note('evidence delete', d, (s) => s === 204 || s === 200 || s === 401, Date.now());
        }
        return a;
      }
      if (r < 0.97) {
        const a = await safe(() => call('GET', '/api/v1/auth/me', { token }));
        note('me', a, (s) => s === 200 || s === 401, at);
        return a;
      }
      const a = await safe(() => call('POST', '/api/v1/auth/login', { json: DEMO }));
      if (a?.status === 200) u.token = (a.body as { accessToken: string }).accessToken;
      note('login', a, (s) => s === 200, at);
      return a;
    }

    const maxSteps = Math.ceil((opts.seconds * 1000) / Math.max(1, opts.thinkMs)) + 10;
    const runUser = async (u: User) => {
      for (let n = 0; n < maxSteps && Date.now() < deadline; n++) {
        const a = await step(u);
        // An expired or ended session: sign in again (bounded by the step count).
        if (a?.status === 401) {
          const l = await safe(() => call('POST', '/api/v1/auth/login', { json: DEMO }));
          if (l?.status === 200) u.token = (l.body as { accessToken: string }).accessToken;
        }
        await sleep(opts.thinkMs);
      }
    };

    // RSS sampling.
    const rssSamples: { t: number; mb: number }[] = [{ t: Date.now(), mb: rssMb(pid) }];
    const sampler = setInterval(() => rssSamples.push({ t: Date.now(), mb: rssMb(pid) }), 2_000);

    // Outages, at 40 % (PostgreSQL) and 65 % (Redis) of the run.
    const outageMs = Math.min(15_000, Math.max(3_000, opts.seconds * 100));
    let postgresOutage: OutageFigures | null = null;
    let redisOutage: OutageFigures | null = null;
    const waitUntil = async (t: number) => {
      while (Date.now() < t && Date.now() < deadline) await sleep(Math.min(500, t - Date.now()));
    };
    const probeRecovery = async (check: () => Promise<boolean>, from: number) => {
      for (let n = 0; n < 120; n++) {
        if (await check().catch(() => false)) return Date.now() - from;
        await sleep(250);
      }
      return null;
    };
    const schedule = async () => {
      if (!opts.outages) return;
      if (pgProxy) {
        await waitUntil(started + opts.seconds * 400);
        log(`${database}: PostgreSQL cut`);
        pgWindow = { from: Date.now(), to: null };
        await pgProxy.cut();
        await sleep(outageMs);
        await pgProxy.restore();
        const restored = Date.now();
        pgWindow.to = restored;
        const recoveryMs = await probeRecovery(async () => {
          const r = await call('GET', '/api/ready');
          return r.status === 200;
        }, restored);
        log(`${database}: PostgreSQL restored, ready again after ${recoveryMs} ms`);
        postgresOutage = {
          cutMs: restored - pgWindow.from,
          requestsDuring: pgDuring.requests,
          serviceUnavailable: pgDuring.unavailable,
          recoveryMs,
          samePid: srv.child.exitCode === null && srv.child.pid === pid,
        };
      }
      if (redisProxy && redisDbUrl) {
        await waitUntil(started + opts.seconds * 650);
        log(`${database}: Redis cut`);
        redisWindow = { from: Date.now(), to: null };
        await redisProxy.cut();
        await sleep(outageMs);
        await redisProxy.restore();
        const restored = Date.now();
        redisWindow.to = restored;
        // Recovered: the limiter writes to Redis again. The soak's Redis database (its own
        // index) is emptied, then failed sign-ins until an attempt counter appears in it.
        const redis = new Redis(redisDbUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
        await redis.connect();
        try {
          await redis.flushdb();
          const recoveryMs = await probeRecovery(async () => {
            await call('POST', '/api/v1/auth/login', {
              json: { email: `soak-probe-${Date.now()}@example.com`, password: 'wrong-pass-123' },
            });
            const [, keys] = await redis.scan('0', 'MATCH', 'zp:attempts:*', 'COUNT', 10_000);
            return keys.length > 0;
          }, restored);
          log(`${database}: Redis restored, the limiter wrote to it after ${recoveryMs} ms`);
          redisOutage = {
            cutMs: restored - redisWindow.from,
            requestsDuring: redisDuring.requests,
            serviceUnavailable: redisDuring.unavailable,
            recoveryMs,
            samePid: srv.child.exitCode === null && srv.child.pid === pid,
          };
        } finally {
          redis.disconnect();
        }
      }
    };

    await Promise.all([...users.map(runUser), schedule()]);
    clearInterval(sampler);
    rssSamples.push({ t: Date.now(), mb: rssMb(pid) });

    // RSS: the first 20 % (at most 2 minutes) is warm-up; the baseline is the mean of the next
    // 10 % of the samples, the end the mean of the last 10 %.
    const span = opts.seconds * 1000;
    const warm = started + Math.min(120_000, span * 0.2);
    const window = Math.max(span * 0.1, 4_000);
    const base = rssSamples.filter((s) => s.t >= warm && s.t < warm + window).map((s) => s.mb);
    const end = rssSamples.filter((s) => s.t >= deadline - window).map((s) => s.mb);
    const baselineMb = mean(base);
    const endMb = mean(end);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
    return {
      database,
      seconds: opts.seconds,
      users: opts.users,
      requests,
      statuses: Object.fromEntries([...statuses].sort()),
      unexpected,
      unexpectedExamples,
      latencyP50Ms: Math.round(pct(0.5)),
      latencyP99Ms: Math.round(pct(0.99)),
      rss: {
        startMb: Math.round(rssSamples[0]!.mb),
        baselineMb: Math.round(baselineMb),
        endMb: Math.round(endMb),
        maxMb: Math.round(Math.max(...rssSamples.map((s) => s.mb))),
        growthPct: baselineMb ? Math.round(((endMb - baselineMb) / baselineMb) * 1000) / 10 : 0,
        samples: rssSamples.length,
      },
      postgresOutage,
      redisOutage,
    };
  } finally {
    stopping = true;
    await server?.stop('SIGKILL');
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  }
}
