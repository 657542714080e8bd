/** The customers with the highest predicted value, each with a 90% interval from its standard error. */
import { useTranslation } from 'react-i18next';
import type { ClvTopCustomer } from '../../../shared/contract/clv.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from '../format.js';
import { clvInterval } from './clvInterval.js';

export function TopCustomers({ customers }: { customers: readonly ClvTopCustomer[] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (customers.length === 0) return null;
  return (
    <section className="changes-part" aria-labelledby="predict-top-title" data-testid="predict-top">
      <h3 id="predict-top-title" className="section-title">
        {t('predict.top.title')}
      </h3>
      <p className="muted">{t('predict.top.intro')}</p>
      <div className="table-scroll">
        <table className="table" data-testid="predict-top-table">
          <thead>
            <tr>
              <th scope="col">{t('predict.top.customer')}</th>
              <th scope="col" className="num">
                {t('predict.top.purchases')}
              </th>
              <th scope="col" className="num">
                {t('predict.top.pAlive')}
              </th>
              <th scope="col" className="num">
                {t('predict.top.expected')}
              </th>
              <th scope="col" className="num">
                {t('predict.top.clv')}
              </th>
              <th scope="col" className="num">
                {t('predict.top.interval')}
              </th>
            </tr>
          </thead>
          <tbody>
            {customers.map((c) => {
              const interval = clvInterval(c.clv, c.clv_se);
              return (
                <tr key={c.customer_id}>
                  <th scope="row">
                    <bdi>{c.customer_id}</bdi>
                  </th>
                  <td className="num">{formatInteger(c.x, lang)}</td>
                  <td className="num">{formatPercent(c.p_alive, lang)}</td>
                  <td className="num">{formatDecimal(c.expected_purchases, lang, 2)}</td>
                  <td className="num">{formatMoney(c.clv, lang)}</td>
                  <td className="num" data-testid="predict-top-interval">
                    {interval === null
                      ? t('predict.top.unknown')
                      : t('predict.top.intervalValue', {
                          low: formatMoney(interval.low, lang),
                          high: formatMoney(interval.high, lang),
                        })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
