import { useTranslation } from 'react-i18next';
import type { ParetoSummary } from '../../../shared/api.js';
import { formatDecimal, formatInteger, formatMoneyCompact, formatPercent } from '../format.js';

/** totalRevenue: the project's total (all customers, net of returns), named beside the positive balances'. */
export function ParetoCards({
  summary,
  totalRevenue,
}: {
  summary: ParetoSummary;
  totalRevenue: number;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cards = [
    { key: 'customers', value: formatInteger(summary.customers, lang), hint: t('pareto.cards.customersHint') },
    {
      key: 'revenue',
      value: formatMoneyCompact(summary.revenue, lang),
      hint: t('pareto.cards.revenueHint', {
        customers: formatInteger(summary.customers, lang),
        total: formatMoneyCompact(totalRevenue, lang),
      }),
    },
    {
      key: 'k80',
      value: formatInteger(summary.k80, lang),
      hint: t('pareto.cards.k80Hint', { customers: formatInteger(summary.customers, lang) }),
    },
    { key: 'share80', value: formatPercent(summary.share_for_80, lang), hint: t('pareto.cards.share80Hint') },
    { key: 'top20', value: formatPercent(summary.top20_share, lang), hint: t('pareto.cards.top20Hint') },
    { key: 'gini', value: formatDecimal(summary.gini, lang, 2), hint: t('pareto.cards.giniHint') },
  ] as const;
  return (
    <dl className="cards" data-testid="pareto-cards">
      {cards.map((card) => (
        <div key={card.key} className="card">
          <dt className="card-label">{t(`pareto.cards.${card.key}`)}</dt>
          <dd className="card-value" data-testid={`pareto-card-${card.key}`}>
            {card.value}
          </dd>
          <dd className="card-hint">{card.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
