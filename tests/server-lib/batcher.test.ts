import { createBatcher } from '@zhiping/server/lib/batcher';
import { describe, expect, test } from 'vitest';

interface Job {
  key: string;
  value: number;
  failAlone?: boolean;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A batcher over fake runners that record every call and finish when told to. */
function harness(opts: { concurrency: number; maxBatch?: number; failMany?: boolean }) {
  const calls: string[][] = [];
  const gates: (() => void)[] = [];
  const wait = () => new Promise<void>((r) => gates.push(r));
  const batcher = createBatcher<Job, number>({
    key: (j) => j.key,
    concurrency: opts.concurrency,
    maxBatch: opts.maxBatch ?? 32,
    runOne: async (j) => {
      calls.push([`${j.key}${j.value}`]);
      await wait();
      if (j.failAlone) throw new Error(`job ${j.value} failed`);
      return j.value * 10;
    },
    runMany: async (js) => {
      calls.push(js.map((j) => `${j.key}${j.value}`));
      await wait();
      if (opts.failMany) throw new Error('the batch failed');
      return js.map((j) => j.value * 10);
    },
  });
  const release = async () => {
    await tick();
    gates.splice(0).forEach((g) => g());
    await tick();
  };
  return { batcher, calls, release };
}

describe('the autosave batcher', () => {
  test('under no load a job runs at once and alone', async () => {
    const h = harness({ concurrency: 2 });
    const p = h.batcher.run({ key: 'a', value: 1 });
    await tick();
    expect(h.calls).toEqual([['a1']]);
    await h.release();
    await expect(p).resolves.toBe(10);
  });

  test('jobs arriving while the slots are busy leave together, each with its own result', async () => {
    const h = harness({ concurrency: 1 });
    const first = h.batcher.run({ key: 'a', value: 1 });
    const rest = [2, 3, 4].map((v) => h.batcher.run({ key: `k${v}`, value: v }));
    await tick();
    expect(h.calls).toEqual([['a1']]);
    await h.release();
    expect(h.calls).toEqual([['a1'], ['k22', 'k33', 'k44']]);
    await h.release();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
    expect(h.batcher.stats()).toEqual({ batches: 2, jobs: 4, fallbacks: 0 });
  });

  test('jobs with the same key never share a batch, and a batch holds at most maxBatch', async () => {
    const h = harness({ concurrency: 1, maxBatch: 2 });
    const all = [
      h.batcher.run({ key: 'a', value: 1 }),
      h.batcher.run({ key: 'x', value: 2 }),
      h.batcher.run({ key: 'x', value: 3 }),
      h.batcher.run({ key: 'y', value: 4 }),
      h.batcher.run({ key: 'z', value: 5 }),
    ];
    for (let i = 0; i < 4; i++) await h.release();
    expect(h.calls).toEqual([['a1'], ['x2', 'y4'], ['x3', 'z5']]);
    await expect(Promise.all(all)).resolves.toEqual([10, 20, 30, 40, 50]);
  });

  test('when a batch fails, each job is retried alone and only its own error reaches it', async () => {
    const h = harness({ concurrency: 1, failMany: true });
    const first = h.batcher.run({ key: 'a', value: 1 });
    const ok = h.batcher.run({ key: 'b', value: 2 });
    // Observed from the start, so the rejection is handled as soon as it happens.
    const bad = h.batcher.run({ key: 'c', value: 3, failAlone: true }).then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    for (let i = 0; i < 3; i++) await h.release();
    expect(h.calls).toEqual([['a1'], ['b2', 'c3'], ['b2'], ['c3']]);
    await expect(first).resolves.toBe(10);
    await expect(ok).resolves.toBe(20);
    await expect(bad).resolves.toBe('job 3 failed');
    expect(h.batcher.stats().fallbacks).toBe(1);
  });
});
