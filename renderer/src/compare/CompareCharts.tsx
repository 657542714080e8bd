/** Size vs revenue (paired bars of shares) and the bubble chart of the compared segments. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { bubbleOption } from '../charts/bubbleOption.js';
import { ChartCell } from '../charts/ChartCell.js';
import { pairedBarsOption, SHARE_COLORS } from '../charts/pairedBarsOption.js';
import { formatCompact, formatInteger, formatMoney, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';

export function CompareCharts({
  rows,
  allLabel,
}: {
  rows: CompareRow[];
  allLabel(name: string): string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);

  const size = useMemo(
    () =>
      pairedBarsOption(
        rows.map((r) => allLabel(r.segment)),
        [
          {
            name: t('compare.table.share_customers'),
            values: rows.map((r) => r.share_customers),
            color: SHARE_COLORS.customers,
          },
          {
            name: t('compare.table.share_revenue'),
            values: rows.map((r) => r.share_revenue),
            color: SHARE_COLORS.revenue,
          },
        ],
        { value: (v) => formatPercent(v, lang), direction },
      ),
    [rows, allLabel, t, lang, direction],
  );

  const bubble = useMemo(
    () =>
      bubbleOption(
        rows.map((r) => ({
          name: allLabel(r.segment),
          customers: r.customers,
          revenuePerCustomer: r.revenue_per_customer ?? 0,
          revenue: r.revenue,
        })),
        {
          customers: t('compare.table.customers'),
          revenuePerCustomer: t('compare.table.revenue_per_customer'),
          integer: (v) => formatInteger(v, lang),
          money: (v) => (Math.abs(v) >= 10_000 ? formatCompact(v, lang) : formatMoney(v, lang)),
          direction,
        },
      ),
    [rows, allLabel, t, lang, direction],
  );

  return (
    <div className="rfm-charts">
      <ChartCell
        title={t('compare.charts.size')}
        option={size}
        label={t('compare.charts.sizeLabel')}
        testId="compare-size-chart"
        fileName="compare-size-revenue"
      />
      <ChartCell
        title={t('compare.charts.bubble')}
        option={bubble}
        label={t('compare.charts.bubbleLabel')}
        testId="compare-bubble-chart"
        fileName="compare-bubbles"
        caption={t('compare.charts.bubbleCaption')}
      />
    </div>
  );
}
