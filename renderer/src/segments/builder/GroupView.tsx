/**
 * A group: "all of" / "any of" its members, its own live count, and buttons to add a condition,
 * an orders condition or a nested group. The root, nested groups and an orders where-rule all use it.
 */
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../../shared/model/rules.js';
import { type Combinator, combinatorOf } from '../rule/editRule.js';
import { newCondition, newGroup, newOrders } from '../rule/nodes.js';
import { childPath, childrenOf, type NodePath } from '../rule/paths.js';
import { addNode, setGroupCombinator } from './commands.js';
import { NodeActions } from './NodeActions.js';
import { NodeView } from './NodeView.js';
import { PartStatus } from './PartStatus.js';
import { useScope } from './scope.js';

interface GroupViewProps {
  group: Rule;
  /** The group's own path (inside its not, when negated). */
  path: NodePath;
  kind: 'root' | 'nested' | 'where';
  /** For a nested group: its place among its siblings and the path its buttons act on. */
  outer?: { path: NodePath; negated: boolean; first: boolean; last: boolean };
}

export function GroupView({ group, path, kind, outer }: GroupViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const { level } = useScope();
  const combinator = combinatorOf(group) ?? 'and';
  const items = childrenOf(group);
  const prefix =
    kind === 'root'
      ? t('segments.builder.matchPrefix')
      : kind === 'where'
        ? t('segments.builder.orderMatchPrefix')
        : t('segments.builder.nestedPrefix');
  const empty =
    kind === 'root'
      ? t('segments.builder.emptyRoot')
      : kind === 'where'
        ? t('segments.builder.emptyWhere')
        : t('segments.builder.emptyGroup');

  return (
    <div className={`rule-group rule-group-${kind} rule-group-${combinator}`} data-node-path={path}>
      <div className="rule-group-head">
        {outer?.negated && <span className="rule-not-badge">{t('segments.builder.not')}</span>}
        <span className="rule-word">{prefix}</span>
        <select
          className="input input-small rule-combinator"
          aria-label={t('segments.builder.combinator')}
          value={combinator}
          data-focus="combinator"
          data-testid="group-combinator"
          onChange={(event) => setGroupCombinator(path, event.currentTarget.value === 'or' ? 'or' : 'and')}
        >
          <option value="and">{t('segments.builder.all')}</option>
          <option value="or">{t('segments.builder.any')}</option>
        </select>
        <span className="rule-word">{t('segments.builder.matchSuffix')}</span>
        <span className="rule-group-spacer" />
        {kind !== 'where' && <PartStatus path={outer?.path ?? path} innerPath={path} />}
        {outer && <NodeActions path={outer.path} negated={outer.negated} first={outer.first} last={outer.last} />}
      </div>
      {items.length === 0 ? (
        <p className="rule-empty muted">{empty}</p>
      ) : (
        <ol className="rule-children">
          {items.map((item, i) => {
            const itemPath = childPath(path, i);
            return (
              <NodeView key={itemPath} node={item} path={itemPath} first={i === 0} last={i === items.length - 1} />
            );
          })}
        </ol>
      )}
      <div className="rule-add">
        <button
          type="button"
          className="btn btn-small"
          aria-label={t('segments.builder.addConditionLabel')}
          data-focus="add"
          data-focus-for={path}
          data-testid="add-condition"
          onClick={() => addNode(path, newCondition())}
        >
          {t('segments.builder.addCondition')}
        </button>
        {level === 'customers' && (
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('segments.builder.addOrdersLabel')}
            data-testid="add-orders"
            onClick={() => addNode(path, newOrders())}
          >
            {t('segments.builder.addOrders')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small"
          aria-label={t('segments.builder.addGroupLabel')}
          data-testid="add-group"
          onClick={() => addNode(path, newGroup(combinator as Combinator))}
        >
          {t('segments.builder.addGroup')}
        </button>
      </div>
    </div>
  );
}
