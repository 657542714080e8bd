/**
 * The classic check of a BG/NBD fit (Fader, Hardie & Lee 2005, fig. 4): mean actual vs predicted
 * repeat purchases in the holdout period, by the customers' number of repeat purchases in the
 * calibration period (0..6, then 7+). Two lines; right to left the frequencies run from the right
 * and the value axis stands on the right. Pure: same rows, same option.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { HoldoutFrequencyRow } from '../../../shared/contract/clv.js';
import { legendSide, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';

export type HoldoutOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface HoldoutLabels {
  /** "0".."6", "7+" in the UI's digits. */
  frequency(value: string): string;
  number(value: number): string;
  actual: string;
  predicted: string;
  frequencyAxis: string;
  valueAxis: string;
  direction: 'ltr' | 'rtl';
}

export const HOLDOUT_COLORS = { actual: '#1f2430', predicted: '#c2410c' } as const;

export function holdoutOption(rows: readonly HoldoutFrequencyRow[], labels: HoldoutLabels): HoldoutOption {
  const rtl = labels.direction === 'rtl';
  return {
    animation: false,
    grid: mirrorGrid({ left: 56, right: 16, top: 60, bottom: 44 }, labels.direction),
    legend: { top: 0, data: [labels.actual, labels.predicted], ...LEGEND_TEXT, ...legendSide(labels.direction) },
    tooltip: {
      trigger: 'axis',
      ...tooltipSide(labels.direction),
      valueFormatter: (v) => (typeof v === 'number' ? labels.number(v) : ''),
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => labels.frequency(r.frequency)),
      name: labels.frequencyAxis,
      nameLocation: 'middle',
      nameGap: 28,
      inverse: rtl,
      ...AXIS_TEXT,
    },
    yAxis: {
      type: 'value',
      name: labels.valueAxis,
      nameLocation: 'end',
      position: valueAxisSide(labels.direction),
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.number(value) },
      nameTextStyle: AXIS_TEXT.nameTextStyle,
    },
    series: [
      {
        type: 'line',
        name: labels.actual,
        data: rows.map((r) => r.actual),
        color: HOLDOUT_COLORS.actual,
        symbolSize: 6,
      },
      {
        type: 'line',
        name: labels.predicted,
        data: rows.map((r) => r.predicted),
        color: HOLDOUT_COLORS.predicted,
        lineStyle: { type: 'dashed' },
        symbolSize: 6,
      },
    ],
  };
}
