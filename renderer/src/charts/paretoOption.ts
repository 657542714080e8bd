/**
 * The Pareto chart as an echarts option: revenue per customer (or per bin of customers ranked by
 * revenue) as bars, the cumulative share of revenue as a line on a 0–100% axis, a line at 80%
 * and a marker where 80% is reached (k80). Pure: same chart and labels, same option.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ParetoChart } from '../../../shared/api.js';
import { legendSide, mirrorGrid, secondAxisSide, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';

export type ParetoOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | LegendComponentOption
>;

export interface ParetoLabels {
  /** x axis: "Customers, ranked by revenue". */
  rank: string;
  /** Bars and left axis: "Revenue". */
  revenue: string;
  /** Line and right axis: "Cumulative share of revenue". */
  cumulative: string;
  /** Label of the 80% line. */
  eighty: string;
  /** Label of the k80 marker, already interpolated ("80% reached at customer 42"). */
  k80: string;
  /** "1" for one customer, "1–50" for a bin. */
  rankRange(from: number, to: number): string;
  /** Full money amount, for the tooltip. */
  money(value: number): string;
  /** Short money amount, for axis ticks (12K, 1.2M). */
  moneyShort(value: number): string;
  percent(value: number): string;
  direction: 'ltr' | 'rtl';
}

export const PARETO_COLORS = { bar: '#7c93c9', line: '#2f54eb', marker: '#c2410c' } as const;

/** Percent with two decimals at most, so float noise (79.99999) never shows. */
export function toPercent(share: number): number {
  return Math.round(share * 10_000) / 100;
}

/** Index of the bar holding customer rank k (1-based), or -1. */
export function barIndexOfRank(bars: ParetoChart['bars'], rank: number): number {
  return bars.findIndex((bar) => bar.from <= rank && rank <= bar.to);
}

export function paretoOption(chart: ParetoChart, labels: ParetoLabels): ParetoOption {
  const categories = chart.bars.map((bar) => labels.rankRange(bar.from, bar.to));
  const k80Index = barIndexOfRank(chart.bars, chart.summary.k80);
  const k80Category = k80Index >= 0 ? categories[k80Index] : undefined;
  const rtl = labels.direction === 'rtl';

  return {
    animation: false,
    grid: mirrorGrid({ left: 16, right: 16, top: 48, bottom: 16 }, labels.direction),
    legend: { top: 0, data: [labels.revenue, labels.cumulative], ...LEGEND_TEXT, ...legendSide(labels.direction) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...tooltipSide(labels.direction) },
    xAxis: {
      type: 'category',
      data: categories,
      name: labels.rank,
      nameLocation: 'middle',
      nameGap: 28,
      inverse: rtl,
      axisTick: { alignWithLabel: true },
      ...AXIS_TEXT,
    },
    yAxis: [
      {
        type: 'value',
        name: labels.revenue,
        position: valueAxisSide(labels.direction),
        min: 0,
        nameTextStyle: AXIS_TEXT.nameTextStyle,
        axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.moneyShort(value) },
      },
      {
        type: 'value',
        name: labels.cumulative,
        position: secondAxisSide(labels.direction),
        min: 0,
        max: 100,
        interval: 20,
        splitLine: { show: false },
        nameTextStyle: AXIS_TEXT.nameTextStyle,
        axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.percent(value / 100) },
      },
    ],
    series: [
      {
        type: 'bar',
        name: labels.revenue,
        data: chart.bars.map((bar) => bar.revenue),
        itemStyle: { color: PARETO_COLORS.bar },
        barCategoryGap: '10%',
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? labels.money(value) : '') },
        markLine:
          k80Category === undefined
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: PARETO_COLORS.marker, type: 'dashed', width: 1.5 },
                label: { formatter: labels.k80, position: 'insideEndTop', color: PARETO_COLORS.marker },
                data: [{ xAxis: k80Category }],
              },
      },
      {
        type: 'line',
        name: labels.cumulative,
        yAxisIndex: 1,
        data: chart.bars.map((bar) => toPercent(bar.cumulativeShare)),
        showSymbol: false,
        smooth: false,
        lineStyle: { color: PARETO_COLORS.line, width: 2 },
        itemStyle: { color: PARETO_COLORS.line },
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? labels.percent(value / 100) : '') },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: PARETO_COLORS.marker, type: 'dotted', width: 1.5 },
          label: { formatter: labels.eighty, position: 'insideEndTop', color: PARETO_COLORS.marker },
          data: [{ yAxis: 80 }],
        },
      },
    ],
  };
}
