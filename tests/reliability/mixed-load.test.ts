import { describe, expect, test } from 'vitest';
import { recordFigure } from './figures.ts';
import { runMixedLoad, type LoadDatabase, type LoadFigures } from './mixed-load.ts';

/**
 * The short version of the soak's mixed load (`pnpm test:soak` runs it for SOAK_MINUTES on
 * both databases at once): LOAD_SECONDS (default 40) of mixed requests by LOAD_USERS virtual
 * users against a real server process, PostgreSQL cut and restored mid-load (PostgreSQL only)
 * and Redis cut and restored (when TEST_REDIS_URL is set), no restart. Nothing may answer a
 * 5xx but the 503s of the PostgreSQL outage; both dependencies must be back in use without a
 * restart. RSS is recorded; its flatness is judged over the soak's 30 minutes, not here.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 40);
const USERS = Number(process.env.LOAD_USERS ?? 6);

export function summary(f: LoadFigures): Record<string, number | string> {
  return {
    database: f.database,
    seconds: f.seconds,
    users: f.users,
    requests: f.requests,
    unexpected: f.unexpected,
    p50Ms: f.latencyP50Ms,
    p99Ms: f.latencyP99Ms,
    rssStartMb: f.rss.startMb,
    rssBaselineMb: f.rss.baselineMb,
    rssEndMb: f.rss.endMb,
    rssMaxMb: f.rss.maxMb,
    rssGrowthPct: f.rss.growthPct,
    pgOutageMs: f.postgresOutage?.cutMs ?? '-',
    pg503: f.postgresOutage?.serviceUnavailable ?? '-',
    pgRecoveryMs: f.postgresOutage?.recoveryMs ?? '-',
    redisOutageMs: f.redisOutage?.cutMs ?? '-',
    redis5xx: f.redisOutage?.serviceUnavailable ?? '-',
    redisRecoveryMs: f.redisOutage?.recoveryMs ?? '-',
  };
}

const targets: LoadDatabase[] = ['PGlite'];
if (process.env.TEST_DATABASE_URL) targets.push('PostgreSQL');
const redisBase = process.env.TEST_REDIS_URL;

describe.each(targets)('mixed load with outages on %s', (database) => {
  test(
    'no 5xx but the outage 503s, recovery without restart',
    async () => {
      const f = await runMixedLoad(database, {
        seconds: SECONDS,
        users: USERS,
        thinkMs: 20,
        // A Redis database of its own per run and server (FLUSHDB is used on it).
        redisUrl: redisBase
          ? `${redisBase.replace(/\/\d*$/, '')}/${database === 'PGlite' ? 13 : 14}`
          : undefined,
        outages: true,
      });
      recordFigure('mixed-load', summary(f));
      console.log(JSON.stringify(f));
      expect(f.unexpectedExamples).toEqual([]);
      expect(f.requests).toBeGreaterThan(SECONDS * 5);
      if (database === 'PostgreSQL') {
        expect(f.postgresOutage?.serviceUnavailable).toBeGreaterThan(0);
        expect(f.postgresOutage?.recoveryMs).not.toBeNull();
        expect(f.postgresOutage?.samePid).toBe(true);
      }
      if (redisBase) {
        expect(f.redisOutage?.recoveryMs).not.toBeNull();
        expect(f.redisOutage?.serviceUnavailable).toBe(0);
        expect(f.redisOutage?.samePid).toBe(true);
      }
    },
    (SECONDS + 150) * 1000,
  );
});
