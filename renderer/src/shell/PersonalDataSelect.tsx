/** Keep, mask or leave out email, phone and names in an export (the masks: shared/model/personalData.ts). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonalData } from '../../../shared/model/personalData.js';

export function PersonalDataSelect({
  value,
  onChange,
  testId,
}: {
  value: PersonalData;
  onChange(value: PersonalData): void;
  testId: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <label className="export-personal" htmlFor={id}>
      <span className="field-label">{t('personalData.label')}</span>{' '}
      <select
        id={id}
        className="input input-small"
        value={value}
        data-testid={testId}
        onChange={(event) => onChange(PersonalData.parse(event.currentTarget.value))}
      >
        {PersonalData.options.map((option) => (
          <option key={option} value={option}>
            {t(`personalData.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
