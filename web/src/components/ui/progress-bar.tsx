/** A labelled progress bar: `value` of `max`, shown as a bar and readable by screen readers. */
export function ProgressBar({
  value,
  max,
  label,
  size = 'normal',
}: {
  value: number;
  max: number;
  label: string;
  size?: 'small' | 'normal';
}) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      className={`progress progress-${size}${max > 0 && value >= max ? ' complete' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} / ${max}`}
    >
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}
