import { useI18n } from '../../../i18n/index.tsx';
import { fmt3 } from '../model.ts';
import type { Heatmap } from '../types.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

/**
 * Gaps over the guide's lifecycle × system-level dimensions (domain.md §1): a CSS grid whose
 * cells show the gap count, coloured by the cell's share of the impact relative to the
 * largest cell. Rows and columns of requirements without a tag on an axis show only when used.
 */
export function GapHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useI18n();
  const at = new Map(heatmap.cells.map((c) => [`${c.lifecycle}|${c.systemLevel}`, c]));
  const used = (l: string | null, s: string | null) =>
    heatmap.cells.some(
      (c) => c.gaps > 0 && (l === null || c.lifecycle === l) && (s === null || c.systemLevel === s),
    );
  const rows = heatmap.lifecycle.filter((l) => l !== 'untagged' || used(l, null));
  const columns = heatmap.systemLevel.filter((s) => s !== 'untagged' || used(null, s));
  const maxImpact = Math.max(0, ...heatmap.cells.map((c) => c.impact));
  if (heatmap.totals.gaps === 0) return <p className="empty-note">{t('report.heatmap.empty')}</p>;
  return (
    <ScrollRegion label={t('report.section.heatmap')} className="heatmap-wrap">
      <div
        className="heatmap"
        role="table"
        aria-label={t('report.heatmap.caption')}
        data-testid="heatmap"
        style={{
          gridTemplateColumns: `minmax(3.5rem, auto) repeat(${columns.length}, minmax(2.5rem, 1fr))`,
        }}
      >
        <div role="row" className="heatmap-row">
          <span role="columnheader" className="heatmap-corner">
            {t('report.heatmap.corner')}
          </span>
          {columns.map((s) => (
            <span role="columnheader" key={s} className="heatmap-colhead">
              {t(`report.systemLevel.${s}`)}
            </span>
          ))}
        </div>
        {rows.map((l) => (
          <div role="row" key={l} className="heatmap-row">
            <span role="rowheader" className="heatmap-rowhead">
              {t(`report.lifecycle.${l}`)}
            </span>
            {columns.map((s) => {
              const cell = at.get(`${l}|${s}`);
              const gaps = cell?.gaps ?? 0;
              const impact = cell?.impact ?? 0;
              const intensity = maxImpact > 0 ? impact / maxImpact : 0;
              const label = t('report.heatmap.cell', {
                lifecycle: t(`report.lifecycle.${l}`),
                systemLevel: t(`report.systemLevel.${s}`),
                gaps,
                impact: fmt3(impact),
              });
              return (
                <span
                  role="cell"
                  key={s}
                  className={`heatmap-cell${intensity > 0.55 ? ' strong' : ''}`}
                  style={{
                    backgroundColor: `rgba(180, 35, 24, ${(0.04 + 0.86 * intensity).toFixed(3)})`,
                  }}
                  aria-label={label}
                  title={label}
                >
                  {gaps > 0 ? gaps : ''}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <p className="muted heatmap-legend">
        {t('report.heatmap.legend', {
          gaps: heatmap.totals.gaps,
          impact: fmt3(heatmap.totals.impact),
        })}
      </p>
    </ScrollRegion>
  );
}
