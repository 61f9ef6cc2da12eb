import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';

/**
 * The questionnaire's autosave: a framework-free state machine over the answers.
 *
 * Every edit goes into a queue of unsaved field changes per requirement; after a quiet spell
 * (debounce) the queue is sent as one PATCH batch with the revision last seen. The visible
 * answers are always the server's answers with the unsaved edits on top, so nothing the user
 * typed disappears while it travels:
 *
 * - saved: the server's answers for the batch replace ours and the revision moves on;
 * - 409 revision_conflict (another device saved first): take the current revision and the
 *   server's answers, keep the user's edits on top (they win for the fields the user
 *   changed, the server's values stand for the rest) and send again at once;
 * - offline / a retryable failure: the batch goes back into the queue and is retried with
 *   exponential backoff, and at once when the consumer reports the network is back;
 * - any other failure: the edits stay queued, a manual retry or the next edit sends again.
 *
 * Unsaved edits are written to a store (localStorage per assessment) after every change, so
 * a reload or a crash does not lose them.
 */

export interface Evidence {
  notes: string;
  links: string[];
}

export interface AnswerState {
  choice: AnswerChoice | null;
  comment: string;
  evidence: Evidence;
}

/** The fields of one answer the user changed. */
export type AnswerEdit = Partial<AnswerState>;

export interface ServerAnswer extends AnswerState {
  requirementId: string;
}

export interface AnswerPatch extends AnswerEdit {
  requirementId: string;
}

export type SaveOutcome =
  | { kind: 'saved'; revision: number; answers: readonly ServerAnswer[] }
  | { kind: 'conflict'; currentRevision: number; current: readonly ServerAnswer[] }
  | { kind: 'offline' }
  | { kind: 'failed'; retryable: boolean; code: string };

/**
 * saved: nothing left to send · pending: edits wait for the debounce · saving: a batch is on
 * its way · offline: no network, retrying · error: the server refused or failed.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'error';

export interface AutosaveSnapshot {
  status: SaveStatus;
  revision: number;
  /** Server answers with the unsaved edits applied: what the questionnaire shows. */
  answers: ReadonlyMap<string, AnswerState>;
  /** Requirements with edits not yet confirmed by the server. */
  unsaved: number;
  /** The failure's code while status is 'error'. */
  errorCode: string | null;
  /** A retry is scheduled (offline, or a retryable failure). */
  retrying: boolean;
  lastSavedAt: number | null;
}

export interface UnsavedStore {
  load(): Record<string, AnswerEdit> | null;
  save(edits: Record<string, AnswerEdit> | null): void;
}

export interface AutosaveOptions {
  revision: number;
  answers: readonly ServerAnswer[];
  send: (revision: number, batch: AnswerPatch[]) => Promise<SaveOutcome>;
  store?: UnsavedStore | undefined;
  debounceMs?: number;
  /** Delay before retry number `attempt` (1, 2, …). */
  retryDelayMs?: (attempt: number) => number;
  /** At most this many requirements per request (the API takes 500). */
  maxBatch?: number;
  /** Consecutive conflicts tolerated before giving up with status 'error'. */
  maxConflictRetries?: number;
  now?: () => number;
}

export interface AutosaveQueue {
  getSnapshot: () => AutosaveSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Records a change to one requirement's answer; fields equal to the current value are ignored. */
  edit(requirementId: string, edit: AnswerEdit): void;
  /** Sends what is queued now, skipping the debounce. */
  flush(): Promise<void>;
  /** Sends everything now; true once all of it is saved, false if saving failed. */
  whenIdle(): Promise<boolean>;
  /** The user asked to retry, or the network came back. */
  retry(): void;
  /** Replaces the server state (e.g. after a reload of the answers); unsaved edits stay on top. */
  resetServer(revision: number, answers: readonly ServerAnswer[]): void;
  dispose(): void;
}

export const EMPTY_ANSWER: AnswerState = {
  choice: null,
  comment: '',
  evidence: { notes: '', links: [] },
};

export const exponentialBackoff = (attempt: number) =>
  Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));

const stateOf = (a: ServerAnswer): AnswerState => ({
  choice: a.choice,
  comment: a.comment,
  evidence: { notes: a.evidence.notes, links: [...a.evidence.links] },
});

const sameEvidence = (a: Evidence, b: Evidence) =>
  a.notes === b.notes &&
  a.links.length === b.links.length &&
  a.links.every((l, i) => l === b.links[i]);

/** Later edits win field by field. */
export function mergeEdits(
  older: ReadonlyMap<string, AnswerEdit>,
  newer: ReadonlyMap<string, AnswerEdit>,
): Map<string, AnswerEdit> {
  const out = new Map(older);
  for (const [id, edit] of newer) out.set(id, { ...out.get(id), ...edit });
  return out;
}

