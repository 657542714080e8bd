/** Per RFM segment: size, orders, revenue, AOV and the medians of R, F and M. */

import { useTranslation } from 'react-i18next';
import type { RfmSegmentSummary } from '../../../shared/contract/rfm.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format.js';
import { rfmSegmentLabel } from './segmentLabel.js';

export function RfmSummaryTable({ segments }: { segments: RfmSegmentSummary[] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="rfm-panel" aria-labelledby="rfm-table-title">
      <h3 id="rfm-table-title" className="section-title">
        {t('rfm.table.title')}
      </h3>
      <div className="table-scroll">
        <table className="table" data-testid="rfm-summary">
          <thead>
            <tr>
              <th scope="col">{t('rfm.table.segment')}</th>
              <th scope="col" className="num">
                {t('rfm.table.customers')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.orders')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.revenue')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.aov')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.recency')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.frequency')}
              </th>
              <th scope="col" className="num">
                {t('rfm.table.monetary')}
              </th>
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={s.segment} data-testid="rfm-summary-row">
                <th scope="row">{rfmSegmentLabel(s.segment, t)}</th>
                <td className="num">
                  {formatInteger(s.customers, lang)}{' '}
                  <span className="muted">({formatPercent(s.share_customers, lang)})</span>
                </td>
                <td className="num">{formatInteger(s.orders, lang)}</td>
                <td className="num">
                  {formatMoney(s.revenue, lang)} <span className="muted">({formatPercent(s.share_revenue, lang)})</span>
                </td>
                <td className="num">{formatMoney(s.aov, lang)}</td>
                <td className="num">{formatDecimal(s.median_recency_days, lang, 0)}</td>
                <td className="num">{formatDecimal(s.median_frequency, lang, 1)}</td>
                <td className="num">{formatMoney(s.median_monetary, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
