import { useI18n } from '../../../i18n/index.tsx';
import { fmt2, signed2 } from '../model.ts';
import type { ReportData, ReportNode } from '../types.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

export interface NodeScoreTableProps {
  self: ReportData;
  assessed: ReportData | null;
  levelName: (level: number) => string;
}

function Delta({ from, to }: { from: number | null; to: number | null }) {
  if (from === null || to === null) return <>—</>;
  const d = to - from;
  const shown = signed2(d);
  const cls = shown === '0.00' ? 'delta-zero' : d > 0 ? 'delta-up' : 'delta-down';
  return (
    <span className={cls}>
      {shown === '0.00' ? '' : d > 0 ? '▲ ' : '▼ '}
      {shown}
    </span>
  );
}

/**
 * Level scores and every node's level and 0–5 score; with the assessor's result beside the
 * enterprise's own once the assessment is judged.
 */
export function NodeScoreTable({ self, assessed, levelName }: NodeScoreTableProps) {
  const { t, pick } = useI18n();
  const assessedById = new Map(assessed?.nodes.map((n) => [n.id, n]));
  // A domain that is its own sub-domain (人员技能 → 人员技能) shows once.
  const children = new Map<string, ReportNode[]>();
  for (const n of self.nodes)
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const byId = new Map(self.nodes.map((n) => [n.id, n]));
  const rows = self.nodes.filter((n) => {
    const parent = n.parentId === null ? undefined : byId.get(n.parentId);
    return !(
      parent &&
      children.get(parent.id)?.length === 1 &&
      parent.name.zh === n.name.zh &&
      parent.name.en === n.name.en
    );
  });
  const nodeLabel = (n: ReportNode) => {
    if (n.tailoredOut) return t('report.nodes.tailoredOut');
    if (n.notApplicable) return t('report.nodes.notApplicable');
    return n.level === null ? '—' : levelName(n.level);
  };
  return (
    <div className={`score-tables${assessed ? ' compared' : ''}`}>
      <ScrollRegion label={t('report.scores.levelsLabel')}>
        <table className="data-table" data-testid="level-score-table">
          <caption>{t('report.nodes.levelCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.charts.levelHeader')}</th>
              <th scope="col" className="num">
                {t('report.series.self')}
              </th>
              {assessed && (
                <>
                  <th scope="col" className="num">
                    {t('report.series.assessed')}
                  </th>
                  <th scope="col" className="num">
                    {t('report.nodes.delta')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {self.levels.map((l, i) => {
              const a = assessed?.levels[i];
              return (
                <tr key={l.level}>
                  <th scope="row">{levelName(l.level)}</th>
                  <td className="num">
                    {fmt2(l.score)} {l.attained ? '✓' : ''}
                  </td>
                  {assessed && (
                    <>
                      <td className="num">
                        {fmt2(a?.score)} {a?.attained ? '✓' : ''}
                      </td>
                      <td className="num">
                        <Delta from={l.score} to={a?.score ?? null} />
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion label={t('report.scores.nodesLabel')}>
        <table className="data-table node-table" data-testid="node-score-table">
          <caption>{t('report.nodes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.nodes.node')}</th>
              <th scope="col">{t('report.nodes.level')}</th>
              <th scope="col" className="num">
                {assessed ? t('report.nodes.selfScore') : t('report.nodes.score')}
              </th>
              {assessed && (
                <>
                  <th scope="col">{t('report.nodes.assessedLevel')}</th>
                  <th scope="col" className="num">
                    {t('report.nodes.assessedScore')}
                  </th>
                  <th scope="col" className="num">
                    {t('report.nodes.delta')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => {
              const a = assessedById.get(n.id);
              return (
                <tr key={n.id} className={`node-depth-${n.depth} node-${n.kind}`}>
                  <th scope="row" style={{ paddingInlineStart: `${0.5 + (n.depth - 1) * 1.1}rem` }}>
                    {pick(n.name)}
                  </th>
                  <td>{nodeLabel(n)}</td>
                  <td className="num">{fmt2(n.score)}</td>
                  {assessed && (
                    <>
                      <td>{a ? nodeLabel(a) : '—'}</td>
                      <td className="num">{fmt2(a?.score)}</td>
                      <td className="num">
                        <Delta from={n.score} to={a?.score ?? null} />
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
