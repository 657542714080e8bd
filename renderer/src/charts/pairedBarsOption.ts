/**
 * Two bars per category side by side on one axis (customer share vs revenue share, or one series
 * only). Pure: same rows and labels, same option.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { legendSide, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';

export type BarsOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface BarSeriesSpec {
  name: string;
  values: number[];
  color: string;
}

export interface BarsLabels {
  /** Formats a value for the axis and tooltip (a percentage, a count). */
  value(value: number): string;
  direction: 'ltr' | 'rtl';
}

export const SHARE_COLORS = { customers: '#7c93c9', revenue: '#c2410c' } as const;

export function pairedBarsOption(categories: string[], series: BarSeriesSpec[], labels: BarsLabels): BarsOption {
  return {
    animation: false,
    grid: mirrorGrid({ left: 16, right: 16, top: 40, bottom: 8, containLabel: true }, labels.direction),
    legend: { top: 0, data: series.map((s) => s.name), ...LEGEND_TEXT, ...legendSide(labels.direction) },
    tooltip: {
      ...tooltipSide(labels.direction),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? labels.value(v) : ''),
    },
    xAxis: {
      type: 'category',
      data: categories,
      inverse: labels.direction === 'rtl',
      axisLabel: { ...AXIS_TEXT.axisLabel, interval: 0, rotate: categories.length > 5 ? 30 : 0 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      position: valueAxisSide(labels.direction),
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.value(v) },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      itemStyle: { color: s.color },
      barGap: '10%',
    })),
  };
}
