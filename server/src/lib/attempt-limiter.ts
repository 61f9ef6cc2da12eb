import type { Redis } from 'ioredis';
import { AppError } from './errors.ts';
import { deleteOldest } from './invariant.ts';

/**
 * Fixed-window counter per key (e.g. login attempts per account). @fastify/rate-limit runs
 * at most one limiter per request, so the per-account limit on login lives here while the
 * per-IP limit stays with the plugin.
 */
export interface AttemptStore {
  /** Counts one attempt and returns the count in the current window and its remaining ms. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  /** Forgets the key's count (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
}

export function memoryAttemptStore(maxKeys = 50_000): AttemptStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, windowMs) {
      const now = Date.now();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) {
        if (windows.size >= maxKeys) {
          for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
          if (windows.size >= maxKeys) deleteOldest(windows);
        }
        w = { count: 0, resetAt: now + windowMs };
        windows.set(key, w);
      }
      w.count++;
      return Promise.resolve({ count: w.count, resetMs: w.resetAt - now });
    },
    reset(key) {
      windows.delete(key);
      return Promise.resolve();
    },
  };
}

/** Shared across instances: INCR with the window's expiry set on the first hit, atomically. */
export function redisAttemptStore(redis: Redis, prefix = 'zp:attempts:'): AttemptStore {
  const script = `
    local n = redis.call('INCR', KEYS[1])
    if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
    return {n, redis.call('PTTL', KEYS[1])}`;
  return {
    async hit(key, windowMs) {
      // Redis away (or too slow): the limit fails open rather than refusing every sign-in
      // with a 500; ioredis reports the outage through its 'error' event (logged by the
      // redis plugin) and reconnects by itself.
      try {
        const [count, ttl] = (await redis.eval(script, 1, prefix + key, windowMs)) as [
          number,
          number,
        ];
        return { count, resetMs: ttl > 0 ? ttl : windowMs };
      } catch {
        return { count: 0, resetMs: windowMs };
      }
    },
    async reset(key) {
      await redis.del(prefix + key).catch(() => undefined);
    },
  };
}

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many attempts; retry in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

export function createAttemptLimiter(store: AttemptStore, max: number, windowMs: number) {
  return async (key: string): Promise<void> => {
    const { count, resetMs } = await store.hit(key, windowMs);
    if (count > max) throw new TooManyAttemptsError(Math.max(1, Math.ceil(resetMs / 1000)));
  };
}

/**
 * Failed attempts only (issue #13): an attempt is counted before it is checked, so parallel
 * guesses cannot slip past the limit, and a success clears the count. Keyed by the caller
 * (e.g. account and client address together), so someone else's failures never block the
 * real user signing in from their own address: only the guessing pair gets the 429.
 */
export function createFailureLimiter(store: AttemptStore, max: number, windowMs: number) {
  return {
    /** Before checking a credential: 429 while the key has used up its failures. */
    async attempt(key: string): Promise<void> {
      const { count, resetMs } = await store.hit(key, windowMs);
      if (count > max) throw new TooManyAttemptsError(Math.max(1, Math.ceil(resetMs / 1000)));
    },
    /** The credential was right: the attempt was no failure, and earlier ones are forgiven. */
    succeeded: (key: string) => store.reset(key),
  };
}
