import type { LocalizedText } from '@zhiping/shared/indicator-system/schema';
import { BELOW_LEVEL_ONE, round2 } from '@zhiping/shared/scoring/labels';
import type { MessageKey } from '../../i18n/index.tsx';

export const fmt2 = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : round2(value).toFixed(2);

const LEVEL_KEYS: Record<number, MessageKey> = {
  1: 'level.1',
  2: 'level.2',
  3: 'level.3',
  4: 'level.4',
  5: 'level.5',
};

/** A maturity level's name; the comparison speaks of the model's five levels and 未达一级. */
export function levelLabel(
  level: number | null,
  t: (key: MessageKey) => string,
  pick: (text: LocalizedText) => string,
): string {
  if (level === null) return '—';
  if (level === 0) return pick(BELOW_LEVEL_ONE);
  const key = LEVEL_KEYS[level];
  return key ? t(key) : String(level);
}

export type Direction = 'up' | 'down' | 'same';

/** The direction of a change as it shows (a change that rounds to 0.00 shows as none). */
export function direction(delta: number): Direction {
  const shown = round2(delta);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'same';
}
