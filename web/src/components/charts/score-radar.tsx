import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { ChartFigure } from './chart-figure.tsx';
import { formatValue, type ChartCategory, type ChartSeries } from './series.ts';

export interface ScoreRadarProps {
  title: string;
  description: string;
  /** Header of the fallback table's first column, e.g. "能力子域". */
  categoryHeader: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Upper end of the radial scale (5 for maturity scores). */
  max?: number;
  /** Shorten long axis labels (many sub-domains on a phone). */
  compactLabels?: boolean;
  height?: number;
}

const shorten = (label: string, max: number) =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;

/** Scores of nodes on the 0–max scale, one polygon per series. */
export function ScoreRadar({
  title,
  description,
  categoryHeader,
  categories,
  series,
  max = 5,
  compactLabels = false,
  height = 360,
}: ScoreRadarProps) {
  // An absent node is drawn at 0 so the polygon stays closed; the table says "—".
  const data = categories.map((c) => ({
    category: c.label,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[c.key] ?? 0])),
  }));
  const labelLimit = compactLabels ? 6 : 14;
  return (
    <ChartFigure
      title={title}
      description={description}
      rowHeader={categoryHeader}
      columns={series.map((s) => ({ key: s.key, label: s.label }))}
      rows={categories.map((c) => ({
        key: c.key,
        label: c.label,
        values: Object.fromEntries(series.map((s) => [s.key, formatValue(s.values[c.key])])),
      }))}
      className="chart-radar"
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <RadarChart
          data={data}
          outerRadius="68%"
          margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
          accessibilityLayer={false}
          title={title}
          desc={description}
        >
          <PolarGrid />
          <PolarAngleAxis
            dataKey="category"
            tick={{ fontSize: compactLabels ? 10 : 12, fill: '#1d2733' }}
            tickFormatter={(v: string) => shorten(v, labelLimit)}
          />
          <PolarRadiusAxis
            domain={[0, max]}
            tickCount={max + 1}
            // Between the first two spokes, so the scale never covers a category label.
            angle={90 - 180 / Math.max(categories.length, 1)}
            tick={{ fontSize: 10, fill: '#5b6b7c' }}
            axisLine={false}
          />
          {series.map((s) => (
            <Radar
              key={s.key}
              name={s.label}
              dataKey={s.key}
              stroke={s.color}
              strokeWidth={2}
              fill={s.color}
              fillOpacity={series.length > 1 ? 0.12 : 0.25}
              dot={{ r: 2.5, fill: s.color }}
              isAnimationActive={false}
            />
          ))}
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} />}
        </RadarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
