/** The first rows of the file; each column header carries its inferred type, its role and whether it is imported. */
import { useTranslation } from 'react-i18next';
import type { ColumnPlan, ImportPreview } from '../../../shared/model/import.js';
import { ROLES, Role } from '../../../shared/model/roles.js';
import { useStore } from '../store/index.js';
import { roleHolder } from './mapping.js';
import { reasonWords } from './reasonWords.js';

/** Enough rows to judge the columns; the engine sends up to 200. */
const ROWS_SHOWN = 100;

export function MappingTable({
  preview,
  columns,
}: {
  preview: ImportPreview;
  columns: ColumnPlan[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const rows = preview.rows.slice(0, ROWS_SHOWN);
  return (
    <div className="mapping-scroll" tabIndex={-1}>
      <table className="mapping" data-testid="mapping-table">
        <caption className="visually-hidden">{t('wizard.mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="mapping-rownum">
              <span className="visually-hidden">{t('wizard.mapping.line')}</span>
            </th>
            {columns.map((column) => (
              <ColumnHead key={column.index} column={column} preview={preview} columns={columns} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // the preview rows never change order, so the position is a stable key
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <tr key={r}>
              <td className="mapping-rownum">{r + (preview.hasHeader ? 2 : 1)}</td>
              {columns.map((column) => (
                <td key={column.index} className={column.include ? undefined : 'is-excluded'}>
                  {row[column.index] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColumnHead({
  column,
  preview,
  columns,
}: {
  column: ColumnPlan;
  preview: ImportPreview;
  columns: ColumnPlan[];
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const setRole = useStore((s) => s.setColumnRole);
  const setInclude = useStore((s) => s.setColumnInclude);
  const info = preview.columns.find((c) => c.index === column.index);
  const selectId = `role-${column.index}`;
  return (
    <th scope="col" className={column.include ? undefined : 'is-excluded'}>
      <div className="mapping-head">
        <span className="mapping-header" title={column.header}>
          {column.header}
        </span>
        <span className={`type-badge type-${column.type}`} title={t('wizard.mapping.typeTitle')}>
          {t(`types.${column.type}`)}
        </span>
        <label htmlFor={selectId} className="visually-hidden">
          {t('wizard.mapping.roleOf', { header: column.header })}
        </label>
        <select
          id={selectId}
          className="input input-small"
          value={column.role ?? ''}
          title={info?.roleReason ? reasonWords(info.roleReason, info.roleReasonWording, i18n.language) : undefined}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setRole(column.index, value === '' ? null : Role.parse(value));
          }}
          data-testid={`role-select-${column.index}`}
        >
          <option value="">{t('wizard.mapping.noRole')}</option>
          {ROLES.map((role) => {
            const holder = roleHolder(columns, role, column.index);
            return (
              <option key={role} value={role}>
                {holder
                  ? t('wizard.mapping.roleInUse', { role: t(`roles.${role}`), header: holder })
                  : t(`roles.${role}`)}
              </option>
            );
          })}
        </select>
        <label className="mapping-include">
          <input
            type="checkbox"
            checked={column.include}
            onChange={(e) => setInclude(column.index, e.currentTarget.checked)}
            data-testid={`include-${column.index}`}
          />
          {t('wizard.mapping.include')}
        </label>
      </div>
    </th>
  );
}
