/**
 * The first control of every condition: which field it checks (grouped: Customer, Metrics; or
 * Order or Event inside a where-rule), or another kind of condition (orders placed, events, in a segment).
 * Choosing another kind replaces the condition; choosing another field keeps a fitting operator.
 */
import { useTranslation } from 'react-i18next';
import { isCondition, isEvents, isInSegment, isOrders, type Rule } from '../../../../shared/model/rules.js';
import { newCondition, newEvents, newInSegment, newOrders, withField } from '../rule/nodes.js';
import type { NodePath } from '../rule/paths.js';
import { replaceNode } from './commands.js';
import { useScope } from './scope.js';

const ORDERS = 'kind:orders';
const SEGMENT = 'kind:segment';
const EVENTS = 'kind:events';
const fieldValue = (key: string) => `field:${key}`;

function currentValue(node: Rule): string {
  if (isOrders(node)) return ORDERS;
  if (isEvents(node)) return EVENTS;
  if (isInSegment(node)) return SEGMENT;
  return isCondition(node) && node.field ? fieldValue(node.field) : '';
}

export function LeafKindPicker({ node, path }: { node: Rule; path: NodePath }): React.JSX.Element {
  const { t } = useTranslation();
  const { level, fields } = useScope();
  const value = currentValue(node);
  const known = value === '' || value.startsWith('kind:') || fields.some((f) => fieldValue(f.key) === value);

  const choose = (next: string) => {
    if (next === value) return;
    if (next === ORDERS) return replaceNode(path, newOrders());
    if (next === SEGMENT) return replaceNode(path, newInSegment());
    if (next === EVENTS) return replaceNode(path, newEvents());
    const field = fields.find((f) => fieldValue(f.key) === next);
    if (field) replaceNode(path, withField(isCondition(node) ? node : newCondition(), field));
  };

  const groups =
    level === 'customers'
      ? [
          { label: t('segments.picker.customer'), items: fields.filter((f) => f.source === 'customers') },
          { label: t('segments.picker.metrics'), items: fields.filter((f) => f.source === 'metrics') },
        ]
      : [
          {
            label: t(level === 'events' ? 'segments.picker.eventFields' : 'segments.picker.orderFields'),
            items: fields,
          },
        ];

  return (
    <select
      className="input input-small rule-picker"
      aria-label={t('segments.picker.label')}
      value={value}
      data-focus="picker"
      data-testid="node-picker"
      onChange={(event) => choose(event.currentTarget.value)}
    >
      {value === '' && (
        <option value="" disabled>
          {t('segments.picker.choose')}
        </option>
      )}
      {!known && isCondition(node) && <option value={value}>{node.field}</option>}
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <optgroup key={group.label} label={group.label}>
              {group.items.map((field) => (
                <option key={field.key} value={fieldValue(field.key)}>
                  {field.label}
                </option>
              ))}
            </optgroup>
          ),
      )}
      {level === 'customers' && (
        <optgroup label={t('segments.picker.other')}>
          <option value={ORDERS}>{t('segments.picker.orders')}</option>
          <option value={EVENTS}>{t('segments.picker.events')}</option>
          <option value={SEGMENT}>{t('segments.picker.inSegment')}</option>
        </optgroup>
      )}
    </select>
  );
}
