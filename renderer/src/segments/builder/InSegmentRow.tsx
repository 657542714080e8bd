/** "In the segment …": a saved segment (never the one being edited: a segment cannot contain itself). */
import { useTranslation } from 'react-i18next';
import type { InSegmentRule } from '../../../../shared/model/rules.js';
import { useStore } from '../../store/index.js';
import type { NodePath } from '../rule/paths.js';
import { replaceNode } from './commands.js';
import { LeafKindPicker } from './LeafKindPicker.js';

export function InSegmentRow({ node, path }: { node: InSegmentRule; path: NodePath }): React.JSX.Element {
  const { t } = useTranslation();
  const segments = useStore((s) => s.segments);
  const editedId = useStore((s) => s.draft?.id ?? null);
  const choices = segments.filter((s) => s.id !== editedId);
  return (
    <div className="rule-leaf">
      <LeafKindPicker node={node} path={path} />
      <select
        className="input input-small rule-segment"
        aria-label={t('segments.inSegment.label')}
        value={node.segment >= 1 ? String(node.segment) : ''}
        data-testid="node-segment"
        onChange={(event) => replaceNode(path, { segment: Number(event.currentTarget.value) })}
      >
        <option value="" disabled>
          {t('segments.inSegment.choose')}
        </option>
        {choices.map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.name}
          </option>
        ))}
        {node.segment >= 1 && !choices.some((s) => s.id === node.segment) && (
          <option value={node.segment}>{t('segments.sentence.unknownSegment', { id: node.segment })}</option>
        )}
      </select>
    </div>
  );
}
