/** With "revenue by": the values of the field, largest first, with their share and cumulative share. */
import { useTranslation } from 'react-i18next';
import type { ParetoItem } from '../../../shared/contract/analysis.js';
import { formatInteger, formatMoney, formatPercent } from '../format.js';

/** Enough rows to see who makes the 80%; the rest is in the chart. */
const SHOWN = 20;

export function ParetoItems({ items, field }: { items: ParetoItem[]; field: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="rfm-panel">
      <h3 className="section-title">{t('pareto.items.title', { field })}</h3>
      <table className="table" data-testid="pareto-items">
        <thead>
          <tr>
            <th scope="col">{t('pareto.items.value')}</th>
            <th scope="col" className="num">
              {t('pareto.items.revenue')}
            </th>
            <th scope="col" className="num">
              {t('pareto.items.share')}
            </th>
            <th scope="col" className="num">
              {t('pareto.items.cumulative')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, SHOWN).map((item) => (
            <tr key={item.value} data-testid="pareto-item">
              <th scope="row">{item.value}</th>
              <td className="num">{formatMoney(item.revenue, lang)}</td>
              <td className="num">{formatPercent(item.share, lang)}</td>
              <td className="num">{formatPercent(item.cumulative_share, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > SHOWN && (
        <p className="muted chart-caption">
          {t('pareto.items.more', { shown: formatInteger(SHOWN, lang), total: formatInteger(items.length, lang) })}
        </p>
      )}
    </section>
  );
}
