/**
 * The migration matrix as a table: the keyboard's and the screen reader's way in. Rows are the
 * groups at "from", columns the groups at "to"; each non-empty cell is a button that lists its
 * customers (Enter or Space). In right-to-left languages the table reads from the right by itself.
 */
import { useTranslation } from 'react-i18next';
import type { MigrationCell } from '../../../shared/contract/changes.js';
import { formatInteger, formatMoney, formatMoneyCompact } from '../format.js';
import type { MigrationGroups } from './groupOrder.js';

export interface CellKey {
  from: string;
  to: string;
}

interface Props {
  cells: readonly MigrationCell[];
  groups: MigrationGroups;
  label(group: string): string;
  selected: CellKey | null;
  onPick(cell: CellKey): void;
}

export function MigrationTable({ cells, groups, label, selected, onPick }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byKey = new Map(cells.map((c) => [`${c.from}\u0000${c.to}`, c]));
  return (
    <div className="table-scroll">
      <table className="table migration-table" data-testid="migration-table">
        <caption className="muted">{t('changes.migration.tableHint')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('changes.migration.corner')}</th>
            {groups.to.map((to) => (
              <th key={to} scope="col">
                {label(to)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.from.map((from) => (
            <tr key={from}>
              <th scope="row">{label(from)}</th>
              {groups.to.map((to) => {
                const cell = byKey.get(`${from}\u0000${to}`);
                if (!cell) return <td key={to} className="num muted" />;
                const current = selected?.from === from && selected.to === to;
                return (
                  <td key={to} className="num">
                    <button
                      type="button"
                      className={current ? 'btn-link migration-cell is-selected' : 'btn-link migration-cell'}
                      aria-pressed={current}
                      aria-label={t('changes.migration.cellLabel', {
                        from: label(from),
                        to: label(to),
                        customers: formatInteger(cell.customers, lang),
                        revenue: formatMoney(cell.revenue, lang),
                      })}
                      data-testid="migration-cell"
                      data-from={from}
                      data-to={to}
                      onClick={() => onPick({ from, to })}
                    >
                      {formatInteger(cell.customers, lang)}
                      <span className="muted migration-cell-revenue">{formatMoneyCompact(cell.revenue, lang)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
