/**
 * The part an orders condition and an events condition share: comparison, number, time window and
 * the where-rule over their own fields (the group editor in that scope, or one quiet line inviting a
 * filter). OrdersRow and EventsRow give the measure picker, the scope and their own words.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type EventsRule, OrdersOp, type OrdersRule, type Rule } from '../../../../shared/model/rules.js';
import { NumberInput } from '../../shell/NumberInput.js';
import { newCondition } from '../rule/nodes.js';
import { childPath, childrenOf, type NodePath, WHERE_STEP } from '../rule/paths.js';
import { addNode, replaceNode } from './commands.js';
import { GroupView } from './GroupView.js';
import { LeafKindPicker } from './LeafKindPicker.js';
import { type BuilderScope, ScopeContext } from './scope.js';

type Counted = OrdersRule | EventsRule;
type Clause = { where?: Rule; within_last_days?: number };

interface CountedRowProps {
  node: Counted;
  path: NodePath;
  /** 'orders' or 'events': the prefix of the test ids. */
  testPrefix: string;
  /** The measure picker (what is counted or summed). */
  measure: ReactNode;
  /** The fields the where-rule offers. */
  scope: BuilderScope;
  /** Window the "in the last" choice starts with. */
  defaultDays: number;
  emptyWhere: string;
  filter: string;
  addWhereTestId: string;
}

const clauseOf = (node: Counted): Clause => ('orders' in node ? node.orders : node.events);
const withClause = (node: Counted, clause: Clause): Counted =>
  'orders' in node ? { ...node, orders: clause } : { ...node, events: clause };

export function CountedRow(props: CountedRowProps): React.JSX.Element {
  const { node, path, testPrefix, defaultDays } = props;
  const { t } = useTranslation();
  const change = (next: Counted, typed?: string) => replaceNode(path, next, typed);
  const clause = clauseOf(node);
  const days = clause.within_last_days;
  const setDays = (value: number | undefined, typed?: string) => {
    const { within_last_days: _old, ...rest } = clause;
    change(withClause(node, value === undefined ? rest : { ...rest, within_last_days: value }), typed);
  };
  const where: Rule = clause.where ?? { and: [] };
  const wherePath = childPath(path, WHERE_STEP);

  return (
    <div className="rule-orders" data-testid={`${testPrefix}-condition`}>
      <div className="rule-leaf">
        <LeafKindPicker node={node} path={path} />
        {props.measure}
        <select
          className="input input-small"
          aria-label={t('segments.orders.op')}
          value={node.op}
          data-testid={`${testPrefix}-op`}
          onChange={(event) => change({ ...node, op: OrdersOp.parse(event.currentTarget.value) })}
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
          data-testid={`${testPrefix}-value`}
          onValue={(value) => change({ ...node, value: value ?? Number.NaN }, 'value')}
        />
        <select
          className="input input-small"
          aria-label={t('segments.orders.window')}
          value={days === undefined ? 'ever' : 'last'}
          data-testid={`${testPrefix}-window`}
          onChange={(event) => setDays(event.currentTarget.value === 'ever' ? undefined : defaultDays)}
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
              data-testid={`${testPrefix}-days`}
              onValue={(value) => setDays(value ?? Number.NaN, 'days')}
            />
            <span className="rule-word">{t('segments.values.days')}</span>
          </span>
        )}
      </div>
      {childrenOf(where).length === 0 ? (
        // No filter yet: one quiet line instead of an empty group box.
        <div className="rule-where-empty" data-node-path={wherePath}>
          <span className="rule-word">{props.emptyWhere}</span>
          <button
            type="button"
            className="btn btn-link"
            data-focus="add"
            data-focus-for={wherePath}
            data-testid={props.addWhereTestId}
            onClick={() => addNode(wherePath, newCondition())}
          >
            {props.filter}
          </button>
        </div>
      ) : (
        <ScopeContext.Provider value={props.scope}>
          <GroupView group={where} path={wherePath} kind="where" />
        </ScopeContext.Provider>
      )}
    </div>
  );
}
