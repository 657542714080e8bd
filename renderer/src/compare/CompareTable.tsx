/** The comparison table: one row per segment, sortable by any column. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_COLUMNS } from '../../../shared/compareCsv.js';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format.js';
import { type CompareColumn, nextSort, type SortState, sortRows } from './sortRows.js';

type Formatter = (value: number | null, lang: string) => string;

const FORMATS: Record<Exclude<CompareColumn, 'segment'>, Formatter> = {
  customers: formatInteger,
  share_customers: formatPercent,
  revenue: formatMoney,
  share_revenue: formatPercent,
  revenue_per_customer: formatMoney,
  aov: formatMoney,
  mean_frequency: (v, lang) => formatDecimal(v, lang, 2),
  median_recency: (v, lang) => formatDecimal(v, lang, 0),
  revenue_index: (v, lang) => formatDecimal(v, lang, 2),
};

export function CompareTable({
  rows,
  allLabel,
}: {
  rows: CompareRow[];
  allLabel(name: string): string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);

  return (
    <div className="table-scroll">
      <table className="table compare-table" aria-label={t('compare.table.label')} data-testid="compare-table">
        <thead>
          <tr>
            {COMPARE_COLUMNS.map((column) => {
              const active = sort?.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  className={column === 'segment' ? undefined : 'num'}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="btn-link compare-sort"
                    title={t('compare.table.sortBy', { column: t(`compare.table.${column}`) })}
                    data-testid={`compare-sort-${column}`}
                    onClick={() => setSort(nextSort(sort, column))}
                  >
                    {t(`compare.table.${column}`)}
                    {active && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.segment} data-testid="compare-row">
              <th scope="row">{allLabel(row.segment)}</th>
              {COMPARE_COLUMNS.slice(1).map((column) => (
                <td key={column} className="num">
                  {FORMATS[column as Exclude<CompareColumn, 'segment'>](row[column] as number | null, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
