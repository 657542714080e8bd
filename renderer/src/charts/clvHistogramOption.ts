/**
 * The distribution of predicted lifetime value: one bar per clv range (see the engine's
 * clvHistogram: equal ranges up to the 99th percentile, the last range open). Right to left the
 * ranges run from the right and the count axis stands on the right. Pure: same bars, same option.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ClvBin } from '../../../shared/contract/clv.js';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT } from './chartText.js';

export type ClvHistogramOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface ClvHistogramLabels {
  money(value: number): string;
  count(value: number): string;
  /** "900 and more" for the open last bar. */
  andMore(from: string): string;
  /** "0–50" for a closed bar. */
  range(from: string, to: string): string;
  valueAxis: string;
  countAxis: string;
  direction: 'ltr' | 'rtl';
}

export const CLV_BAR_COLOR = '#2f6f9f';

export function binLabel(bin: ClvBin, labels: ClvHistogramLabels): string {
  const from = labels.money(bin.from);
  return bin.to === null ? labels.andMore(from) : labels.range(from, labels.money(bin.to));
}

export function clvHistogramOption(bins: readonly ClvBin[], labels: ClvHistogramLabels): ClvHistogramOption {
  return {
    animation: false,
    grid: mirrorGrid({ left: 56, right: 16, top: 32, bottom: 44, containLabel: true }, labels.direction),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...tooltipSide(labels.direction),
      valueFormatter: (v) => (typeof v === 'number' ? labels.count(v) : ''),
    },
    xAxis: {
      type: 'category',
      data: bins.map((b) => binLabel(b, labels)),
      name: labels.valueAxis,
      nameLocation: 'middle',
      nameGap: 30,
      inverse: labels.direction === 'rtl',
      ...AXIS_TEXT,
      axisLabel: { ...AXIS_TEXT.axisLabel, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: labels.countAxis,
      nameLocation: 'end',
      position: valueAxisSide(labels.direction),
      minInterval: 1,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.count(value) },
      nameTextStyle: AXIS_TEXT.nameTextStyle,
    },
    series: [
      {
        type: 'bar',
        name: labels.countAxis,
        data: bins.map((b) => b.customers),
        color: CLV_BAR_COLOR,
        barCategoryGap: '8%',
      },
    ],
  };
}
