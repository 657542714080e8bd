/**
 * The value of a seasonal condition: months or weekdays as checkboxes named in the user's language
 * (Intl), or two hours 0..23. Checkboxes keep it reachable by keyboard (Tab, Space).
 */
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../../shared/model/rules.js';
import { NumberInput } from '../../../shell/NumberInput.js';

interface SeasonValueProps {
  condition: Condition;
  kind: 'months' | 'weekdays' | 'hours';
  onChange(value: Condition['value']): void;
}

/** Months 1..12 and ISO weekdays 1 (Monday)..7 (Sunday); 2024-01-01 was a Monday. */
function choices(kind: 'months' | 'weekdays', lang: string): Array<{ value: number; name: string }> {
  if (kind === 'months') {
    const format = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, name: format.format(Date.UTC(2024, i, 1)) }));
  }
  const format = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => ({ value: i + 1, name: format.format(Date.UTC(2024, 0, i + 1)) }));
}

export function SeasonValue({ condition, kind, onChange }: SeasonValueProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const picked = Array.isArray(condition.value)
    ? (condition.value as unknown[]).filter((v) => typeof v === 'number')
    : [];
  if (kind === 'hours') {
    const [from, to] = picked as number[];
    const set = (index: 0 | 1, hour: number | undefined) => {
      const pair: [number, number] = [from ?? Number.NaN, to ?? Number.NaN];
      pair[index] = hour ?? Number.NaN;
      onChange(pair);
    };
    return (
      <span className="rule-pair" data-testid="season-hours">
        <NumberInput
          className="input input-small rule-number"
          aria-label={t('segments.season.fromHour')}
          value={from !== undefined && Number.isFinite(from) ? from : undefined}
          onValue={(v) => set(0, v)}
        />
        <span className="rule-word">{t('segments.season.and')}</span>
        <NumberInput
          className="input input-small rule-number"
          aria-label={t('segments.season.toHour')}
          value={to !== undefined && Number.isFinite(to) ? to : undefined}
          onValue={(v) => set(1, v)}
        />
      </span>
    );
  }
  const toggle = (value: number, on: boolean) => {
    const next = on ? [...picked, value].sort((a, b) => a - b) : picked.filter((v) => v !== value);
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="rule-season" data-testid={`season-${kind}`}>
      <legend className="visually-hidden">{t(`segments.season.${kind}`)}</legend>
      {choices(kind, i18n.language).map((c) => (
        <label key={c.value} className="rule-season-choice">
          <input
            type="checkbox"
            checked={picked.includes(c.value)}
            onChange={(e) => toggle(c.value, e.currentTarget.checked)}
          />
          {c.name}
        </label>
      ))}
    </fieldset>
  );
}
