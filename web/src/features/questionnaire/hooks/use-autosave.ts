import type { AnswersResponse } from '@zhiping/shared/api/assessments';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { storage } from '../../../lib/storage.ts';
import { answerFromView, answerSender } from '../api/save-answers.ts';
import {
  createAutosaveQueue,
  type AnswerEdit,
  type AutosaveQueue,
  type AutosaveSnapshot,
  type UnsavedStore,
} from '../autosave-queue.ts';

const unsavedKey = (assessmentId: string) => `zhiping.unsaved.${assessmentId}`;

/** Unsaved edits of one assessment in localStorage, so a reload or a crash keeps them. */
export function unsavedStore(assessmentId: string): UnsavedStore {
  const key = unsavedKey(assessmentId);
  return {
    load: () => storage.get<Record<string, AnswerEdit>>(key),
    save: (edits) => void storage.set(key, edits),
  };
}

export const forgetUnsaved = (assessmentId: string) =>
  void storage.set(unsavedKey(assessmentId), null);

const IDLE: AutosaveSnapshot = {
  status: 'saved',
  revision: 0,
  answers: new Map(),
  unsaved: 0,
  errorCode: null,
  retrying: false,
  lastSavedAt: null,
};
const noSubscribe = () => () => {};

/**
 * One autosave queue per assessment, created from the answers loaded on open. It retries when
 * the browser comes back online and sends at once when the tab is hidden.
 */
export function useAutosave(
  assessmentId: string,
  loaded: AnswersResponse | undefined,
  editable: boolean,
): { queue: AutosaveQueue | null; snapshot: AutosaveSnapshot } {
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  const ready = loaded !== undefined;
  const [queue, setQueue] = useState<AutosaveQueue | null>(null);

  useEffect(() => {
    const initial = loadedRef.current;
    if (!initial) return;
    if (!editable) {
      // Locked answers cannot take edits kept from earlier visits.
      forgetUnsaved(assessmentId);
    }
    const q = createAutosaveQueue({
      revision: initial.revision,
      answers: initial.answers.map(answerFromView),
      send: answerSender(assessmentId),
      store: editable ? unsavedStore(assessmentId) : undefined,
    });
    setQueue(q);
    const onOnline = () => q.retry();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void q.flush();
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onHidden);
      void q.flush().finally(() => q.dispose());
      setQueue(null);
    };
  }, [assessmentId, ready, editable]);

  const snapshot = useSyncExternalStore(
    queue?.subscribe ?? noSubscribe,
    queue?.getSnapshot ?? (() => IDLE),
  );
  return { queue, snapshot };
}
