/** The Pareto chart of the view: the pure option, drawn by the shared EChart. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParetoChart } from '../../../shared/api.js';
import { EChart } from '../charts/EChart.js';
import { paretoOption } from '../charts/paretoOption.js';
import { formatCompact, formatInteger, formatMoney, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';

/**
 * items: the bars are values of a field (revenue by category…), not customers; itemNames (largest
 * first) label a bar that holds one value with the value itself.
 */
const NO_NAMES: readonly string[] = [];

export function ParetoChartView({
  chart,
  items = false,
  itemNames = NO_NAMES,
}: {
  chart: ParetoChart;
  items?: boolean;
  itemNames?: readonly string[];
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;

  const option = useMemo(
    () =>
      paretoOption(chart, {
        rank: items ? t('pareto.chart.rankItems') : t('pareto.chart.rank'),
        revenue: t('pareto.chart.revenue'),
        cumulative: t('pareto.chart.cumulative'),
        eighty: t('pareto.chart.eighty', { eighty: formatPercent(0.8, lang) }),
        k80: t(items ? 'pareto.chart.k80Items' : 'pareto.chart.k80', { k80: formatInteger(chart.summary.k80, lang) }),
        rankRange: (from, to) =>
          from === to
            ? (itemNames[from - 1] ?? formatInteger(from, lang))
            : `${formatInteger(from, lang)}–${formatInteger(to, lang)}`,
        money: (value) => formatMoney(value, lang),
        moneyShort: (value) => formatCompact(value, lang),
        percent: (value) => formatPercent(value, lang),
        direction: directionOf(lang),
      }),
    [chart, items, itemNames, t, lang],
  );

  return (
    <EChart
      option={option}
      label={t('pareto.chart.label', { bars: chart.bars.length })}
      testId="pareto-chart"
      fileName={items ? 'pareto-by-value' : 'pareto'}
      caption={t(captionKey(chart, items))}
      fill
    />
  );
}

type CaptionKey =
  | 'pareto.chart.binnedItems'
  | 'pareto.chart.perItem'
  | 'pareto.chart.binned'
  | 'pareto.chart.perCustomer';

function captionKey(chart: ParetoChart, items: boolean): CaptionKey {
  const binned = chart.bars.some((bar) => bar.to > bar.from);
  if (items) return binned ? 'pareto.chart.binnedItems' : 'pareto.chart.perItem';
  return binned ? 'pareto.chart.binned' : 'pareto.chart.perCustomer';
}
