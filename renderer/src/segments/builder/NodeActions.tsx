/** The buttons every node has: not, move up/down, duplicate, delete. Each acts on the node's outer path. */
import { useTranslation } from 'react-i18next';
import type { NodePath } from '../rule/paths.js';
import { duplicateNode, moveNode, negateNode, removeNode } from './commands.js';

interface NodeActionsProps {
  path: NodePath;
  negated: boolean;
  first: boolean;
  last: boolean;
}

export function NodeActions({ path, negated, first, last }: NodeActionsProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="rule-actions">
      <button
        type="button"
        className={`btn btn-quiet btn-icon rule-not ${negated ? 'is-on' : ''}`}
        aria-pressed={negated}
        aria-label={t('segments.builder.notLabel')}
        title={t('segments.builder.notLabel')}
        data-focus="not"
        data-focus-for={path}
        data-testid="node-not"
        onClick={() => negateNode(path)}
      >
        {t('segments.builder.not')}
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        aria-label={t('segments.builder.moveUp')}
        title={t('segments.builder.moveUp')}
        aria-keyshortcuts="Alt+ArrowUp"
        disabled={first}
        data-focus="move-up"
        data-focus-for={path}
        data-testid="node-up"
        onClick={() => moveNode(path, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        aria-label={t('segments.builder.moveDown')}
        title={t('segments.builder.moveDown')}
        aria-keyshortcuts="Alt+ArrowDown"
        disabled={last}
        data-focus="move-down"
        data-focus-for={path}
        data-testid="node-down"
        onClick={() => moveNode(path, 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        aria-label={t('segments.builder.duplicate')}
        title={t('segments.builder.duplicate')}
        data-testid="node-duplicate"
        onClick={() => duplicateNode(path)}
      >
        ⧉
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon btn-icon-danger"
        aria-label={t('segments.builder.remove')}
        title={t('segments.builder.remove')}
        data-testid="node-delete"
        onClick={() => removeNode(path)}
      >
        ✕
      </button>
    </div>
  );
}
