/**
 * "Orders placed: number of orders ≥ 2 in the last 365 days, only orders that match …".
 * The where-rule uses the same group editor over order fields; it has no counts of its own.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OrdersMeasure, OrdersOp, type OrdersRule, type Rule } from '../../../../shared/model/rules.js';
import { NumberInput } from '../../shell/NumberInput.js';
import { useStore } from '../../store/index.js';
import { labelSharedOrderFields } from '../draft/fieldScopes.js';
import { newCondition } from '../rule/nodes.js';
import { childPath, childrenOf, type NodePath, WHERE_STEP } from '../rule/paths.js';
import { addNode, replaceNode } from './commands.js';
import { GroupView } from './GroupView.js';
import { LeafKindPicker } from './LeafKindPicker.js';
import { ScopeContext } from './scope.js';

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
  const change = (patch: Partial<OrdersRule>, typed?: string) => replaceNode(path, { ...node, ...patch }, typed);
  const days = node.orders.within_last_days;
  const setDays = (value: number | undefined, typed?: string) => {
    const { within_last_days: _old, ...rest } = node.orders;
    change({ orders: value === undefined ? rest : { ...rest, within_last_days: value } }, typed);
  };
  const where: Rule = node.orders.where ?? { and: [] };
  const wherePath = childPath(path, WHERE_STEP);

  return (
    <div className="rule-orders" data-testid="orders-condition">
      <div className="rule-leaf">
        <LeafKindPicker node={node} path={path} />
        <select
          className="input input-small"
          aria-label={t('segments.orders.measure')}
          value={node.measure}
          data-testid="orders-measure"
          onChange={(event) => change({ measure: OrdersMeasure.parse(event.currentTarget.value) })}
        >
          {OrdersMeasure.options.map((m) => (
            <option key={m} value={m}>
              {t(`segments.orders.${m}`)}
            </option>
          ))}
        </select>
        <select
          className="input input-small"
          aria-label={t('segments.orders.op')}
          value={node.op}
          data-testid="orders-op"
          onChange={(event) => change({ op: OrdersOp.parse(event.currentTarget.value) })}
        >
          {OrdersOp.options.map((op) => (
            <option key={op} value={op}>
              {t(`segments.orders.opWords.${op}`)}
            </option>
          ))}
        </select>
        <NumberInput
          className="input input-small rule-number"
          aria-label={t('segments.orders.value')}
          value={node.value}
          data-testid="orders-value"
          onValue={(value) => change({ value: value ?? Number.NaN }, 'value')}
        />
        <select
          className="input input-small"
          aria-label={t('segments.orders.window')}
          value={days === undefined ? 'ever' : 'last'}
          data-testid="orders-window"
          onChange={(event) => setDays(event.currentTarget.value === 'ever' ? undefined : DEFAULT_DAYS)}
        >
          <option value="ever">{t('segments.orders.ever')}</option>
          <option value="last">{t('segments.orders.lastDays')}</option>
        </select>
        {days !== undefined && (
          <span className="rule-pair">
            <NumberInput
              className="input input-small rule-number"
              aria-label={t('segments.orders.days')}
              value={days}
              data-testid="orders-days"
              onValue={(value) => setDays(value ?? Number.NaN, 'days')}
            />
            <span className="rule-word">{t('segments.values.days')}</span>
          </span>
        )}
      </div>
      {childrenOf(where).length === 0 ? (
        // No filter yet: one quiet line instead of an empty group box.
        <div className="rule-where-empty" data-node-path={wherePath}>
          <span className="rule-word">{t('segments.builder.emptyWhere')}</span>
          <button
            type="button"
            className="btn btn-link"
            data-focus="add"
            data-focus-for={wherePath}
            data-testid="add-where"
            onClick={() => addNode(wherePath, newCondition())}
          >
            {t('segments.orders.filter')}
          </button>
        </div>
      ) : (
        <ScopeContext.Provider value={orderScope}>
          <GroupView group={where} path={wherePath} kind="where" />
        </ScopeContext.Provider>
      )}
    </div>
  );
}
