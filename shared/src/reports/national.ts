import type { LocalizedText } from '../indicator-system/schema.ts';

/**
 * National reference distribution of self-assessed maturity levels (domain.md §4). These are
 * published figures, kept as data: each row carries its year and how sure the source is
 * ('V' official or near-official, 'S' secondary). Shares are whole percents.
 */
export const NATIONAL_BANDS = ['le1', 'l2', 'l3', 'ge4'] as const;
export type NationalBand = (typeof NATIONAL_BANDS)[number];

export const NATIONAL_BAND_LABELS: Record<NationalBand, LocalizedText> = {
  le1: { zh: '一级及以下', en: 'Level 1 or below' },
  l2: { zh: '二级', en: 'Level 2' },
  l3: { zh: '三级', en: 'Level 3' },
  ge4: { zh: '四级及以上', en: 'Level 4 or above' },
};

export type SourceTag = 'V' | 'S';

export interface NationalDistribution {
  year: number;
  report: LocalizedText;
  source: SourceTag;
  /** Number of enterprises in the sample, or null where the report says only "national". */
  sampleSize: number | null;
  /** The sample is "more than" sampleSize (reported as 12,000+). */
  sampleAtLeast: boolean;
  sampleLabel: LocalizedText;
  /** Share of enterprises per band, in whole percents (each row sums to 100). */
  percent: Record<NationalBand, number>;
}

export const NATIONAL_DISTRIBUTIONS: readonly NationalDistribution[] = [
  {
    year: 2020,
    report: {
      zh: '智能制造发展指数报告（2020）',
      en: 'Smart Manufacturing Development Index Report 2020',
    },
    source: 'V',
    sampleSize: 12_000,
    sampleAtLeast: true,
    sampleLabel: { zh: '12,000 余家', en: '12,000+' },
    percent: { le1: 75, l2: 14, l3: 6, ge4: 5 },
  },
  {
    year: 2021,
    report: {
      zh: '智能制造发展指数报告（2021）',
      en: 'Smart Manufacturing Development Index Report 2021',
    },
    source: 'S',
    sampleSize: 20_000,
    sampleAtLeast: true,
    sampleLabel: { zh: '20,000 余家', en: '20,000+' },
    percent: { le1: 69, l2: 15, l3: 7, ge4: 9 },
  },
  {
    year: 2022,
    report: {
      zh: '智能制造成熟度指数报告（2022）',
      en: 'Smart Manufacturing Maturity Index Report 2022',
    },
    source: 'S',
    sampleSize: null,
    sampleAtLeast: false,
    sampleLabel: { zh: '全国', en: 'national' },
    percent: { le1: 63, l2: 21, l3: 12, ge4: 4 },
  },
];

/** The national public self-assessment platform's running totals (domain.md §4). */
export const NATIONAL_PLATFORM_TOTALS = {
  asOf: '2024-10-22',
  source: 'S' as SourceTag,
  selfAssessed: 113_792,
  levelTwoOrAbove: 47_793,
} as const;

/** The band of a maturity level 0..5 (0, 未达一级, falls in "level 1 or below"). */
export function nationalBand(level: number): NationalBand {
  if (level <= 1) return 'le1';
  if (level === 2) return 'l2';
  if (level === 3) return 'l3';
  return 'ge4';
}

export interface NationalPosition {
  year: number;
  band: NationalBand;
  /** Percent of the sample in lower bands, in the same band, and in higher bands. */
  belowPercent: number;
  samePercent: number;
  abovePercent: number;
}

/** Where a maturity level sits in each national distribution. */
export function nationalPositions(
  level: number,
  rows: readonly NationalDistribution[] = NATIONAL_DISTRIBUTIONS,
): NationalPosition[] {
  const band = nationalBand(level);
  const at = NATIONAL_BANDS.indexOf(band);
  return rows.map((row) => {
    let belowPercent = 0;
    let abovePercent = 0;
    NATIONAL_BANDS.forEach((b, i) => {
      if (i < at) belowPercent += row.percent[b];
      if (i > at) abovePercent += row.percent[b];
    });
    return { year: row.year, band, belowPercent, samePercent: row.percent[band], abovePercent };
  });
}
