/**
 * "Events: number of sessions ≥ 2 in the last 30 days, only events where event type is cart".
 * Like an orders condition: the where-rule uses the group editor, over the event fields.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EventsMeasure, type EventsRule } from '../../../../shared/model/rules.js';
import { EVENT_FIELDS } from '../rule/eventFields.js';
import type { NodePath } from '../rule/paths.js';
import { CountedRow } from './CountedRow.js';
import { replaceNode } from './commands.js';

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
  const measure = (
    <select
      className="input input-small"
      aria-label={t('segments.eventsRow.measure')}
      value={node.measure}
      data-testid="events-measure"
      onChange={(event) => replaceNode(path, { ...node, measure: EventsMeasure.parse(event.currentTarget.value) })}
    >
      {EventsMeasure.options.map((m) => (
        <option key={m} value={m}>
          {t(`segments.eventsRow.${m}`)}
        </option>
      ))}
    </select>
  );
  return (
    <CountedRow
      node={node}
      path={path}
      testPrefix="events"
      measure={measure}
      scope={eventScope}
      defaultDays={DEFAULT_DAYS}
      emptyWhere={t('segments.eventsRow.emptyWhere')}
      filter={t('segments.eventsRow.filter')}
      addWhereTestId="add-events-where"
    />
  );
}
