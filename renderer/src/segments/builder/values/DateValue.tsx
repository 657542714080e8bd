/** A date (calendar input), two for "between", or a number of days for "in the last N days". */
import { useTranslation } from 'react-i18next';
import type { FieldInfo } from '../../../../../shared/api.js';
import type { Condition } from '../../../../../shared/model/rules.js';
import { formatDate } from '../../../format.js';
import { DateField } from '../../../shell/DateField.js';
import { NumberInput } from '../../../shell/NumberInput.js';
import type { ValueKind } from '../../rule/nodes.js';
import { useFieldProfile } from './useFieldProfile.js';

interface DateValueProps {
  field: FieldInfo;
  condition: Condition;
  kind: Extract<ValueKind, 'date' | 'datePair' | 'days'>;
  onChange(value: Condition['value']): void;
}

export function DateValue({ field, condition, kind, onChange }: DateValueProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const profile = useFieldProfile(field);
  const bounds =
    profile && profile !== 'loading' && typeof profile.min === 'string' && typeof profile.max === 'string'
      ? { min: profile.min.slice(0, 10), max: profile.max.slice(0, 10) }
      : null;
  const hint = bounds
    ? t('segments.values.rangeHint', {
        min: formatDate(bounds.min, i18n.language),
        max: formatDate(bounds.max, i18n.language),
      })
    : undefined;

  if (kind === 'days') {
    const days = typeof condition.value === 'number' && Number.isFinite(condition.value) ? condition.value : undefined;
    return (
      <span className="rule-pair">
        <NumberInput
          className="input input-small rule-number"
          aria-label={t('segments.values.daysLabel')}
          value={days}
          data-testid="value-days"
          onValue={(value) => {
            onChange(value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined);
          }}
        />
        <span className="rule-word">{t('segments.values.days')}</span>
      </span>
    );
  }
  const dateInput = (value: string, label: string, testId: string, change: (v: string) => void) => (
    <DateField
      className="input input-small input-date"
      aria-label={label}
      title={hint}
      min={bounds?.min}
      max={bounds?.max}
      value={value}
      data-testid={testId}
      onValue={change}
    />
  );
  if (kind === 'date') {
    const value = typeof condition.value === 'string' ? condition.value : '';
    return dateInput(value, t('segments.values.value'), 'value-date', (v) => onChange(v || undefined));
  }
  const [from, to] = Array.isArray(condition.value) ? condition.value.map(String) : ['', ''];
  return (
    <span className="rule-pair">
      {dateInput(from ?? '', t('segments.values.from'), 'value-from', (v) => onChange([v, to ?? '']))}
      <span className="rule-word">{t('segments.values.and')}</span>
      {dateInput(to ?? '', t('segments.values.to'), 'value-to', (v) => onChange([from ?? '', v]))}
    </span>
  );
}
