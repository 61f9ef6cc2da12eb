import { useI18n } from '../../../i18n/index.tsx';
import { direction, fmt2 } from '../model.ts';

/** A change b − a with ▲/▼ and words for screen readers. */
export function Delta({ value, digits = 2 }: { value: number | null; digits?: 0 | 2 }) {
  const { t } = useI18n();
  if (value === null) return <span className="muted">—</span>;
  const dir = digits === 0 ? (value > 0 ? 'up' : value < 0 ? 'down' : 'same') : direction(value);
  const magnitude = digits === 0 ? String(Math.abs(value)) : fmt2(Math.abs(value));
  const word =
    dir === 'up'
      ? t('compare.delta.up')
      : dir === 'down'
        ? t('compare.delta.down')
        : t('compare.delta.same');
  return (
    <span className={`delta delta-${dir}`}>
      <span aria-hidden="true">{dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '= '}</span>
      <span className="visually-hidden">{word} </span>
      {dir === 'same' ? (digits === 0 ? '0' : '0.00') : magnitude}
    </span>
  );
}
