/** A number, or two for "between"; the field's range from its profile is the placeholder and hint. */
import { useTranslation } from 'react-i18next';
import type { FieldInfo } from '../../../../../shared/api.js';
import type { Condition } from '../../../../../shared/model/rules.js';
import { NumberInput } from '../../../shell/NumberInput.js';
import { formatPlainNumber } from '../../describeLeaf.js';
import { useFieldProfile } from './useFieldProfile.js';

interface NumberValueProps {
  field: FieldInfo;
  condition: Condition;
  pair: boolean;
  onChange(value: Condition['value']): void;
}

function shown(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function NumberValue({ field, condition, pair, onChange }: NumberValueProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const profile = useFieldProfile(field);
  const range =
    profile && profile !== 'loading' && typeof profile.min === 'number' && typeof profile.max === 'number'
      ? {
          min: formatPlainNumber(profile.min, i18n.language),
          max: formatPlainNumber(profile.max, i18n.language),
        }
      : null;
  const placeholder = range ? t('segments.values.range', range) : '';
  const hint = range ? t('segments.values.rangeHint', range) : undefined;

  if (!pair) {
    return (
      <NumberInput
        className="input input-small rule-number-wide"
        aria-label={t('segments.values.value')}
        title={hint}
        placeholder={placeholder}
        value={shown(condition.value)}
        data-testid="value-number"
        onValue={onChange}
      />
    );
  }
  const [lo, hi] = Array.isArray(condition.value) ? condition.value : [Number.NaN, Number.NaN];
  const set = (index: 0 | 1, value: number) => {
    const next: [number, number] = [Number(lo), Number(hi)];
    next[index] = value;
    onChange(next);
  };
  return (
    <span className="rule-pair">
      <NumberInput
        className="input input-small rule-number"
        aria-label={t('segments.values.from')}
        title={hint}
        placeholder={range?.min ?? ''}
        value={shown(lo)}
        data-testid="value-from"
        onValue={(value) => set(0, value ?? Number.NaN)}
      />
      <span className="rule-word">{t('segments.values.and')}</span>
      <NumberInput
        className="input input-small rule-number"
        aria-label={t('segments.values.to')}
        title={hint}
        placeholder={range?.max ?? ''}
        value={shown(hi)}
        data-testid="value-to"
        onValue={(value) => set(1, value ?? Number.NaN)}
      />
    </span>
  );
}
