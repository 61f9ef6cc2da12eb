import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/index.tsx';

/** An admin list's table: the number of matches, then the column heads and the rows. */
export function ListTable({
  total,
  head,
  children,
}: {
  total: number;
  head: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="muted small">{t('admin.list.count', { count: total })}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
