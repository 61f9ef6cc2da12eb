import {
  LevelBars,
  ScoreRadar,
  seriesColor,
  useCompactCharts,
  type ChartSeries,
} from '../../../components/charts/index.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { radarNodes, topKind } from '../model.ts';
import type { ReportData } from '../types.ts';

export interface ReportChartsProps {
  self: ReportData;
  assessed: ReportData | null;
  levelName: (level: number) => string;
}

/** Radars of sub-domains and of the top level, and the five level scores against the threshold. */
export function ReportCharts({ self, assessed, levelName }: ReportChartsProps) {
  const { t, pick } = useI18n();
  const compact = useCompactCharts();
  const reports = assessed
    ? [
        { key: 'self', label: t('report.series.self'), report: self },
        { key: 'assessed', label: t('report.series.assessed'), report: assessed },
      ]
    : [{ key: 'self', label: t('report.series.self'), report: self }];

  const nodeSeries = (): ChartSeries[] =>
    reports.map((r, i) => ({
      key: r.key,
      label: r.label,
      color: seriesColor(i),
      values: Object.fromEntries(r.report.nodes.map((n) => [n.id, n.score])),
    }));
  const categories = (which: 'subdomain' | 'top') =>
    radarNodes(assessed ?? self, which).map((n) => ({ id: n.id, label: pick(n.name) }));
  const top = topKind(self);
  const topTitle = t(top === 'element' ? 'report.charts.elements' : 'report.charts.domains');
  const both = assessed ? t('report.charts.overlay') : '';

  return (
    <div className="report-charts">
      <ScoreRadar
        title={t('report.charts.subdomains')}
        description={t('report.charts.radarDesc', { what: t('report.charts.subdomains') }) + both}
        categoryHeader={t('report.charts.subdomainHeader')}
        categories={categories('subdomain').map((c) => ({ key: c.id, label: c.label }))}
        series={nodeSeries()}
        compactLabels={compact}
        height={compact ? 320 : 400}
      />
      <ScoreRadar
        title={topTitle}
        description={t('report.charts.radarDesc', { what: topTitle }) + both}
        categoryHeader={topTitle}
        categories={categories('top').map((c) => ({ key: c.id, label: c.label }))}
        series={nodeSeries()}
        compactLabels={compact}
        height={compact ? 300 : 400}
      />
      <LevelBars
        title={t('report.charts.levels')}
        description={t('report.charts.levelsDesc', {
          threshold: self.parameters.threshold.toFixed(2),
        })}
        categoryHeader={t('report.charts.levelHeader')}
        categories={self.levels.map((l) => ({ key: String(l.level), label: levelName(l.level) }))}
        series={reports.map((r, i) => ({
          key: r.key,
          label: r.label,
          color: seriesColor(i),
          values: Object.fromEntries(r.report.levels.map((l) => [String(l.level), l.score])),
        }))}
        threshold={self.parameters.threshold}
        thresholdLabel={t('report.charts.threshold')}
        height={compact ? 260 : 300}
      />
    </div>
  );
}
