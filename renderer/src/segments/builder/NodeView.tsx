/**
 * One member of a group: a nested group, or a leaf with its own live count and its buttons.
 * A negated node ({ not: X }) is drawn as X with "not" switched on; its buttons act on the not.
 * Alt+↑ / Alt+↓ anywhere inside a node move it among its siblings.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isAnd,
  isCondition,
  isEvents,
  isFixedList,
  isInSegment,
  isNot,
  isOr,
  isOrders,
  type Rule,
} from '../../../../shared/model/rules.js';
import { childPath, type NodePath } from '../rule/paths.js';
import { ConditionRow } from './ConditionRow.js';
import { moveNode } from './commands.js';
import { EventsRow } from './EventsRow.js';
import { FixedListRow } from './FixedListRow.js';
import { GroupView } from './GroupView.js';
import { InSegmentRow } from './InSegmentRow.js';
import { NodeActions } from './NodeActions.js';
import { OrdersRow } from './OrdersRow.js';
import { PartStatus } from './PartStatus.js';

interface NodeViewProps {
  node: Rule;
  path: NodePath;
  first: boolean;
  last: boolean;
}

function LeafBody({ node, path }: { node: Rule; path: NodePath }): React.JSX.Element | null {
  if (isCondition(node)) return <ConditionRow condition={node} path={path} />;
  if (isOrders(node)) return <OrdersRow node={node} path={path} />;
  if (isEvents(node)) return <EventsRow node={node} path={path} />;
  if (isInSegment(node)) return <InSegmentRow node={node} path={path} />;
  if (isFixedList(node)) return <FixedListRow node={node} />;
  if (isNot(node)) {
    // A double negation (from a file or the CLI): shown as it is, one level at a time.
    return (
      <ol className="rule-children">
        <NodeView node={node.not} path={childPath(path, 0)} first last />
      </ol>
    );
  }
  return null;
}

export function NodeView({ node, path, first, last }: NodeViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const negated = isNot(node);
  const inner = isNot(node) ? node.not : node;
  const innerPath = negated ? childPath(path, 0) : path;
  const isGroup = isAnd(inner) || isOr(inner);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation(); // the innermost node moves, not the groups around it
    moveNode(path, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <li
      className={`rule-node ${isGroup ? 'rule-node-group' : 'rule-node-leaf'} ${negated ? 'is-negated' : ''}`}
      data-node-path={path}
      data-testid="rule-node"
      onKeyDown={onKeyDown}
    >
      {isGroup ? (
        <GroupView group={inner} path={innerPath} kind="nested" outer={{ path, negated, first, last }} />
      ) : (
        <div className="rule-row">
          {negated && <span className="rule-not-badge">{t('segments.builder.not')}</span>}
          <div className="rule-main">
            <LeafBody node={inner} path={innerPath} />
          </div>
          <PartStatus path={path} innerPath={innerPath} />
          <NodeActions path={path} negated={negated} first={first} last={last} />
        </div>
      )}
    </li>
  );
}
