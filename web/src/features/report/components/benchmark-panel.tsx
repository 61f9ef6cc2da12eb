import type { PeerGroup } from '@zhiping/shared/api/reports';
import { NATIONAL_BAND_LABELS, NATIONAL_BANDS } from '@zhiping/shared/reports/national';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import type { ReportBenchmark } from '../types.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

const SOURCE_KEYS: Record<'V' | 'S', MessageKey> = {
  V: 'report.benchmark.sourceV',
  S: 'report.benchmark.sourceS',
};

/** Where the result stands: among zhiping peers when a group is large enough, and nationally. */
export function BenchmarkPanel({ benchmark }: { benchmark: ReportBenchmark }) {
  const { t, pick, formatNumber } = useI18n();
  const ownBand = benchmark.national.positions[0]?.band;
  const peerLine = (label: MessageKey, group: PeerGroup) => (
    <li>
      <span className="peer-group">{t(label)}</span>
      {group.available ? (
        <span data-testid="peer-percentile">
          {t('report.benchmark.percentile', {
            percent: Math.round(group.percentile * 100),
            peers: group.peers,
          })}
        </span>
      ) : (
        <span className="muted">
          {t('report.benchmark.tooFew', { peers: group.peers, min: benchmark.minimumPeers })}
        </span>
      )}
    </li>
  );
  const { platform } = benchmark.national;
  return (
    <div className="benchmark" data-testid="benchmark">
      <h3>{t('report.benchmark.peers')}</h3>
      <ul className="peer-groups">
        {peerLine('report.benchmark.industry', benchmark.groups.industry)}
        {peerLine('report.benchmark.industrySize', benchmark.groups.industrySize)}
      </ul>
      <h3>{t('report.benchmark.national')}</h3>
      <ScrollRegion label={t('report.benchmark.tableLabel')}>
        <table className="data-table national-table">
          <caption className="visually-hidden">{t('report.benchmark.national')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.benchmark.report')}</th>
              <th scope="col">{t('report.benchmark.sample')}</th>
              {NATIONAL_BANDS.map((b) => (
                <th key={b} scope="col" className={`num${b === ownBand ? ' own-band' : ''}`}>
                  {pick(NATIONAL_BAND_LABELS[b])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {benchmark.national.distributions.map((d) => (
              <tr key={`${d.year}-${d.report.zh}`}>
                <th scope="row">
                  {pick(d.report)}{' '}
                  <abbr className="source-tag" title={t(SOURCE_KEYS[d.source])}>
                    [{d.source}]
                  </abbr>
                </th>
                <td>{pick(d.sampleLabel)}</td>
                {NATIONAL_BANDS.map((b) => (
                  <td key={b} className={`num${b === ownBand ? ' own-band' : ''}`}>
                    {d.percent[b]}%
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {ownBand && (
        <p className="national-position">
          {t('report.benchmark.position', {
            band: pick(NATIONAL_BAND_LABELS[ownBand]),
          })}{' '}
          {benchmark.national.positions
            .map((p) =>
              t('report.benchmark.positionYear', {
                year: p.year,
                below: p.belowPercent,
                same: p.samePercent,
              }),
            )
            .join(t('report.benchmark.separator'))}
        </p>
      )}
      <p className="muted">
        {t('report.benchmark.platform', {
          asOf: platform.asOf,
          selfAssessed: formatNumber(platform.selfAssessed),
          levelTwo: formatNumber(platform.levelTwoOrAbove),
        })}{' '}
        <abbr className="source-tag" title={t(SOURCE_KEYS[platform.source])}>
          [{platform.source}]
        </abbr>
      </p>
    </div>
  );
}
