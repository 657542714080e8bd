/** The distribution of predicted lifetime value (histogram) and RFM segment vs predicted value side by side. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClvSummary } from '../../../shared/contract/clv.js';
import { ChartCell } from '../charts/ChartCell.js';
import { clvHistogramOption } from '../charts/clvHistogramOption.js';
import { formatCompact, formatDecimal, formatInteger, formatMoney, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';

export function ClvDistribution({ summary }: { summary: ClvSummary }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const option = useMemo(
    () =>
      clvHistogramOption(summary.histogram, {
        money: (v) => formatCompact(v, lang),
        count: (v) => formatInteger(v, lang),
        andMore: (from) => t('predict.distribution.andMore', { from }),
        range: (from, to) => t('predict.distribution.range', { from, to }),
        valueAxis: t('predict.distribution.valueAxis'),
        countAxis: t('predict.distribution.countAxis'),
        direction,
      }),
    [summary.histogram, t, lang, direction],
  );
  return (
    <>
      <section className="changes-part" aria-labelledby="predict-distribution-title" data-testid="predict-distribution">
        <h3 id="predict-distribution-title" className="visually-hidden">
          {t('predict.distribution.title')}
        </h3>
        {summary.histogram.length === 0 ? (
          <p className="muted">{t('predict.distribution.none')}</p>
        ) : (
          <div className="rfm-charts">
            <ChartCell
              wide
              title={t('predict.distribution.title')}
              option={option}
              testId="predict-clv-histogram"
              fileName="clv-distribution"
              label={t('predict.distribution.title')}
            />
          </div>
        )}
      </section>
      <section className="changes-part" aria-labelledby="predict-segments-title" data-testid="predict-segments">
        <h3 id="predict-segments-title" className="section-title">
          {t('predict.segments.title')}
        </h3>
        <p className="muted">{t('predict.segments.intro')}</p>
        <div className="table-scroll">
          <table className="table" data-testid="predict-segments-table">
            <thead>
              <tr>
                <th scope="col">{t('predict.segments.segment')}</th>
                <th scope="col" className="num">
                  {t('predict.segments.customers')}
                </th>
                <th scope="col" className="num">
                  {t('predict.segments.pAlive')}
                </th>
                <th scope="col" className="num">
                  {t('predict.segments.purchases')}
                </th>
                <th scope="col" className="num">
                  {t('predict.segments.meanClv')}
                </th>
                <th scope="col" className="num">
                  {t('predict.segments.totalClv')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.by_segment.map((row) => (
                <tr key={row.segment ?? ''}>
                  <th scope="row">
                    {row.segment === null ? t('predict.segments.noSegment') : rfmSegmentLabel(row.segment, t)}
                  </th>
                  <td className="num">{formatInteger(row.customers, lang)}</td>
                  <td className="num">{formatPercent(row.mean_p_alive, lang)}</td>
                  <td className="num">{formatDecimal(row.mean_expected_purchases, lang, 2)}</td>
                  <td className="num">{formatMoney(row.mean_clv, lang)}</td>
                  <td className="num">{formatMoney(row.total_clv, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
