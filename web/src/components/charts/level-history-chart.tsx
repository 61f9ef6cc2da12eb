import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';

export interface LevelPoint {
  /** x-axis label (a date). */
  label: string;
  title: string;
  level: number;
  score: number;
  /** Self-assessment (hollow dot) or assessed result (filled dot). */
  basis?: 'self' | 'assessed';
  basisLabel?: string;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: LevelPoint;
}

/** Filled for an assessed result, hollow for a self-assessment. */
function BasisDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined) return null;
  const assessed = payload?.basis === 'assessed';
  return (
    <circle
      cx={cx}
      cy={cy}
      r={assessed ? 5 : 4}
      stroke="#0b5cad"
      strokeWidth={2}
      fill={assessed ? '#0b5cad' : '#ffffff'}
      data-basis={payload?.basis ?? 'self'}
    />
  );
}

/**
 * Maturity level and overall score over time (both on the 0–5 scale). Loaded lazily: recharts
 * is the biggest dependency and only the dashboard and the report need it.
 */
export default function LevelHistoryChart({
  points,
  levelLabel,
  scoreLabel,
  ariaLabel,
}: {
  points: LevelPoint[];
  levelLabel: string;
  scoreLabel: string;
  ariaLabel: string;
}) {
  return (
    <div className="history-chart" role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -20 }}>
          <CartesianGrid stroke="#e5e9ef" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fontSize: 12 }} />
          <Tooltip
            labelFormatter={(_, payload) => {
              const p = payload[0]?.payload as LevelPoint | undefined;
              return p ? `${p.title} · ${p.label}${p.basisLabel ? ` · ${p.basisLabel}` : ''}` : '';
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="stepAfter"
            dataKey="level"
            name={levelLabel}
            stroke="#0b5cad"
            strokeWidth={2}
            dot={(props: DotItemDotProps) => (
              <BasisDot
                key={`${props.index}`}
                cx={props.cx}
                cy={props.cy}
                payload={props.payload as LevelPoint | undefined}
              />
            )}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="score"
            name={scoreLabel}
            stroke="#1b7f3b"
            strokeDasharray="4 3"
            dot={{ r: 3, strokeDasharray: '' }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
