import type { IndicatorSystem, LocalizedText } from '../indicator-system/schema.ts';

export const BELOW_LEVEL_ONE: LocalizedText = { zh: '未达一级', en: 'Below level 1' };

/** Name of a maturity level as the version defines it; level 0 is 未达一级. */
export function levelName(system: IndicatorSystem, level: number): LocalizedText {
  if (level === 0) return BELOW_LEVEL_ONE;
  const definition = system.levels.find((l) => l.level === level);
  if (definition === undefined)
    throw new RangeError(`no maturity level ${level} in ${system.code}`);
  return definition.name;
}

export const SMART_FACTORY_TIER_KEYS = ['basic', 'advanced', 'excellent', 'leading'] as const;
export type SmartFactoryTierKey = (typeof SMART_FACTORY_TIER_KEYS)[number];

export interface SmartFactoryTier {
  key: SmartFactoryTierKey;
  /** Lowest CMMM maturity level the tier requires. */
  minLevel: number;
  label: LocalizedText;
}

/**
 * Smart-factory tiers (智能工厂梯度培育, 2025 要素条件) and the CMMM level each requires
 * (domain.md §2, a secondary source): pass another table if the rule changes.
 */
export const SMART_FACTORY_TIERS: readonly SmartFactoryTier[] = [
  { key: 'basic', minLevel: 2, label: { zh: '基础级', en: 'Basic' } },
  { key: 'advanced', minLevel: 2, label: { zh: '先进级', en: 'Advanced' } },
  { key: 'excellent', minLevel: 3, label: { zh: '卓越级', en: 'Excellent' } },
  { key: 'leading', minLevel: 4, label: { zh: '领航级', en: 'Leading' } },
];

export interface TierEligibility {
  /** Tiers whose maturity condition the level meets, lowest first. */
  eligible: SmartFactoryTier[];
  /** The highest of them, or null. */
  highest: SmartFactoryTier | null;
  /** A sentence for the report. */
  label: LocalizedText;
}

/** Which smart-factory tiers a maturity level qualifies for (the CMMM condition only). */
export function tierForLevel(
  level: number,
  tiers: readonly SmartFactoryTier[] = SMART_FACTORY_TIERS,
): TierEligibility {
  const eligible = tiers.filter((t) => level >= t.minLevel);
  const highest = eligible[eligible.length - 1] ?? null;
  const label: LocalizedText =
    eligible.length === 0
      ? {
          zh: '尚未满足智能工厂梯度培育的成熟度要求',
          en: 'Not yet eligible for a smart-factory tier',
        }
      : {
          zh: `满足${eligible.map((t) => t.label.zh).join('、')}智能工厂的成熟度要求`,
          en: `Meets the maturity condition for ${eligible.map((t) => t.label.en).join(', ')} smart factories`,
        };
  return { eligible, highest, label };
}

/**
 * Rounds to 2 decimals, halves away from zero, for display only. A value whose exact
 * score is 1.005 arrives as the double 1.00499999999999989…; rounding its 15 significant
 * digits first lets it show as 1.01 as the exact value would.
 */
export function round2(value: number): number {
  if (!Number.isFinite(value)) return value;
  const hundredths = Number((Math.abs(value) * 100).toPrecision(15));
  return (Math.sign(value) * Math.round(hundredths)) / 100 || 0;
}
