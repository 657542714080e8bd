/** Free text for contains / starts with / is; an empty box leaves the condition incomplete. */
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../../shared/model/rules.js';

export function TextValue({
  condition,
  onChange,
}: {
  condition: Condition;
  onChange(value: Condition['value']): void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <input
      type="text"
      className="input input-small rule-text"
      aria-label={t('segments.values.text')}
      value={typeof condition.value === 'string' ? condition.value : ''}
      maxLength={10_000}
      data-testid="value-text"
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}
