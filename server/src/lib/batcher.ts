import { at } from './invariant.ts';

/**
 * Adaptive batching of independent jobs into fewer database round trips (group commit at the
 * application level). At most `concurrency` batches run at once; a job arriving while they are
 * all busy waits and leaves with the next batch, together with everything else that arrived
 * meanwhile. Under no load a job runs at once and alone, so batching adds no latency; under
 * load, batches grow with the queue and the per-statement and per-commit costs are shared.
 *
 * Jobs with the same key never share a batch.
 * When a batch fails as a whole, each of its jobs is retried alone, so one job's error reaches
 * that job only.
 */
export interface BatcherOptions<A, R> {
  key: (job: A) => string;
  runOne: (job: A) => Promise<R>;
  /** Results in the order of the jobs. */
  runMany: (jobs: A[]) => Promise<R[]>;
  concurrency: number;
  maxBatch: number;
}

interface Pending<A, R> {
  job: A;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export interface Batcher<A, R> {
  run(job: A): Promise<R>;
  /** Batches run so far and the jobs they carried (for tests and the benchmark's notes). */
  stats(): { batches: number; jobs: number; fallbacks: number };
}

export function createBatcher<A, R>(opts: BatcherOptions<A, R>): Batcher<A, R> {
  let queue: Pending<A, R>[] = [];
  let running = 0;
  const counts = { batches: 0, jobs: 0, fallbacks: 0 };

  const settleAlone = (p: Pending<A, R>) =>
    Promise.resolve()
      .then(() => opts.runOne(p.job))
      .then(p.resolve, p.reject);

  async function execute(group: Pending<A, R>[]) {
    counts.batches++;
    counts.jobs += group.length;
    if (group.length === 1) return settleAlone(at(group, 0));
    let results: R[];
    try {
      results = await opts.runMany(group.map((p) => p.job));
      if (results.length !== group.length) throw new Error('batch result count mismatch');
    } catch {
      counts.fallbacks++;
      await Promise.all(group.map(settleAlone));
      return;
    }
    group.forEach((p, i) => p.resolve(at(results, i)));
  }

  function pump() {
    while (running < opts.concurrency && queue.length) {
      const keys = new Set<string>();
      const group: Pending<A, R>[] = [];
      const rest: Pending<A, R>[] = [];
      for (const p of queue) {
        const k = opts.key(p.job);
        if (group.length < opts.maxBatch && !keys.has(k)) {
          keys.add(k);
          group.push(p);
        } else rest.push(p);
      }
      queue = rest;
      running++;
      void execute(group).finally(() => {
        running--;
        pump();
      });
    }
  }

  return {
    run(job) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    stats: () => ({ ...counts }),
  };
}
