/** 1 (yes) or 0 (no) for = / != on a yes/no field; nothing chosen leaves the condition incomplete. */
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../../shared/model/rules.js';

export function FlagValue({
  condition,
  onChange,
}: {
  condition: Condition;
  onChange(value: Condition['value']): void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const value = condition.value === 1 || condition.value === 0 ? String(condition.value) : '';
  return (
    <select
      className="input input-small"
      aria-label={t('segments.values.flag')}
      value={value}
      data-testid="value-flag"
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        onChange(chosen === '' ? undefined : Number(chosen));
      }}
    >
      <option value="">{t('segments.values.flagChoose')}</option>
      <option value="1">{t('segments.values.yesOption')}</option>
      <option value="0">{t('segments.values.noOption')}</option>
    </select>
  );
}
