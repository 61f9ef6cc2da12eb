/** One line of data drawn on a chart (self-assessed, assessed, assessment A or B …). */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** Category key → value; null where the category is absent for this series. */
  values: Record<string, number | null>;
}

/** A category of a chart: a node on a radar, a level on a bar chart. */
export interface ChartCategory {
  key: string;
  label: string;
}

/** Colours that stay apart in grey print as well as on screen. */
export const SERIES_COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed'] as const;

/** The colour of the i-th series; beyond the palette, it starts over. */
export const seriesColor = (i: number): string =>
  SERIES_COLORS[i % SERIES_COLORS.length] ?? SERIES_COLORS[0];

export const formatValue = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(2);
