/** The fit options (calibration end, unit, horizon, margin, discount rate) and the Fit / Cancel buttons. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClvUnit } from '../../../shared/contract/clv.js';
import { DateField } from '../shell/DateField.js';
import { NumberInput } from '../shell/NumberInput.js';
import type { PredictForm } from './predictForm.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNITS: readonly ClvUnit[] = ['week', 'day'];

export function PredictOptions({
  form,
  onChange,
  busy,
  canFit,
  onFit,
  onCancel,
}: {
  form: PredictForm;
  onChange(form: PredictForm): void;
  busy: boolean;
  canFit: boolean;
  onFit(): void;
  onCancel(): void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="rfm-settings changes-settings" data-testid="predict-options">
      <legend className="visually-hidden">{t('predict.options.legend')}</legend>
      <div className="field-inline" title={t('predict.options.calibrationEndHint')}>
        <label htmlFor={`${id}-calibration-end`}>{t('predict.options.calibrationEnd')}</label>
        <DateField
          id={`${id}-calibration-end`}
          className="input input-date"
          value={form.calibrationEnd}
          data-testid="predict-calibration-end"
          onValue={(value) => {
            // '' clears the date (the last order date); a half-typed date is not taken.
            if (value === '' || ISO_DATE.test(value)) onChange({ ...form, calibrationEnd: value });
          }}
        />
      </div>
      <label className="field-inline">
        <span>{t('predict.options.unit')}</span>
        <select
          className="input"
          value={form.unit}
          data-testid="predict-unit"
          onChange={(event) => onChange({ ...form, unit: event.currentTarget.value as ClvUnit })}
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`predict.options.${unit}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline" htmlFor={`${id}-horizon`}>
        <span>{t('predict.options.horizon')}</span>
        <NumberInput
          className="input input-number"
          value={form.horizon}
          id={`${id}-horizon`}
          data-testid="predict-horizon"
          onValue={(horizon) => onChange({ ...form, horizon })}
        />
      </label>
      <label className="field-inline" htmlFor={`${id}-margin`}>
        <span>{t('predict.options.margin')}</span>
        <NumberInput
          className="input input-number"
          value={form.margin}
          id={`${id}-margin`}
          data-testid="predict-margin"
          onValue={(margin) => onChange({ ...form, margin })}
        />
      </label>
      <label className="field-inline" htmlFor={`${id}-discount`} title={t('predict.options.discountHint')}>
        <span>{t('predict.options.discountRate')}</span>
        <NumberInput
          className="input input-number"
          value={form.discountRate}
          id={`${id}-discount`}
          data-testid="predict-discount"
          onValue={(discountRate) => onChange({ ...form, discountRate })}
        />
      </label>
      {busy ? (
        <button type="button" className="btn" data-testid="predict-cancel" onClick={onCancel}>
          {t('predict.options.cancel')}
        </button>
      ) : (
        <button type="button" className="btn btn-primary" data-testid="predict-fit" disabled={!canFit} onClick={onFit}>
          {t('predict.options.fit')}
        </button>
      )}
    </fieldset>
  );
}
