/**
 * "Orders placed: number of orders ≥ 2 in the last 365 days, only orders that match …".
 * The where-rule uses the same group editor over order fields; it has no counts of its own.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OrdersMeasure, type OrdersRule } from '../../../../shared/model/rules.js';
import { useStore } from '../../store/index.js';
import { labelSharedOrderFields } from '../draft/fieldScopes.js';
import type { NodePath } from '../rule/paths.js';
import { CountedRow } from './CountedRow.js';
import { replaceNode } from './commands.js';

/** Window the "in the last" choice starts with. */
const DEFAULT_DAYS = 90;

export function OrdersRow({ node, path }: { node: OrdersRule; path: NodePath }): React.JSX.Element {
  const { t } = useTranslation();
  const fields = useStore((s) => s.fields);
  const orderScope = useMemo(
    () => ({
      level: 'orders' as const,
      fields: labelSharedOrderFields(fields ?? [], (label) => t('segments.picker.orderField', { label })),
    }),
    [fields, t],
  );
  const measure = (
    <select
      className="input input-small"
      aria-label={t('segments.orders.measure')}
      value={node.measure}
      data-testid="orders-measure"
      onChange={(event) => replaceNode(path, { ...node, measure: OrdersMeasure.parse(event.currentTarget.value) })}
    >
      {OrdersMeasure.options.map((m) => (
        <option key={m} value={m}>
          {t(`segments.orders.${m}`)}
        </option>
      ))}
    </select>
  );
  return (
    <CountedRow
      node={node}
      path={path}
      testPrefix="orders"
      measure={measure}
      scope={orderScope}
      defaultDays={DEFAULT_DAYS}
      emptyWhere={t('segments.builder.emptyWhere')}
      filter={t('segments.orders.filter')}
      addWhereTestId="add-where"
    />
  );
}
