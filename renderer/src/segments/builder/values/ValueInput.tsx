/** The value input a condition needs, by its field's type and operator (none for yes/no and empty checks). */
import type { FieldInfo } from '../../../../../shared/api.js';
import type { Condition } from '../../../../../shared/model/rules.js';
import { valueKind } from '../../rule/nodes.js';
import { CategoryValue } from './CategoryValue.js';
import { DateValue } from './DateValue.js';
import { FlagValue } from './FlagValue.js';
import { NumberValue } from './NumberValue.js';
import { SeasonValue } from './SeasonValue.js';
import { TextValue } from './TextValue.js';

interface ValueInputProps {
  field: FieldInfo;
  condition: Condition;
  onChange(value: Condition['value']): void;
}

export function ValueInput({ field, condition, onChange }: ValueInputProps): React.JSX.Element | null {
  const kind = valueKind(field.type, condition.op);
  switch (kind) {
    case 'none':
      return null;
    case 'number':
    case 'numberPair':
      return <NumberValue field={field} condition={condition} pair={kind === 'numberPair'} onChange={onChange} />;
    case 'list':
      return <CategoryValue key={field.key} field={field} condition={condition} onChange={onChange} />;
    case 'text':
      return <TextValue condition={condition} onChange={onChange} />;
    case 'flag':
      return <FlagValue condition={condition} onChange={onChange} />;
    case 'date':
    case 'datePair':
    case 'days':
      return <DateValue field={field} condition={condition} kind={kind} onChange={onChange} />;
    case 'months':
    case 'weekdays':
    case 'hours':
      return <SeasonValue condition={condition} kind={kind} onChange={onChange} />;
  }
}
