import { useMemo, useState } from 'react';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { ANSWER_KEYS, fmt3, type RequirementInfo } from '../model.ts';
import type { ReportGap } from '../types.ts';
import { usePrinting } from '../use-printing.ts';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';

/** Rows shown before "show all": the page stays readable on a phone; print shows every row. */
const FIRST_ROWS = 20;

type SortKey = 'order' | 'impact' | 'subdomain';

const DIRECTION: Record<SortKey, 'ascending' | 'descending'> = {
  order: 'ascending',
  impact: 'descending',
  subdomain: 'ascending',
};

export interface GapTableProps {
  /** Gaps in the engine's order (level ascending, impact descending, id). */
  gaps: ReportGap[];
  requirements: Map<string, RequirementInfo>;
  subdomainNames: Map<string, string>;
  levelName: (level: number) => string;
}

const COLUMNS: { key: SortKey | null; label: MessageKey; numeric?: boolean }[] = [
  { key: 'order', label: 'report.gaps.col.order', numeric: true },
  { key: null, label: 'report.gaps.col.requirement' },
  { key: 'subdomain', label: 'report.gaps.col.subdomain' },
  { key: null, label: 'report.gaps.col.level' },
  { key: null, label: 'report.gaps.col.answer' },
  { key: 'impact', label: 'report.gaps.col.impact', numeric: true },
];

/** Every unmet requirement up to the target level, sortable; roadmap order by default. */
export function GapTable({ gaps, requirements, subdomainNames, levelName }: GapTableProps) {
  const { t, pick, locale } = useI18n();
  const [sort, setSort] = useState<SortKey>('order');
  const [showAll, setShowAll] = useState(false);
  const printing = usePrinting();
  const rows = useMemo(() => {
    const numbered = gaps.map((gap, i) => ({ gap, order: i + 1 }));
    const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
    switch (sort) {
      case 'order':
        return numbered;
      case 'impact':
        return [...numbered].sort((a, b) => b.gap.impact - a.gap.impact || byOrder(a, b));
      case 'subdomain':
        return [...numbered].sort(
          (a, b) =>
            (subdomainNames.get(a.gap.subdomainId) ?? a.gap.subdomainId).localeCompare(
              subdomainNames.get(b.gap.subdomainId) ?? b.gap.subdomainId,
              locale,
            ) || byOrder(a, b),
        );
    }
  }, [gaps, sort, subdomainNames, locale]);

  if (gaps.length === 0) return <p className="empty-note">{t('report.gaps.none')}</p>;
  const shown = showAll || printing ? rows : rows.slice(0, FIRST_ROWS);

  return (
    <>
      <ScrollRegion label={t('report.section.gaps')}>
        <table className="data-table gap-table" data-testid="gap-table">
          <caption className="visually-hidden">{t('report.gaps.caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key: sortKey, label, numeric }) => (
                <th
                  key={label}
                  scope="col"
                  className={numeric ? 'num' : undefined}
                  aria-sort={
                    sortKey === null ? undefined : sort === sortKey ? DIRECTION[sortKey] : 'none'
                  }
                >
                  {sortKey === null ? (
                    t(label)
                  ) : (
                    <button
                      type="button"
                      className={`sort-button${sort === sortKey ? ' active' : ''}`}
                      onClick={() => setSort(sortKey)}
                    >
                      {t(label)}
                      <span aria-hidden="true">
                        {sort === sortKey
                          ? DIRECTION[sortKey] === 'ascending'
                            ? ' ▴'
                            : ' ▾'
                          : ' ↕'}
                      </span>
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ gap, order }) => {
              const info = requirements.get(gap.requirementId);
              return (
                <tr key={gap.requirementId} className={`gap-${gap.kind}`}>
                  <td className="num">{order}</td>
                  <td>
                    <code className="req-id">{gap.requirementId}</code>
                    {gap.kind === 'consolidation' && (
                      <span className="tag tag-consolidation">
                        {t('report.gaps.consolidation')}
                      </span>
                    )}
                    <span className="req-text">
                      {info ? pick(info.text) : t('report.gaps.textUnavailable')}
                    </span>
                  </td>
                  <td>{subdomainNames.get(gap.subdomainId) ?? gap.subdomainId}</td>
                  <td>{levelName(gap.level)}</td>
                  <td>{gap.answer ? t(ANSWER_KEYS[gap.answer]) : t('report.answer.unanswered')}</td>
                  <td className="num">+{fmt3(gap.impact)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {shown.length < rows.length && (
        <button type="button" className="btn show-more" onClick={() => setShowAll(true)}>
          {t('report.gaps.showAll', { count: rows.length })}
        </button>
      )}
    </>
  );
}
