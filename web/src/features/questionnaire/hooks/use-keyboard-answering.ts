import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { storage } from '../../../lib/storage.ts';
import { keyCommand } from '../keyboard.ts';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';

const PREFERENCE = 'zhiping.keyboardAnswering';

/** The user's choice to answer by single keys; on unless they turned it off. */
export function useKeyboardPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => storage.get<boolean>(PREFERENCE) ?? true);
  return [
    on,
    (next) => {
      setOn(next);
      storage.set(PREFERENCE, next);
    },
  ];
}

/**
 * Document-wide single-key answering while `enabled`: 1–5 answer the active item, ↑/↓ and
 * k/j move. Keys typed into text fields are left alone.
 */
export function useKeyboardAnswering({
  enabled,
  active,
  naAvailable,
  onChoose,
  onMove,
}: {
  enabled: boolean;
  active: string | null;
  naAvailable: (requirementId: string) => boolean;
  onChoose: (requirementId: string, choice: AnswerChoice) => boolean;
  onMove: (requirementId: string, step: 1 | -1) => boolean;
}) {
  const latest = useRef({ active, naAvailable, onChoose, onMove });
  // Updated during commit, so a key pressed right after a move already sees the new item.
  useLayoutEffect(() => {
    latest.current = { active, naAvailable, onChoose, onMove };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const { active: current, naAvailable: na, onChoose: choose, onMove: move } = latest.current;
      if (e.defaultPrevented || current === null) return;
      const cmd = keyCommand(e, na(current));
      if (cmd === null) return;
      const handled = cmd.kind === 'choose' ? choose(current, cmd.choice) : move(current, cmd.step);
      // A move past the last item lets the page scroll as usual.
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
