import { afterAll, describe, expect, test } from 'vitest';
import { registration } from '../support/fixtures.ts';
import { httpClient } from '../support/http.ts';
import { freshPostgresDatabase } from '../support/pg.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { recordFigure } from './figures.ts';

/**
 * An autosave loop is running when the server is killed with SIGKILL: after a restart,
 * every answer the server acknowledged (200) is there. Runs on PGlite (data dir) and on
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
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

const running: ServerProcess[] = [];
afterAll(async () => {
  for (const s of running) await s.stop('SIGKILL');
});

describe.each(targets)('SIGKILL during autosave on $name', ({ name, env }) => {
  test('loses no acknowledged answer', async () => {
    const { env: dbEnv, cleanup } = await env();
    try {
      const first = await startServer({ SEED_DEMO: 'true', ...dbEnv });
      running.push(first);
      const api = httpClient(first.url);
      const reg = registration();
      const r = await api.call<{ accessToken: string }>('POST', '/api/v1/auth/register', reg);
      expect(r.status).toBe(201);
      api.token = r.body.accessToken;
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
          title: 'kill test',
          profileId: 'automotive',
          targetLevel: 3,
        },
      );
      expect(created.status).toBe(201);
      const doc = await api.call<{ document: { tree: unknown[] } }>(
        'GET',
        `/api/v1/indicator-systems/versions/${version.id}`,
      );
      const ids = JSON.stringify(doc.body.document.tree)
        .match(/"id":"[a-z-]+\.L\d\.\d\d"/g)!
        .map((m) => m.slice(6, -1));

      const acked = new Map<string, string>();
      const choices = ['full', 'most', 'partial', 'none'] as const;
      let revision = created.body.revision;
      let i = 0;
      // Keep saving; kill the process at a random moment while requests are in flight.
      const killAfterMs = 800 + Math.floor(Math.random() * 700);
      const killer = setTimeout(() => first.child.kill('SIGKILL'), killAfterMs);
      try {
        for (;;) {
          const id = ids[i % ids.length]!;
          const choice = choices[i % choices.length]!;
          i++;
          let res;
          try {
            res = await api.call<{ revision: number }>(
              'PATCH',
              `/api/v1/assessments/${created.body.id}/answers`,
              {
                revision,
                answers: [{ requirementId: id, choice }],
              },
            );
          } catch {
            break; // connection reset: the process is gone
          }
          if (res.status !== 200) throw new Error(`autosave answered ${res.status}`);
          revision = res.body.revision;
          acked.set(id, choice);
        }
      } finally {
        clearTimeout(killer);
      }
      expect(acked.size).toBeGreaterThan(5);

      const second = await startServer({ SEED_DEMO: 'true', DATA_DIR: first.dataDir, ...dbEnv });
      running.push(second);
      const api2 = httpClient(second.url);
      const l = await api2.call<{ accessToken: string }>('POST', '/api/v1/auth/login', {
        email: reg.user.email,
        password: reg.user.password,
      });
      expect(l.status).toBe(200);
      api2.token = l.body.accessToken;
      const after = await api2.call<{
        revision: number;
        answers: { requirementId: string; choice: string }[];
      }>('GET', `/api/v1/assessments/${created.body.id}/answers`);
      const stored = new Map(after.body.answers.map((a) => [a.requirementId, a.choice]));
      const lost = [...acked].filter(([id, choice]) => stored.get(id) !== choice);
      // The unacknowledged in-flight save may or may not have landed; an acknowledged one must.
      expect(lost.filter(([id]) => id !== ids[(i - 1) % ids.length])).toEqual([]);
      expect(after.body.revision).toBeGreaterThanOrEqual(revision);
      recordFigure(`kill-autosave-${name}`, {
        savesAcknowledged: i - 1,
        answersChecked: acked.size,
        lost: lost.length,
      });
      await second.stop();
    } finally {
      await cleanup();
    }
  });
});
