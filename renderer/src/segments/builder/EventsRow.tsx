/**
 * "Events: number of sessions ≥ 2 in the last 30 days, only events where event type is cart".
 * Like an orders condition: the where-rule uses the group editor, over the event fields.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EventsMeasure, type EventsRule, OrdersOp, type Rule } from '../../../../shared/model/rules.js';
import { NumberInput } from '../../shell/NumberInput.js';
import { EVENT_FIELDS } from '../rule/eventFields.js';
import { newCondition } from '../rule/nodes.js';
import { childPath, childrenOf, type NodePath, WHERE_STEP } from '../rule/paths.js';
import { addNode, replaceNode } from './commands.js';
import { GroupView } from './GroupView.js';
import { LeafKindPicker } from './LeafKindPicker.js';
import { ScopeContext } from './scope.js';

/** Window the "in the last" choice starts with. */
const DEFAULT_DAYS = 30;

export function EventsRow({ node, path }: { node: EventsRule; path: NodePath }): React.JSX.Element {
  const { t } = useTranslation();
  const eventScope = useMemo(
    () => ({
      level: 'events' as const,
      fields: EVENT_FIELDS.map((f) => ({
        ...f,
        label: t(`segments.eventFields.${f.key}` as 'segments.eventFields.page'),
      })),
    }),
    [t],
  );
  const change = (patch: Partial<EventsRule>, typed?: string) => replaceNode(path, { ...node, ...patch }, typed);
  const days = node.events.within_last_days;
  const setDays = (value: number | undefined, typed?: string) => {
    const { within_last_days: _old, ...rest } = node.events;
    change({ events: value === undefined ? rest : { ...rest, within_last_days: value } }, typed);
  };
  const where: Rule = node.events.where ?? { and: [] };
  const wherePath = childPath(path, WHERE_STEP);

  return (
    <div className="rule-orders" data-testid="events-condition">
      <div className="rule-leaf">
        <LeafKindPicker node={node} path={path} />
        <select
          className="input input-small"
          aria-label={t('segments.eventsRow.measure')}
          value={node.measure}
          data-testid="events-measure"
          onChange={(event) => change({ measure: EventsMeasure.parse(event.currentTarget.value) })}
        >
          {EventsMeasure.options.map((m) => (
            <option key={m} value={m}>
              {t(`segments.eventsRow.${m}`)}
            </option>
          ))}
        </select>
        <select
          className="input input-small"
          aria-label={t('segments.orders.op')}
          value={node.op}
          data-testid="events-op"
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
          data-testid="events-value"
          onValue={(value) => change({ value: value ?? Number.NaN }, 'value')}
        />
        <select
          className="input input-small"
          aria-label={t('segments.orders.window')}
          value={days === undefined ? 'ever' : 'last'}
          data-testid="events-window"
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
              data-testid="events-days"
              onValue={(value) => setDays(value ?? Number.NaN, 'days')}
            />
            <span className="rule-word">{t('segments.values.days')}</span>
          </span>
        )}
      </div>
      {childrenOf(where).length === 0 ? (
        <div className="rule-where-empty" data-node-path={wherePath}>
          <span className="rule-word">{t('segments.eventsRow.emptyWhere')}</span>
          <button
            type="button"
            className="btn btn-link"
            data-focus="add"
            data-focus-for={wherePath}
            data-testid="add-events-where"
            onClick={() => addNode(wherePath, newCondition())}
          >
            {t('segments.eventsRow.filter')}
          </button>
        </div>
      ) : (
        <ScopeContext.Provider value={eventScope}>
          <GroupView group={where} path={wherePath} kind="where" />
        </ScopeContext.Provider>
      )}
    </div>
  );
}
