import type { CompareResponse } from '@zhiping/shared/api/reports';
import { ScoreRadar, SERIES_COLORS, useCompactCharts } from '../../../components/charts/index.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { changeSentence, fmt2, levelLabel } from '../model.ts';
import { Delta } from './delta.tsx';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

const ANSWER_KEYS: Record<string, MessageKey> = {
  full: 'compare.answer.full',
  most: 'compare.answer.most',
  partial: 'compare.answer.partial',
  none: 'compare.answer.none',
  na: 'compare.answer.na',
};

/** Two assessments side by side: the headline change, a radar overlay and every node's change. */
export function ComparisonView({ data }: { data: CompareResponse }) {
  const { t, pick, formatDate } = useI18n();
  const compact = useCompactCharts();
  const level = (n: number | null) => levelLabel(n, t, pick);
  const sideLabel = (side: CompareResponse['a'], tag: 'A' | 'B') =>
    `${tag} · ${side.title} (${formatDate(side.submittedAt ?? side.createdAt)})`;
  // The radar draws only sub-domains scored on both sides: one tailored out (or not applicable,
  // or absent from a version) on either side would be a 0 spoke, a collapse that is no result.
  // They are named below the chart; the table shows "—" for them.
  const allSubdomains = data.nodes.filter((n) => n.kind === 'subdomain');
  const subdomains = allSubdomains.filter((n) => n.a?.score != null && n.b?.score != null);
  const leftOut = allSubdomains.filter(
    (n) =>
      (n.a?.score != null || n.b?.score != null) && !(n.a?.score != null && n.b?.score != null),
  );
  const answer = (c: string | null) =>
    c === null ? t('compare.answer.unanswered') : t(ANSWER_KEYS[c] ?? 'compare.answer.unanswered');
  const { overall } = data;
  // A domain that is its own sub-domain (人员技能 → 人员技能) shows once.
  const childCount = new Map<string, number>();
  for (const n of data.nodes)
    if (n.parentId !== null) childCount.set(n.parentId, (childCount.get(n.parentId) ?? 0) + 1);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const rows = data.nodes.filter((n) => {
    const parent = n.parentId === null ? undefined : byId.get(n.parentId);
    return !(
      parent &&
      childCount.get(parent.id) === 1 &&
      parent.name.zh === n.name.zh &&
      parent.name.en === n.name.en
    );
  });
  const sameVersion = data.a.version.id === data.b.version.id;

  return (
    <div className="comparison" data-testid="comparison">
      <div className="compare-headline" data-testid="compare-headline">
        <div className="compare-side">
          <span className="result-label">{sideLabel(data.a, 'A')}</span>
          <strong>{level(overall.a.maturityLevel)}</strong>
          <span className="compare-score">{fmt2(overall.a.score)}</span>
        </div>
        <div className="compare-arrow" aria-hidden="true">
          →
        </div>
        <div className="compare-side">
          <span className="result-label">{sideLabel(data.b, 'B')}</span>
          <strong>{level(overall.b.maturityLevel)}</strong>
          <span className="compare-score">{fmt2(overall.b.score)}</span>
        </div>
        <div className="compare-change">
          <p>
            <span className="result-label">{t('compare.levelChange')}</span>
            <Delta value={overall.levelDelta} digits={0} />
          </p>
          <p>
            <span className="result-label">{t('compare.scoreChange')}</span>
            <Delta value={overall.scoreDelta} />
          </p>
        </div>
      </div>
      <p className="compare-words" data-testid="compare-words">
        {changeSentence(
          t,
          { level: level(overall.a.maturityLevel), score: overall.a.score },
          { level: level(overall.b.maturityLevel), score: overall.b.score },
          overall.levelDelta,
          overall.scoreDelta,
        )}
      </p>
      {!sameVersion && (
        <p className="notice" role="note">
          {t('compare.versionsDiffer', {
            a: `${data.a.version.systemCode} ${data.a.version.version}`,
            b: `${data.b.version.systemCode} ${data.b.version.version}`,
          })}
        </p>
      )}

      {subdomains.length > 0 && (
        <ScoreRadar
          title={t('compare.radar.title')}
          description={t('compare.radar.desc')}
          categoryHeader={t('compare.nodes.node')}
          categories={subdomains.map((n) => ({ key: n.id, label: pick(n.name) }))}
          series={[
            {
              key: 'a',
              label: `A · ${data.a.title}`,
              color: '#64748b',
              values: Object.fromEntries(subdomains.map((n) => [n.id, n.a?.score ?? null])),
            },
            {
              key: 'b',
              label: `B · ${data.b.title}`,
              color: SERIES_COLORS[0],
              values: Object.fromEntries(subdomains.map((n) => [n.id, n.b?.score ?? null])),
            },
          ]}
          compactLabels={compact}
          height={compact ? 320 : 420}
        />
      )}
      {leftOut.length > 0 && (
        <p className="muted small" data-testid="compare-radar-left-out">
          {t('compare.radar.leftOut', { names: leftOut.map((n) => pick(n.name)).join('、') })}
        </p>
      )}

      <h2>{t('compare.levels.title')}</h2>
      <ScrollRegion label={t('compare.levels.title')}>
        <table className="data-table" data-testid="compare-levels">
          <thead>
            <tr>
              <th scope="col">{t('compare.levels.level')}</th>
              <th scope="col" className="num">
                A
              </th>
              <th scope="col" className="num">
                B
              </th>
              <th scope="col" className="num">
                {t('compare.delta')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.levels.map((l) => (
              <tr key={l.level}>
                <th scope="row">{level(l.level)}</th>
                <td className="num">
                  {fmt2(l.a)} {l.attainedA ? '✓' : ''}
                </td>
                <td className="num">
                  {fmt2(l.b)} {l.attainedB ? '✓' : ''}
                </td>
                <td className="num">
                  <Delta value={l.delta} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <h2>{t('compare.nodes.title')}</h2>
      <ScrollRegion label={t('compare.nodes.title')}>
        <table className="data-table node-table" data-testid="compare-nodes">
          <thead>
            <tr>
              <th scope="col">{t('compare.nodes.node')}</th>
              <th scope="col">{t('compare.nodes.levelA')}</th>
              <th scope="col" className="num">
                {t('compare.nodes.scoreA')}
              </th>
              <th scope="col">{t('compare.nodes.levelB')}</th>
              <th scope="col" className="num">
                {t('compare.nodes.scoreB')}
              </th>
              <th scope="col" className="num">
                {t('compare.delta')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => (
              <tr key={n.id} className={`node-depth-${n.depth} node-${n.kind}`}>
                <th scope="row" style={{ paddingInlineStart: `${0.5 + (n.depth - 1) * 1.1}rem` }}>
                  {pick(n.name)}
                  {n.missingIn && (
                    <span className="tag">
                      {t(n.missingIn === 'a' ? 'compare.nodes.onlyB' : 'compare.nodes.onlyA')}
                    </span>
                  )}
                </th>
                <td>{n.a ? level(n.a.level) : '—'}</td>
                <td className="num">{fmt2(n.a?.score)}</td>
                <td>{n.b ? level(n.b.level) : '—'}</td>
                <td className="num">{fmt2(n.b?.score)}</td>
                <td className="num">
                  <Delta value={n.scoreDelta} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      <h2>{t('compare.answers.title')}</h2>
      {data.changedAnswers.length === 0 ? (
        <p className="empty-note">{t('compare.answers.none')}</p>
      ) : (
        <ScrollRegion label={t('compare.answers.title')}>
          <table className="data-table" data-testid="compare-answers">
            <thead>
              <tr>
                <th scope="col">{t('compare.answers.requirement')}</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
              </tr>
            </thead>
            <tbody>
              {data.changedAnswers.map((c) => (
                <tr key={c.requirementId}>
                  <td>
                    <code className="req-id">{c.requirementId}</code> {pick(c.text)}
                  </td>
                  <td>{c.missingIn === 'a' ? '—' : answer(c.a)}</td>
                  <td>{c.missingIn === 'b' ? '—' : answer(c.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
