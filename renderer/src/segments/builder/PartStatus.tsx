/**
 * A node's own live count ("1,234 · 25%"), or "incomplete" when it is left out of the count,
 * plus a mark for a linter warning about this node. Dimmed while a recount is on its way.
 */
import { useTranslation } from 'react-i18next';
import { formatInteger, formatMoneyCompact, formatPercent } from '../../format.js';
import { useStore } from '../../store/index.js';
import type { NodePath } from '../rule/paths.js';
import { useScope } from './scope.js';

interface PartStatusProps {
  /** The node's path (a negated node: the path of its not). */
  path: NodePath;
  /** The path of the node inside its not, when negated. */
  innerPath: NodePath;
}

export function PartStatus({ path, innerPath }: PartStatusProps): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scope = useScope();
  const part = useStore((s) => s.live.parts[path] ?? s.live.parts[innerPath]);
  const stale = useStore((s) => s.live.status === 'counting');
  const incomplete = useStore((s) => s.pruned?.incomplete.some((p) => p === path || p === innerPath) ?? false);
  const warning = useStore((s) => s.live.warnings.find((w) => w.path === path || w.path === innerPath));
  const all = useStore((s) => s.project?.customers ?? s.database?.customers ?? 0);

  const mark = warning && (
    <span
      className="rule-warning-mark"
      role="img"
      aria-label={t('segments.builder.warning', { message: warning.message })}
      title={warning.message}
      data-testid="node-warning"
    >
      ⚠
    </span>
  );
  if (incomplete) {
    return (
      <span className="rule-status">
        <span className="rule-incomplete" title={t('segments.builder.incompleteHint')} data-testid="node-incomplete">
          {t('segments.builder.incomplete')}
        </span>
        {mark}
      </span>
    );
  }
  if (scope.level === 'orders' || !part) return mark ? <span className="rule-status">{mark}</span> : null;
  const share = all > 0 ? part.customers / all : 0;
  const title = `${t('segments.builder.partCount', {
    customers: formatInteger(part.customers, lang),
    share: formatPercent(share, lang),
  })}, ${t('segments.builder.partRevenue', { revenue: formatMoneyCompact(part.revenue, lang) })}`;
  return (
    <span className="rule-status">
      <output
        className={`rule-count ${stale ? 'is-stale' : ''}`}
        title={title}
        aria-label={title}
        data-testid="node-count"
      >
        <span className="rule-count-n">{formatInteger(part.customers, lang)}</span>
        <span className="rule-count-share">{formatPercent(share, lang)}</span>
      </output>
      {mark}
    </span>
  );
}
