/**
 * Every customer the search and filter find, with every attribute and metric, virtualised: only
 * the rows on screen exist in the DOM, and only the pages around them are fetched (sorted by the
 * engine), so 100k customers scroll smoothly. Header and rows share one scroll container, so a
 * narrow window scrolls them sideways together. A row opens the customer panel (click or Enter).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { alignsEnd, columnLabel, formatCell, gridTemplate, minTableWidth } from './columns.js';
import { rowAt } from './pageWindow.js';
import { focusRow } from './rowFocus.js';

const ROW_HEIGHT = 32;
/** Height of the sticky header row (CSS .ctable-header-row): the rows start below it. */
const HEADER_HEIGHT = 36;

export function CustomerTable(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scroller = useRef<HTMLDivElement>(null);
  const total = useStore((s) => s.total);
  const columns = useStore((s) => s.customerColumns);
  const pages = useStore((s) => s.pages);
  const sort = useStore((s) => s.sort);
  const generation = useStore((s) => s.generation);
  const openCustomer = useStore((s) => s.openCustomer);
  const openId = useStore((s) => s.customerPanel?.customerId ?? null);
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
  const template = gridTemplate(columns);
  const width = { minInlineSize: minTableWidth(columns) };

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation refetches after a query or data change
  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, total, generation, ensureRows]);
  // The panel held focus: when it closes, focus goes back to the customer's row (or the table),
  // unless the user has already put it elsewhere.
  const lastOpen = useRef<string | null>(null);
  useEffect(() => {
    const closed = lastOpen.current;
    lastOpen.current = openId;
    const table = scroller.current;
    if (openId !== null || closed === null || !table) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const row = [...table.querySelectorAll<HTMLElement>('[data-customer]')].find((r) => r.dataset.customer === closed);
    if (row) focusRow(table, row, HEADER_HEIGHT);
    else table.focus({ preventScroll: true });
  }, [openId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query starts at the top of the list
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [generation]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll region must be reachable by keyboard (arrows, Page Up/Down)
    <div className="ctable" ref={scroller} tabIndex={0} data-testid="customer-table">
      <table
        className="ctable-table"
        style={width}
        aria-label={t('data.table.label')}
        aria-describedby="ctable-hint"
        aria-rowcount={(total ?? 0) + 1}
      >
        <thead className="ctable-head" style={width}>
          <tr className="ctable-row ctable-header-row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
            {columns.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  className={`ctable-th ${alignsEnd(column) ? 'num' : ''}`}
                >
                  <button
                    type="button"
                    className="ctable-sort"
                    onClick={() => setSort(column.key)}
                    data-testid={`sort-${column.key}`}
                    title={columnLabel(column, t)}
                  >
                    <span>{columnLabel(column, t)}</span>
                    <span className="ctable-sort-mark" aria-hidden="true">
                      {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="ctable-body" style={{ ...width, blockSize: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            const open = () => row && openCustomer(row.customer_id);
            return (
              <tr
                key={item.key}
                aria-rowindex={item.index + 2}
                aria-selected={row !== undefined && row.customer_id === openId}
                className={`ctable-row ${row ? 'is-openable' : 'is-loading'}`}
                data-testid="customer-row"
                tabIndex={row ? 0 : -1}
                data-customer={row?.customer_id}
                onClick={open}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  // Focus moves to the panel's close button: the key must not go on to press it.
                  event.preventDefault();
                  open();
                }}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              >
                {columns.map((column) => (
                  <td key={column.key} className={`ctable-td ${alignsEnd(column) ? 'num' : ''}`}>
                    {alignsEnd(column) ? (
                      row ? (
                        formatCell(column, row.values[column.key] ?? null, lang, t)
                      ) : (
                        ''
                      )
                    ) : (
                      // Imported text (emails, phones, names) takes its own direction, so on a right-to-left
                      // page "+44 20 7946" keeps its order and an email is cut at its end, not its start.
                      <bdi className="ctable-text" dir="auto">
                        {row ? formatCell(column, row.values[column.key] ?? null, lang, t) : ''}
                      </bdi>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="ctable-hint" className="visually-hidden">
        {t('data.table.openHint')}
      </p>
    </div>
  );
}
