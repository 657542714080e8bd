/** The holdout check: actual vs predicted repeat purchases after the calibration end, and the classic chart. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClvHoldout } from '../../../shared/contract/clv.js';
import { ChartCell } from '../charts/ChartCell.js';
import { holdoutOption } from '../charts/holdoutOption.js';
import { formatDate, formatDecimal, formatNumber } from '../format.js';
import { directionOf } from '../i18n/direction.js';

export function HoldoutPanel({ holdout }: { holdout: ClvHoldout | null }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const option = useMemo(
    () =>
      holdout &&
      holdoutOption(holdout.by_frequency, {
        frequency: (f) => f.replace(/\d+/, (d) => formatNumber(Number(d), lang, 0)),
        number: (v) => formatDecimal(v, lang, 2),
        actual: t('predict.holdout.actualSeries'),
        predicted: t('predict.holdout.predictedSeries'),
        frequencyAxis: t('predict.holdout.frequencyAxis'),
        valueAxis: t('predict.holdout.valueAxis'),
        direction,
      }),
    [holdout, t, lang, direction],
  );
  return (
    <section className="changes-part" aria-labelledby="predict-holdout-title" data-testid="predict-holdout">
      <h3 id="predict-holdout-title" className="section-title">
        {t('predict.holdout.title')}
      </h3>
      {holdout === null || option === null ? (
        <p className="muted">{t('predict.holdout.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('predict.holdout.period', {
              start: formatDate(holdout.start, lang),
              end: formatDate(holdout.end, lang),
            })}
          </p>
          <dl className="predict-figures" data-testid="predict-holdout-figures">
            <div>
              <dt>{t('predict.holdout.actual')}</dt>
              <dd>{formatNumber(holdout.actual_total, lang, 0)}</dd>
            </div>
            <div>
              <dt>{t('predict.holdout.predicted')}</dt>
              <dd>{formatDecimal(holdout.predicted_total, lang, 1)}</dd>
            </div>
            <div>
              <dt>{t('predict.holdout.mae')}</dt>
              <dd>{formatDecimal(holdout.mae, lang, 2)}</dd>
            </div>
          </dl>
          <div className="rfm-charts">
            <ChartCell
              wide
              title={t('predict.holdout.chartTitle')}
              option={option}
              testId="predict-holdout-chart"
              fileName="holdout-check"
              label={t('predict.holdout.chartTitle')}
            />
          </div>
        </>
      )}
    </section>
  );
}