export function createAutosaveQueue(options: AutosaveOptions): AutosaveQueue {
  const debounceMs = options.debounceMs ?? 600;
  const retryDelay = options.retryDelayMs ?? exponentialBackoff;
  const maxBatch = options.maxBatch ?? 500;
  const maxConflicts = options.maxConflictRetries ?? 5;
  const now = options.now ?? Date.now;
  const store = options.store;

  let revision = options.revision;
  const server = new Map(options.answers.map((a) => [a.requirementId, stateOf(a)]));
  let pending = new Map<string, AnswerEdit>(Object.entries(store?.load() ?? {}));
  let inflight: Map<string, AnswerEdit> | null = null;
  let flushAgain = false;
  let status: SaveStatus = pending.size ? 'pending' : 'saved';
  let errorCode: string | null = null;
  let attempt = 0;
  let conflicts = 0;
  let lastSavedAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retrying = false;
  let disposed = false;
  let idleWaiters: ((ok: boolean) => void)[] = [];
  const listeners = new Set<() => void>();

  const unsaved = () => (inflight ? mergeEdits(inflight, pending) : pending);

  const build = (): AutosaveSnapshot => {
    const edits = unsaved();
    const answers = new Map<string, AnswerState>(server);
    for (const [id, edit] of edits)
      answers.set(id, { ...EMPTY_ANSWER, ...server.get(id), ...edit });
    return {
      status,
      revision,
      answers,
      unsaved: edits.size,
      errorCode,
      retrying,
      lastSavedAt,
    };
  };
  let snapshot = build();

  const emit = () => {
    snapshot = build();
    for (const l of listeners) l();
  };

  const persist = () => {
    const edits = unsaved();
    store?.save(edits.size ? Object.fromEntries(edits) : null);
  };

  const settle = (ok: boolean) => {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w(ok);
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    retrying = false;
  };

  const schedule = (ms: number, isRetry = false) => {
    clearTimer();
    retrying = isRetry;
    timer = setTimeout(() => {
      timer = null;
      retrying = false;
      void flush();
    }, ms);
  };

  /** The batch could not be saved: its edits go back under any newer ones. */
  const requeue = () => {
    if (inflight) pending = mergeEdits(inflight, pending);
    inflight = null;
  };

  async function flush(): Promise<void> {
    if (disposed) return;
    if (inflight) {
      flushAgain = true;
      return;
    }
    clearTimer();
    if (pending.size === 0) {
      if (status !== 'error') status = 'saved';
      emit();
      settle(status === 'saved');
      return;
    }
    const ids = [...pending.keys()].slice(0, maxBatch);
    inflight = new Map(ids.map((id) => [id, pending.get(id) ?? {}]));
    for (const id of ids) pending.delete(id);
    flushAgain = false;
    status = 'saving';
    emit();

    const batch: AnswerPatch[] = [...inflight].map(([requirementId, edit]) => ({
      requirementId,
      ...edit,
    }));
    let outcome: SaveOutcome;
    try {
      outcome = await options.send(revision, batch);
    } catch {
      outcome = { kind: 'failed', retryable: true, code: 'unexpected' };
    }
    if (disposed) return;

    switch (outcome.kind) {
      case 'saved': {
        revision = outcome.revision;
        for (const a of outcome.answers) server.set(a.requirementId, stateOf(a));
        inflight = null;
        attempt = 0;
        conflicts = 0;
        errorCode = null;
        lastSavedAt = now();
        persist();
        if (pending.size === 0) {
          status = 'saved';
          emit();
          settle(true);
        } else {
          status = 'pending';
          emit();
          if (flushAgain || idleWaiters.length) void flush();
          else schedule(debounceMs);
        }
        return;
      }
      case 'conflict': {
        revision = outcome.currentRevision;
        for (const a of outcome.current) server.set(a.requirementId, stateOf(a));
        requeue();
        persist();
        conflicts++;
        if (conflicts > maxConflicts) {
          status = 'error';
          errorCode = 'revision_conflict';
          emit();
          settle(false);
          return;
        }
        status = 'pending';
        emit();
        void flush();
        return;
      }
      case 'offline':
      case 'failed': {
        requeue();
        persist();
        attempt++;
        const retryable = outcome.kind === 'offline' || outcome.retryable;
        status = outcome.kind === 'offline' ? 'offline' : 'error';
        errorCode = outcome.kind === 'offline' ? null : outcome.code;
        if (retryable) schedule(retryDelay(attempt), true);
        emit();
        settle(false);
        return;
      }
    }
  }

  // Edits restored from the store were never confirmed: send them soon.
  if (pending.size) schedule(debounceMs);

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(requirementId, edit) {
      if (disposed) return;
      const current = snapshot.answers.get(requirementId) ?? EMPTY_ANSWER;
      const changed: AnswerEdit = {};
      if (edit.choice !== undefined && edit.choice !== current.choice) changed.choice = edit.choice;
      if (edit.comment !== undefined && edit.comment !== current.comment)
        changed.comment = edit.comment;
      if (edit.evidence !== undefined && !sameEvidence(edit.evidence, current.evidence))
        changed.evidence = { notes: edit.evidence.notes, links: [...edit.evidence.links] };
      if (Object.keys(changed).length === 0) return;
      pending.set(requirementId, { ...pending.get(requirementId), ...changed });
      persist();
      // Offline or failing: the scheduled retry sends this edit too.
      if (!inflight && !retrying) {
        status = 'pending';
        errorCode = null;
        schedule(debounceMs);
      }
      emit();
    },
    flush,
    whenIdle() {
      if (!inflight && pending.size === 0) return Promise.resolve(status !== 'error');
      const done = new Promise<boolean>((resolve) => idleWaiters.push(resolve));
      if (inflight) flushAgain = true;
      else void flush();
      return done;
    },
    retry() {
      if (disposed || inflight) return;
      if (pending.size) void flush();
    },
    resetServer(nextRevision, answers) {
      revision = nextRevision;
      server.clear();
      for (const a of answers) server.set(a.requirementId, stateOf(a));
      emit();
    },
    dispose() {
      disposed = true;
      clearTimer();
      listeners.clear();
      settle(false);
    },
  };
}
