import { useId, type ReactNode } from 'react';
import './charts.css';

/** One column of a chart's fallback table. */
export interface DataTableColumn {
  key: string;
  label: string;
}

export interface ChartFigureProps {
  title: string;
  /** What the chart shows, in a sentence; read by screen readers and kept in print. */
  description: string;
  /** Header of the first column of the fallback table (what each row is). */
  rowHeader: string;
  rows: { key: string; label: string; values: Record<string, string> }[];
  columns: DataTableColumn[];
  children: ReactNode;
  className?: string;
}

/**
 * A chart with its title, its description and the same numbers as a visually hidden table,
 * so a screen reader (or a printout without colours) still gets the data.
 */
export function ChartFigure({
  title,
  description,
  rowHeader,
  rows,
  columns,
  children,
  className,
}: ChartFigureProps) {
  const id = useId();
  return (
    <figure
      className={`chart${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <p id={`${id}-desc`} className="visually-hidden">
        {description}
      </p>
      <div className="chart-canvas" aria-hidden="true">
        {children}
      </div>
      {/* A table ignores width: 1px, so the hidden one sits in a hidden block. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((c) => (
                  <td key={c.key}>{r.values[c.key] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
