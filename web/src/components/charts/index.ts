export { ScoreRadar, type ScoreRadarProps } from './score-radar.tsx';
export { LevelBars, type LevelBarsProps } from './level-bars.tsx';
export { SERIES_COLORS, seriesColor, type ChartCategory, type ChartSeries } from './series.ts';
export { useCompactCharts } from './use-compact.ts';
