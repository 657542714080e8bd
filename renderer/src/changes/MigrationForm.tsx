/** The migration's settings: from / to days, and the groups: RFM (scheme, bins) or saved segments (a multi-pick). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmBins } from '../../../shared/contract/rfm.js';
import { formatInteger } from '../format.js';
import { DateField } from '../shell/DateField.js';
import { useStore } from '../store/index.js';

export interface MigrationForm {
  from: string;
  to: string;
  by: 'rfm' | 'segments';
  scheme: 'rfm-classic' | 'rf-grid';
  bins: RfmBins;
  segments: number[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BINS: readonly RfmBins[] = [3, 4, 5];
const SCHEMES = ['rfm-classic', 'rf-grid'] as const;

export function MigrationFormView({
  form,
  onChange,
}: {
  form: MigrationForm;
  onChange(form: MigrationForm): void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const saved = useStore((s) => s.segments);
  const id = useId();
  const date = (key: 'from' | 'to') => (
    <div className="field-inline">
      <label htmlFor={`${id}-${key}`}>{t(`changes.migration.${key}`)}</label>
      <DateField
        id={`${id}-${key}`}
        className="input input-date"
        value={form[key]}
        data-testid={`migration-${key}`}
        onValue={(value) => {
          // The native input reports '' while a date is half typed: only a whole date is taken.
          if (ISO_DATE.test(value)) onChange({ ...form, [key]: value });
        }}
      />
    </div>
  );
  const toggle = (id: number) =>
    onChange({
      ...form,
      segments: form.segments.includes(id) ? form.segments.filter((s) => s !== id) : [...form.segments, id],
    });
  return (
    <fieldset className="rfm-settings changes-settings" data-testid="migration-settings">
      <legend className="visually-hidden">{t('changes.migration.title')}</legend>
      {date('from')}
      {date('to')}
      <label className="field-inline">
        <span>{t('changes.migration.by')}</span>
        <select
          className="input"
          value={form.by}
          data-testid="migration-by"
          onChange={(e) => onChange({ ...form, by: e.target.value as MigrationForm['by'] })}
        >
          <option value="rfm">{t('changes.migration.byRfm')}</option>
          <option value="segments">{t('changes.migration.bySegments')}</option>
        </select>
      </label>
      {form.by === 'rfm' && (
        <>
          <label className="field-inline">
            <span>{t('rfm.settings.scheme')}</span>
            <select
              className="input"
              value={form.scheme}
              data-testid="migration-scheme"
              onChange={(e) => onChange({ ...form, scheme: e.target.value as MigrationForm['scheme'] })}
            >
              {SCHEMES.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {t(`rfm.settings.schemes.${scheme}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span>{t('rfm.settings.bins')}</span>
            <select
              className="input"
              value={form.bins}
              data-testid="migration-bins"
              onChange={(e) => onChange({ ...form, bins: Number(e.target.value) as RfmBins })}
            >
              {BINS.map((bins) => (
                <option key={bins} value={bins}>
                  {formatInteger(bins, i18n.language)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {form.by === 'segments' && (
        <fieldset className="compare-picker changes-picker" data-testid="migration-segments">
          <legend className="compare-picker-head">{t('changes.migration.pick')}</legend>
          {saved.length === 0 && <p className="muted">{t('changes.migration.noSaved')}</p>}
          {saved.map((segment) => (
            <label key={segment.id} className="compare-choice">
              <input
                type="checkbox"
                checked={form.segments.includes(segment.id)}
                data-testid={`migration-segment-${segment.id}`}
                onChange={() => toggle(segment.id)}
              />
              <span>{segment.name}</span>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
