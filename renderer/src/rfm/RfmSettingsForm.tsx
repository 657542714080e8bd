/** Bins, method (with the typed breaks for "thresholds") and the naming scheme. */
import { useTranslation } from 'react-i18next';
import type { RfmBins, RfmMethod, RfmSchemeName } from '../../../shared/contract/rfm.js';
import { formatInteger } from '../format.js';
import { parseBreaks } from './breaksText.js';

export type Dim = 'recency' | 'frequency' | 'monetary';
export const DIMS: readonly Dim[] = ['recency', 'frequency', 'monetary'];

export interface RfmForm {
  bins: RfmBins;
  method: RfmMethod;
  /** The breaks as typed, per dimension. */
  thresholds: Record<Dim, string>;
  scheme: RfmSchemeName;
}

interface Props {
  form: RfmForm;
  onChange(form: RfmForm): void;
}

const BINS: readonly RfmBins[] = [3, 4, 5];
const SCHEMES: readonly RfmSchemeName[] = ['rfm-classic', 'rf-grid', 'custom'];

export function RfmSettingsForm({ form, onChange }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="rfm-settings" data-testid="rfm-settings">
      <legend className="visually-hidden">{t('rfm.settings.label')}</legend>
      <label className="field-inline">
        <span>{t('rfm.settings.bins')}</span>
        <select
          className="input"
          value={form.bins}
          data-testid="rfm-bins"
          onChange={(e) => onChange({ ...form, bins: Number(e.target.value) as RfmBins })}
        >
          {BINS.map((bins) => (
            <option key={bins} value={bins}>
              {formatInteger(bins, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('rfm.settings.method')}</span>
        <select
          className="input"
          value={form.method}
          data-testid="rfm-method"
          onChange={(e) => onChange({ ...form, method: e.target.value as RfmMethod })}
        >
          <option value="quantile">{t('rfm.settings.quantile')}</option>
          <option value="thresholds">{t('rfm.settings.thresholds')}</option>
        </select>
      </label>
      <label className="field-inline">
        <span>{t('rfm.settings.scheme')}</span>
        <select
          className="input"
          value={form.scheme}
          data-testid="rfm-scheme"
          onChange={(e) => onChange({ ...form, scheme: e.target.value as RfmSchemeName })}
        >
          {SCHEMES.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`rfm.settings.schemes.${scheme}`)}
            </option>
          ))}
        </select>
      </label>
      {form.method === 'thresholds' && (
        <div className="rfm-thresholds">
          {DIMS.map((dim) => {
            const valid = parseBreaks(form.thresholds[dim], form.bins).ok;
            return (
              <label key={dim} className="field-inline">
                <span>{t(`rfm.dims.${dim}`)}</span>
                <input
                  className="input"
                  value={form.thresholds[dim]}
                  aria-invalid={!valid}
                  title={t('rfm.settings.breaksHint', { count: form.bins - 1 })}
                  data-testid={`rfm-threshold-${dim}`}
                  onChange={(e) => onChange({ ...form, thresholds: { ...form.thresholds, [dim]: e.target.value } })}
                />
                {!valid && (
                  <span className="error-text">{t('rfm.settings.breaksInvalid', { count: form.bins - 1 })}</span>
                )}
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
