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

/**
 * The pair the compare page opens with, from the comparable assessments (newest first): B as
 * given (or the newest) against the assessment carried out just before it (or, for the oldest,
 * just after it). Null when there is no pair.
 */
export function defaultPair(
  newestFirst: { id: string }[],
  b: string | null,
): { a: string; b: string } | null {
  const i = b === null ? 0 : newestFirst.findIndex((x) => x.id === b);
  if (i < 0) return null;
  const chosen = newestFirst[i];
  const other = newestFirst[i + 1] ?? newestFirst[i - 1];
  return chosen && other ? { a: other.id, b: chosen.id } : null;
}

/** A change in words: "等级从二级升至三级，得分上升 0.42". */
export function changeSentence(
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
  from: { level: string; score: number },
  to: { level: string; score: number },
  levelDelta: number,
  scoreDelta: number,
): string {
  const levelPart =
    levelDelta > 0
      ? t('compare.words.levelUp', { from: from.level, to: to.level })
      : levelDelta < 0
        ? t('compare.words.levelDown', { from: from.level, to: to.level })
        : t('compare.words.levelSame', { level: to.level });
  const dir = direction(scoreDelta);
  const amount = Math.abs(round2(scoreDelta)).toFixed(2);
  const scorePart =
    dir === 'up'
      ? t('compare.words.scoreUp', { amount, from: fmt2(from.score), to: fmt2(to.score) })
      : dir === 'down'
        ? t('compare.words.scoreDown', { amount, from: fmt2(from.score), to: fmt2(to.score) })
        : t('compare.words.scoreSame', { score: fmt2(to.score) });
  return `${levelPart}${t('compare.words.join')}${scorePart}`;
}
