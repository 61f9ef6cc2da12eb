import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createAutosaveQueue,
  exponentialBackoff,
  mergeEdits,
  type AnswerEdit,
  type AnswerPatch,
  type AutosaveOptions,
  type SaveOutcome,
  type ServerAnswer,
} from '../../../web/src/features/questionnaire/autosave-queue.ts';

/**
 * A scripted stand-in for the PATCH endpoint: records each batch and answers with the next
 * scripted outcome, or, by default, saves like the server does (field-wise upsert, revision+1).
 */
function scriptedServer(revision = 1, answers: ServerAnswer[] = []) {
  const state = {
    revision,
    answers: new Map(answers.map((a) => [a.requirementId, a])),
  };
  const calls: { revision: number; batch: AnswerPatch[] }[] = [];
  const script: (SaveOutcome | 'save' | Promise<SaveOutcome>)[] = [];
  const save = (batch: AnswerPatch[]): SaveOutcome => {
    state.revision++;
    const saved = batch.map((p) => {
      const prev = state.answers.get(p.requirementId);
      const next: ServerAnswer = {
        requirementId: p.requirementId,
        choice: p.choice === undefined ? (prev?.choice ?? null) : p.choice,
        comment: p.comment ?? prev?.comment ?? '',
        evidence: p.evidence ?? prev?.evidence ?? { notes: '', links: [] },
      };
      state.answers.set(p.requirementId, next);
      return next;
    });
    return { kind: 'saved', revision: state.revision, answers: saved };
  };
  const send = (rev: number, batch: AnswerPatch[]): Promise<SaveOutcome> => {
    calls.push({ revision: rev, batch: structuredClone(batch) });
    const next = script.shift() ?? 'save';
    if (next === 'save') {
      if (rev !== state.revision) {
        return Promise.resolve({
          kind: 'conflict',
          currentRevision: state.revision,
          current: batch.flatMap((p) => state.answers.get(p.requirementId) ?? []),
        });
      }
      return Promise.resolve(save(batch));
    }
    return Promise.resolve(next);
  };
  return { state, calls, script, send };
}

function memoryStore(initial: Record<string, AnswerEdit> | null = null) {
  const store = {
    value: initial,
    load: () => store.value,
    save: (edits: Record<string, AnswerEdit> | null) => {
      store.value = edits === null ? null : structuredClone(edits);
    },
  };
  return store;
}

const answer = (requirementId: string, over: Partial<ServerAnswer> = {}): ServerAnswer => ({
  requirementId,
  choice: null,
  comment: '',
  evidence: { notes: '', links: [] },
  ...over,
});

