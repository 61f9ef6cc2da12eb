import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from './chart-figure.tsx';
import { formatValue, type ChartCategory, type ChartSeries } from './series.ts';

export interface LevelBarsProps {
  title: string;
  description: string;
  categoryHeader: string;
  /** The five levels, in order. */
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Score a level must reach to be attained; drawn as a reference line. */
  threshold: number;
  thresholdLabel: string;
  height?: number;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A level name such as "一级 规划级" or "Level 1 Planning" on two lines, split at its last space. */
function TwoLineTick({ x = 0, y = 0, payload }: TickProps) {
  const value = payload?.value;
  const label = typeof value === 'string' ? value : '';
  const cut = label.lastIndexOf(' ');
  const lines = cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={12} fill="#1d2733">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Level scores (0–1) as bars, with the attainment threshold as a dashed line. */
export function LevelBars({
  title,
  description,
  categoryHeader,
  categories,
  series,
  threshold,
  thresholdLabel,
  height = 300,
}: LevelBarsProps) {
  const data = categories.map((c) => ({
    category: c.label,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[c.key] ?? 0])),
  }));
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
      className="chart-levels"
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart
          data={data}
          margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          title={title}
          desc={description}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="category" tick={<TwoLineTick />} interval={0} height={40} />
          <YAxis
            domain={[0, 1]}
            ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
            tick={{ fontSize: 11 }}
            width={36}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              name={s.label}
              dataKey={s.key}
              fill={s.color}
              maxBarSize={48}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            y={threshold}
            stroke="#b42318"
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{
              value: `${thresholdLabel} ${formatValue(threshold)}`,
              position: 'insideTopRight',
              fill: '#b42318',
              fontSize: 12,
            }}
          />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} />}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
