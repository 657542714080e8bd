/**
 * Every customer with its metrics, virtualised: only the rows on screen exist in the DOM, and
 * only the pages around them are fetched (sorted by the engine), so 100k customers scroll smoothly.
 * Header and rows share one scroll container, so a narrow window scrolls them sideways together.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { CUSTOMER_COLUMNS, GRID_TEMPLATE } from './columns.js';
import { rowAt } from './pageWindow.js';

const ROW_HEIGHT = 32;
/** Height of the sticky header row (CSS .ctable-header-row): the rows start below it. */
const HEADER_HEIGHT = 36;

export function CustomerTable(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scroller = useRef<HTMLDivElement>(null);
  const total = useStore((s) => s.total);
  const pages = useStore((s) => s.pages);
  const sort = useStore((s) => s.sort);
  const generation = useStore((s) => s.generation);
  const ensureRows = useStore((s) => s.ensureRows);
  const setSort = useStore((s) => s.setSort);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: 10,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation refetches after a sort or data change
  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, total, generation, ensureRows]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new sort starts at the top of the list
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [sort.key, sort.dir]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll region must be reachable by keyboard (arrows, Page Up/Down)
    <div className="ctable" ref={scroller} tabIndex={0} data-testid="customer-table">
      <table className="ctable-table" aria-label={t('data.table.label')} aria-rowcount={(total ?? 0) + 1}>
        <thead className="ctable-head">
          <tr className="ctable-row ctable-header-row" aria-rowindex={1} style={{ gridTemplateColumns: GRID_TEMPLATE }}>
            {CUSTOMER_COLUMNS.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  className={`ctable-th ${column.alignEnd ? 'num' : ''}`}
                >
                  <button
                    type="button"
                    className="ctable-sort"
                    onClick={() => setSort(column.key)}
                    data-testid={`sort-${column.key}`}
                  >
                    <span>{t(`metrics.${column.key}`)}</span>
                    <span className="ctable-sort-mark" aria-hidden="true">
                      {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="ctable-body" style={{ blockSize: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                className={`ctable-row ${row ? '' : 'is-loading'}`}
                data-testid="customer-row"
                style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              >
                {CUSTOMER_COLUMNS.map((column) => (
                  <td key={column.key} className={`ctable-td ${column.alignEnd ? 'num' : ''}`}>
                    {row ? column.format(row, lang) : ''}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