function queueWith(
  server: ReturnType<typeof scriptedServer>,
  extra: Partial<AutosaveOptions> = {},
) {
  return createAutosaveQueue({
    revision: server.state.revision,
    answers: [...server.state.answers.values()],
    send: server.send,
    ...extra,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('queueing and merging edits', () => {
  test('edits within the debounce go out as one batch, field by field, with the revision', async () => {
    const server = scriptedServer(3);
    const q = queueWith(server);
    q.edit('a', { choice: 'full' });
    q.edit('a', { comment: '已建立制度' });
    q.edit('b', { choice: 'partial' });
    q.edit('b', { choice: 'most' });
    expect(q.getSnapshot().status).toBe('pending');
    expect(q.getSnapshot().answers.get('b')?.choice).toBe('most');
    await vi.advanceTimersByTimeAsync(599);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([
      {
        revision: 3,
        batch: [
          { requirementId: 'a', choice: 'full', comment: '已建立制度' },
          { requirementId: 'b', choice: 'most' },
        ],
      },
    ]);
    expect(q.getSnapshot()).toMatchObject({ status: 'saved', revision: 4, unsaved: 0 });
  });

  test('an edit equal to the current value queues nothing', async () => {
    const server = scriptedServer(1, [answer('a', { choice: 'full', comment: 'x' })]);
    const q = queueWith(server);
    q.edit('a', { choice: 'full', comment: 'x', evidence: { notes: '', links: [] } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(0);
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('edits made while a batch travels go in the next batch and stay visible', async () => {
    const server = scriptedServer(1);
    let release!: (o: SaveOutcome) => void;
    server.script.push(new Promise<SaveOutcome>((r) => (release = r)));
    const q = queueWith(server);
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot().status).toBe('saving');
    q.edit('a', { comment: '补充说明' });
    q.edit('b', { choice: 'none' });
    expect(q.getSnapshot().answers.get('a')).toMatchObject({ choice: 'full', comment: '补充说明' });
    release({ kind: 'saved', revision: 2, answers: [answer('a', { choice: 'full' })] });
    await vi.advanceTimersByTimeAsync(0);
    // The server's copy of 'a' lacks the comment, but the unsaved comment stays on top.
    expect(q.getSnapshot().answers.get('a')).toMatchObject({ choice: 'full', comment: '补充说明' });
    server.state.revision = 2;
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls[1]).toEqual({
      revision: 2,
      batch: [
        { requirementId: 'a', comment: '补充说明' },
        { requirementId: 'b', choice: 'none' },
      ],
    });
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('a batch holds at most maxBatch requirements; the rest follow at once', async () => {
    const server = scriptedServer(1);
    const q = queueWith(server, { maxBatch: 2 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) q.edit(id, { choice: 'full' });
    expect(await q.whenIdle()).toBe(true);
    expect(server.calls.map((c) => c.batch.map((p) => p.requirementId))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
  });

  test.each([
    [
      'a later value of the same field wins',
      { choice: 'full' },
      { choice: 'none' },
      { choice: 'none' },
    ],
    [
      'different fields combine',
      { choice: 'full' },
      { comment: 'c' },
      { choice: 'full', comment: 'c' },
    ],
  ] as const)('mergeEdits: %s', (_name, older, newer, merged) => {
    const out = mergeEdits(
      new Map<string, AnswerEdit>([['a', older]]),
      new Map<string, AnswerEdit>([['a', newer]]),
    );
    expect(out.get('a')).toEqual(merged);
  });
});

describe('revision conflicts', () => {
  test('takes the current revision, keeps the user’s fields and the server’s others, resends', async () => {
    // Another device saved a comment on 'a' and moved the revision to 7.
    const server = scriptedServer(6, [answer('a', { choice: 'partial' })]);
    const q = queueWith(server);
    server.state.revision = 7;
    server.state.answers.set('a', answer('a', { choice: 'partial', comment: '来自另一台设备' }));
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls.map((c) => c.revision)).toEqual([6, 7]);
    expect(server.calls[1]!.batch).toEqual([{ requirementId: 'a', choice: 'full' }]);
    expect(q.getSnapshot()).toMatchObject({ status: 'saved', revision: 8 });
    expect(q.getSnapshot().answers.get('a')).toMatchObject({
      choice: 'full',
      comment: '来自另一台设备',
    });
  });

  test('gives up with an error after too many conflicts in a row, keeping the edits', async () => {
    const server = scriptedServer(1);
    for (let i = 0; i < 4; i++)
      server.script.push({ kind: 'conflict', currentRevision: 10 + i, current: [] });
    const store = memoryStore();
    const q = queueWith(server, { maxConflictRetries: 3, store });
    q.edit('a', { choice: 'most' });
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls).toHaveLength(4);
    expect(q.getSnapshot()).toMatchObject({ status: 'error', errorCode: 'revision_conflict' });
    expect(q.getSnapshot().answers.get('a')?.choice).toBe('most');
    expect(store.value).toEqual({ a: { choice: 'most' } });
  });
});

describe('offline and failures', () => {
  test('offline: keeps the edits, retries with backoff, and saves when the network is back', async () => {
    const server = scriptedServer(1);
    server.script.push({ kind: 'offline' }, { kind: 'offline' });
    const q = queueWith(server);
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot()).toMatchObject({ status: 'offline', retrying: true, unsaved: 1 });
    expect(q.getSnapshot().answers.get('a')?.choice).toBe('full');
    // An edit while offline waits for the scheduled retry.
    q.edit('b', { choice: 'none' });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(2);
    expect(q.getSnapshot().status).toBe('offline');
    // Second failure: the next retry waits 2 s.
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls[2]!.batch).toEqual([
      { requirementId: 'a', choice: 'full' },
      { requirementId: 'b', choice: 'none' },
    ]);
    expect(q.getSnapshot()).toMatchObject({ status: 'saved', unsaved: 0, retrying: false });
  });

  test('retry() (the online event) sends at once instead of waiting out the backoff', async () => {
    const server = scriptedServer(1);
    server.script.push({ kind: 'offline' }, { kind: 'offline' }, { kind: 'offline' });
    const q = queueWith(server, { retryDelayMs: () => 60_000 });
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls).toHaveLength(1);
    server.script.length = 0;
    q.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('a retryable server failure shows 保存失败 and retries by itself', async () => {
    const server = scriptedServer(1);
    server.script.push({ kind: 'failed', retryable: true, code: 'service_unavailable' });
    const q = queueWith(server);
    q.edit('a', { choice: 'partial' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot()).toMatchObject({
      status: 'error',
      errorCode: 'service_unavailable',
      retrying: true,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('a refused batch is not retried by itself; the edits stay until the user retries', async () => {
    const server = scriptedServer(1);
    server.script.push({ kind: 'failed', retryable: false, code: 'validation_failed' });
    const q = queueWith(server);
    q.edit('a', { choice: 'partial' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot()).toMatchObject({ status: 'error', retrying: false, unsaved: 1 });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveLength(1);
    q.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('a transport that throws counts as a retryable failure, never as lost edits', async () => {
    const server = scriptedServer(1);
    let first = true;
    const q = queueWith(server, {
      send: (rev, batch) => {
        if (first) {
          first = false;
          return Promise.reject(new Error('boom'));
        }
        return server.send(rev, batch);
      },
    });
    q.edit('a', { choice: 'none' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot()).toMatchObject({ status: 'error', unsaved: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.getSnapshot().status).toBe('saved');
    expect(server.state.answers.get('a')?.choice).toBe('none');
  });

  test.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [5, 16_000],
    [6, 30_000],
    [20, 30_000],
  ])('retry %i waits %i ms', (attempt, ms) => {
    expect(exponentialBackoff(attempt)).toBe(ms);
  });
});

describe('persistence and idle', () => {
  test('unsaved edits are stored at once and cleared when saved', async () => {
    const server = scriptedServer(1);
    const store = memoryStore();
    const q = queueWith(server, { store });
    q.edit('a', { choice: 'full', comment: '草稿' });
    expect(store.value).toEqual({ a: { choice: 'full', comment: '草稿' } });
    await vi.advanceTimersByTimeAsync(600);
    expect(store.value).toBeNull();
    expect(q.getSnapshot().status).toBe('saved');
  });

  test('a reload restores stored edits over the server answers and sends them', async () => {
    const server = scriptedServer(5, [answer('a', { choice: 'none', comment: '旧' })]);
    const store = memoryStore({ a: { choice: 'most' }, b: { comment: '未保存的备注' } });
    const q = queueWith(server, { store });
    expect(q.getSnapshot()).toMatchObject({ status: 'pending', unsaved: 2 });
    expect(q.getSnapshot().answers.get('a')).toMatchObject({ choice: 'most', comment: '旧' });
    expect(q.getSnapshot().answers.get('b')).toMatchObject({
      choice: null,
      comment: '未保存的备注',
    });
    await vi.advanceTimersByTimeAsync(600);
    expect(server.calls[0]).toEqual({
      revision: 5,
      batch: [
        { requirementId: 'a', choice: 'most' },
        { requirementId: 'b', comment: '未保存的备注' },
      ],
    });
    expect(store.value).toBeNull();
  });

  test('an edit in flight is stored too, so a reload mid-request keeps it', async () => {
    const server = scriptedServer(1);
    server.script.push(new Promise<SaveOutcome>(() => {}));
    const store = memoryStore();
    const q = queueWith(server, { store });
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(q.getSnapshot().status).toBe('saving');
    expect(store.value).toEqual({ a: { choice: 'full' } });
  });

  test('whenIdle skips the debounce and tells whether everything was saved', async () => {
    const server = scriptedServer(1);
    const q = queueWith(server);
    q.edit('a', { choice: 'full' });
    const ok = q.whenIdle();
    await vi.advanceTimersByTimeAsync(0);
    expect(await ok).toBe(true);
    server.script.push({ kind: 'offline' });
    q.edit('b', { choice: 'full' });
    const failed = q.whenIdle();
    await vi.advanceTimersByTimeAsync(0);
    expect(await failed).toBe(false);
  });

  test('subscribers hear every state change; the snapshot is stable between changes', async () => {
    const server = scriptedServer(1);
    const q = queueWith(server);
    const seen: string[] = [];
    q.subscribe(() => seen.push(q.getSnapshot().status));
    const before = q.getSnapshot();
    expect(q.getSnapshot()).toBe(before);
    q.edit('a', { choice: 'full' });
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });
});
