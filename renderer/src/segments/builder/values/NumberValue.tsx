/** A number, or two for "between"; the field's range from its profile is the placeholder and hint. */
import { useTranslation } from 'react-i18next';
import type { FieldInfo } from '../../../../../shared/api.js';
import type { Condition } from '../../../../../shared/model/rules.js';
import { formatPlainNumber } from '../../describeLeaf.js';
import { useFieldProfile } from './useFieldProfile.js';

interface NumberValueProps {
  field: FieldInfo;
  condition: Condition;
  pair: boolean;
  onChange(value: Condition['value']): void;
}

function shown(value: unknown): number | '' {
  return typeof value === 'number' && Number.isFinite(value) ? value : '';
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
  const read = (input: HTMLInputElement) => input.valueAsNumber; // NaN while empty or half typed

  if (!pair) {
    return (
      <input
        type="number"
        className="input input-small rule-number-wide"
        aria-label={t('segments.values.value')}
        title={hint}
        placeholder={placeholder}
        value={shown(condition.value)}
        data-testid="value-number"
        onChange={(event) => {
          const value = read(event.currentTarget);
          onChange(Number.isFinite(value) ? value : undefined);
        }}
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
      <input
        type="number"
        className="input input-small rule-number"
        aria-label={t('segments.values.from')}
        title={hint}
        placeholder={range?.min ?? ''}
        value={shown(lo)}
        data-testid="value-from"
        onChange={(event) => set(0, read(event.currentTarget))}
      />
      <span className="rule-word">{t('segments.values.and')}</span>
      <input
        type="number"
        className="input input-small rule-number"
        aria-label={t('segments.values.to')}
        title={hint}
        placeholder={range?.max ?? ''}
        value={shown(hi)}
        data-testid="value-to"
        onChange={(event) => set(1, read(event.currentTarget))}
      />
    </span>
  );
}
