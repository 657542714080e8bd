/**
 * Predict: customer lifetime value from BG/NBD (repeat purchases, Fader, Hardie & Lee 2005) and
 * Gamma-Gamma (spend, Fader & Hardie 2013): the fit with its uncertainty and warnings, the holdout
 * check, the clv distribution, RFM segment vs predicted value, the most valuable customers with each
 * value's 90% interval, and "Keep this fit" for the builder.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatMoney } from '../format.js';
import { JobProgress } from '../shell/JobProgress.js';
import { ViewSection } from '../shell/ViewSection.js';
import { ClvDistribution } from './ClvDistribution.js';
import { FitParameters } from './FitParameters.js';
import { fitProgressLabel } from './fitProgress.js';
import { HoldoutPanel } from './HoldoutPanel.js';
import { KeepFit } from './KeepFit.js';
import { PredictOptions } from './PredictOptions.js';
import { DEFAULT_FORM, formOptions, type PredictForm } from './predictForm.js';
import { TopCustomers } from './TopCustomers.js';
import { usePredictFit } from './usePredictFit.js';

export function PredictView(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [form, setForm] = useState<PredictForm>(DEFAULT_FORM);
  const options = formOptions(form);
  const { summary, options: shownOptions, busy, progress, cancelled, fit: runFit, cancel } = usePredictFit();
  const fitted = summary?.fit ?? null;

  return (
    <ViewSection name="predict" title={t('predict.title')} loading={false} loadingText="">
      <p className="muted">{t('predict.intro')}</p>
      <PredictOptions
        form={form}
        onChange={setForm}
        busy={busy}
        canFit={options !== null}
        onFit={() => options && runFit(options)}
        onCancel={cancel}
      />
      {busy && (
        <JobProgress progress={progress} label={fitProgressLabel(progress, t, lang)} testId="predict-progress" />
      )}
      {cancelled && (
        <p className="muted" role="status" data-testid="predict-cancelled">
          {t('predict.options.cancelled')}
        </p>
      )}
      {summary === null || fitted === null ? (
        !busy && <p className="muted">{t('predict.none')}</p>
      ) : (
        <>
          <dl className="predict-figures" data-testid="predict-summary">
            <div>
              <dt>{t('predict.summary.calibrationEnd')}</dt>
              <dd>{formatDate(fitted.calibrationEnd, lang)}</dd>
            </div>
            <div>
              <dt>{t('predict.summary.horizon')}</dt>
              <dd>
                {t('predict.summary.horizonValue', {
                  n: formatInteger(fitted.horizon, lang),
                  unit: t(`predict.options.${fitted.unit}`),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('predict.summary.customers')}</dt>
              <dd>{formatInteger(summary.customers, lang)}</dd>
            </div>
            <div>
              <dt>{t('predict.summary.excluded')}</dt>
              <dd>{formatInteger(fitted.excluded, lang)}</dd>
            </div>
            <div>
              <dt>{t('predict.summary.totalClv')}</dt>
              <dd>{formatMoney(summary.total_clv, lang)}</dd>
            </div>
            <div>
              <dt>{t('predict.summary.meanClv')}</dt>
              <dd>
                {formatMoney(
                  summary.total_clv === null || summary.customers === 0 ? null : summary.total_clv / summary.customers,
                  lang,
                )}
              </dd>
            </div>
          </dl>
          <FitParameters fit={fitted} />
          <HoldoutPanel holdout={fitted.holdout} />
          <ClvDistribution summary={summary} />
          <TopCustomers customers={summary.top_customers} />
        </>
      )}
      <KeepFit options={summary ? shownOptions : null} />
    </ViewSection>
  );
}
