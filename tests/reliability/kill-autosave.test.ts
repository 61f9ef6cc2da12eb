import { afterAll, describe, expect, test } from 'vitest';
import { httpClient, type HttpClient } from '../support/http.ts';
import { freshPostgresDatabase } from '../support/pg.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { recordFigure } from './figures.ts';

/**
 * An autosave loop is running when the server is killed with SIGKILL: after a restart,
 * every answer the server acknowledged (200) is there. KILL_ROUNDS kills in a row on the same
 * data (1 by default; `pnpm test:soak` runs 50), each at a random moment, each followed by a
 * restart and a check of every answer acknowledged so far. Runs on PGlite (data dir) and on
 * PostgreSQL when TEST_DATABASE_URL is set; KILL_ONLY=PGlite|PostgreSQL narrows it to one.
 *
 * The client signs in as the seeded demo respondent, so the test does not depend on how
 * enterprises register.
 */
const ROUNDS = Math.max(1, Number(process.env.KILL_ROUNDS ?? 1));
/** Bounds of one round's autosave loop (the kill normally comes far earlier). */
const MAX_SAVES_PER_ROUND = 5_000;
const MAX_ROUND_MS = 20_000;
/** KILL_DEADLINE (epoch ms, set by `pnpm test:soak`): no kill round starts after it. */
const DEADLINE = Number(process.env.KILL_DEADLINE ?? Infinity);

const targets: {
  name: string;
  env: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
}[] = [
  { name: 'PGlite', env: () => Promise.resolve({ env: {}, cleanup: () => Promise.resolve() }) },
];
if (process.env.TEST_DATABASE_URL) {
  targets.push({
    name: 'PostgreSQL',
    env: async () => {
      const db = await freshPostgresDatabase();
      return { env: { DATABASE_URL: db.url }, cleanup: () => db.drop() };
    },
  });
}
const only = process.env.KILL_ONLY;

const running: ServerProcess[] = [];
afterAll(async () => {
  for (const s of running) await s.stop('SIGKILL');
});

const SERVER_ENV = {
  SEED_DEMO: 'true',
  LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
};

async function signIn(url: string): Promise<HttpClient> {
  const api = httpClient(url);
  const l = await api.call<{ accessToken: string }>('POST', '/api/v1/auth/login', {
    email: 'demo@zhiping.local',
    password: 'Demo@2026!',
  });
  if (l.status !== 200) throw new Error(`demo login answered ${l.status}`);
  api.token = l.body.accessToken;
  return api;
}

describe.each(targets.filter((t) => !only || t.name === only))(
  'SIGKILL during autosave on $name',
  ({ name, env }) => {
    test(
      `loses no acknowledged answer over ${ROUNDS} kill(s)`,
      async () => {
        const started = Date.now();
        const { env: dbEnv, cleanup } = await env();
        try {
          let server = await startServer({ ...SERVER_ENV, ...dbEnv });
          running.push(server);
          const dataDir = server.dataDir;
          let api = await signIn(server.url);
          const versions = await api.call<{ items: { id: string; systemCode: string }[] }>(
            'GET',
            '/api/v1/indicator-systems',
          );
          const version = versions.body.items.find((v) => v.systemCode === 'cmmm-2020')!;
          const created = await api.call<{ id: string; revision: number }>(
            'POST',
            '/api/v1/assessments',
            { versionId: version.id, title: 'kill test', profileId: 'automotive', targetLevel: 3 },
          );
          expect(created.status).toBe(201);
          const doc = await api.call<{ document: { tree: unknown[] } }>(
            'GET',
            `/api/v1/indicator-systems/versions/${version.id}`,
          );
          const ids = JSON.stringify(doc.body.document.tree)
            .match(/"id":"[a-z-]+\.L\d\.\d\d"/g)!
            .map((m) => m.slice(6, -1));

          /** Every acknowledged answer: the last choice the server said 200 to, per requirement. */
          const acked = new Map<string, string>();
          const choices = ['full', 'most', 'partial', 'none'] as const;
          let revision = created.body.revision;
          let i = 0;
          let saves = 0;
          let kills = 0;
          const lost: string[] = [];
          for (let round = 0; round < ROUNDS && Date.now() < DEADLINE; round++) {
            // Keep saving; kill the process at a random moment while requests are in flight.
            const killAfterMs = 300 + Math.floor(Math.random() * 1200);
            const victim = server;
            const killer = setTimeout(() => victim.child.kill('SIGKILL'), killAfterMs);
            let inFlight: string | undefined;
            const roundStarted = Date.now();
            try {
              for (let n = 0; n < MAX_SAVES_PER_ROUND; n++) {
                if (Date.now() - roundStarted > MAX_ROUND_MS) break;
                const id = ids[i % ids.length]!;
                const choice = choices[Math.floor(i / ids.length + i) % choices.length]!;
                i++;
                inFlight = id;
                let res;
                try {
                  res = await api.call<{ revision: number }>(
                    'PATCH',
                    `/api/v1/assessments/${created.body.id}/answers`,
                    { revision, answers: [{ requirementId: id, choice }] },
                  );
                } catch {
                  break; // connection reset: the process is gone
                }
                if (res.status !== 200) throw new Error(`autosave answered ${res.status}`);
                inFlight = undefined;
                saves++;
                revision = res.body.revision;
                acked.set(id, choice);
              }
            } finally {
              clearTimeout(killer);
            }
            victim.child.kill('SIGKILL');
            await victim.stop('SIGKILL');
            kills++;

            server = await startServer({ ...SERVER_ENV, ...dbEnv, DATA_DIR: dataDir });
            running.push(server);
            api = await signIn(server.url);
            const after = await api.call<{
              revision: number;
              answers: { requirementId: string; choice: string }[];
            }>('GET', `/api/v1/assessments/${created.body.id}/answers`);
            expect(after.status).toBe(200);
            const stored = new Map(after.body.answers.map((a) => [a.requirementId, a.choice]));
            // The unacknowledged in-flight save may or may not have landed; an acknowledged
            // one must.
            for (const [id, choice] of acked) {
              if (id !== inFlight && stored.get(id) !== choice)
                lost.push(`kill ${kills}: ${id} acknowledged ${choice}, stored ${stored.get(id)}`);
            }
            if (inFlight) {
              const s = stored.get(inFlight);
              if (s) acked.set(inFlight, s);
              else acked.delete(inFlight);
            }
            expect(after.body.revision).toBeGreaterThanOrEqual(revision);
            revision = after.body.revision;
          }
          expect(saves).toBeGreaterThan(5);
          recordFigure(`kill-autosave-${name}`, {
            kills,
            savesAcknowledged: saves,
            answersChecked: acked.size,
            lost: lost.length,
            durationMs: Date.now() - started,
          });
          await server.stop();
          expect(lost).toEqual([]);
        } finally {
          await cleanup();
        }
      },
      120_000 + ROUNDS * 60_000,
    );
  },
);
