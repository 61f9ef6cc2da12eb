import type { OrganizationSize } from '../api/common.ts';
import type { AnswerChoice, Level } from '../indicator-system/schema.ts';

export const EFFORT_CLASSES = ['S', 'M', 'L'] as const;
export type EffortClass = (typeof EFFORT_CLASSES)[number];

/**
 * Rough effort to close one gap [D]. Points: the level (a level-1 requirement is a rule or
 * a plan, a level-5 one a new capability: 0..4), the enterprise size (more lines and sites
 * to roll out to: micro/small 0, medium 1, large 2), less what is already in place
 * ('most' −2, 'partial' −1). Up to 1 point is S, 2–3 M, 4 and more L.
 */
const LEVEL_POINTS: Readonly<Record<Level, number>> = { 1: 0, 2: 1, 3: 2, 4: 3, 5: 4 };
const SIZE_POINTS: Readonly<Record<OrganizationSize, number>> = {
  micro: 0,
  small: 0,
  medium: 1,
  large: 2,
};
const PROGRESS_POINTS: Readonly<Record<AnswerChoice, number>> = {
  full: 0,
  most: -2,
  partial: -1,
  none: 0,
  na: 0,
};

export function effortClass(
  level: Level,
  answer: AnswerChoice | null,
  size: OrganizationSize | null,
): EffortClass {
  const points =
    LEVEL_POINTS[level] +
    (size === null ? SIZE_POINTS.medium : SIZE_POINTS[size]) +
    (answer === null ? 0 : PROGRESS_POINTS[answer]);
  if (points <= 1) return 'S';
  if (points <= 3) return 'M';
  return 'L';
}
