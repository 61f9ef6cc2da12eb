import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import { CHOICE_ORDER } from './outline.ts';

export type KeyCommand =
  { kind: 'choose'; choice: AnswerChoice } | { kind: 'move'; step: 1 | -1 } | null;

/** True where a key press is typing (text fields, selects, editable content), not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/**
 * The questionnaire's single-key shortcuts (WCAG 2.1.4: they can be turned off): 1–5 answer
 * the current item (5 is 不适用, only where allowed), ↑/↓ and k/j move between items.
 */
export function keyCommand(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
  naAvailable: boolean,
): KeyCommand {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', step: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', step: -1 };
  }
  const n = Number(e.key);
  if (Number.isInteger(n) && n >= 1 && n <= 5 && e.key.length === 1) {
    const choice = CHOICE_ORDER[n - 1];
    if (choice === undefined || (choice === 'na' && !naAvailable)) return null;
    return { kind: 'choose', choice };
  }
  return null;
}
