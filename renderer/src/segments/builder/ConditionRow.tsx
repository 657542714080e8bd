/** A condition on a field: what (field picker), how (operator limited to the field's type) and the value. */
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../shared/model/rules.js';
import { valueKind, withOp, withValue } from '../rule/nodes.js';
import type { NodePath } from '../rule/paths.js';
import { opsOf } from '../rule/seasons.js';
import { replaceNode } from './commands.js';
import { LeafKindPicker } from './LeafKindPicker.js';
import { useScope } from './scope.js';
import { ValueInput } from './values/ValueInput.js';

/** Values typed key by key (a list is clicked: each click is a step of its own). */
const typedKinds: ReadonlySet<string> = new Set(['text', 'number', 'numberPair', 'days', 'hours']);

export function ConditionRow({ condition, path }: { condition: Condition; path: NodePath }): React.JSX.Element {
  const { t } = useTranslation();
  const { fields } = useScope();
  const field = fields.find((f) => f.key === condition.field);
  return (
    <div className="rule-leaf">
      <LeafKindPicker node={condition} path={path} />
      {field && (
        <>
          <select
            className="input input-small rule-op"
            aria-label={t('segments.ops.label')}
            value={condition.op}
            data-testid="node-op"
            onChange={(event) => {
              const op = opsOf(field).find((o) => o === event.currentTarget.value);
              if (op) replaceNode(path, withOp(condition, field.type, op));
            }}
          >
            {opsOf(field).map((op) => (
              <option key={op} value={op}>
                {t(`segments.ops.${op}`)}
              </option>
            ))}
          </select>
          <ValueInput
            field={field}
            condition={condition}
            onChange={(value) =>
              replaceNode(
                path,
                withValue(condition, value),
                typedKinds.has(valueKind(field.type, condition.op)) ? 'value' : undefined,
              )
            }
          />
        </>
      )}
    </div>
  );
}
