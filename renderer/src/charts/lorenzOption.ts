/**
 * The Lorenz curve as an echarts option: cumulative share of customers (smallest first) against
 * their cumulative share of revenue, with the line of equality. Pure: same points, same option.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { LorenzPoint } from '../../../shared/contract/analysis.js';
import { legendSide, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';
import { toPercent } from './paretoOption.js';

export const EQUALITY_LINE = '#6b7280';

export type LorenzOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface LorenzLabels {
  /** x axis: "Share of customers, smallest first". */
  x: string;
  /** y axis: "Share of revenue". */
  y: string;
  curve: string;
  equality: string;
  percent(value: number): string;
  direction: 'ltr' | 'rtl';
}

export function lorenzOption(points: readonly LorenzPoint[], labels: LorenzLabels): LorenzOption {
  const axis = (name: string, position?: 'left' | 'right') =>
    ({
      type: 'value',
      name,
      nameLocation: 'middle',
      nameGap: 32,
      min: 0,
      max: 100,
      interval: 20,
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.percent(v / 100) },
      ...(position ? { position } : {}),
    }) as const;
  return {
    animation: false,
    grid: mirrorGrid({ left: 56, right: 24, top: 40, bottom: 48 }, labels.direction),
    legend: { top: 0, data: [labels.curve, labels.equality], ...LEGEND_TEXT, ...legendSide(labels.direction) },
    tooltip: {
      ...tooltipSide(labels.direction),
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? labels.percent(v / 100) : ''),
    },
    xAxis: { ...axis(labels.x), inverse: labels.direction === 'rtl' },
    yAxis: axis(labels.y, valueAxisSide(labels.direction)),
    series: [
      {
        type: 'line',
        name: labels.curve,
        data: points.map((p) => [toPercent(p.x), toPercent(p.y)]),
        showSymbol: false,
        areaStyle: { color: 'rgba(47, 84, 235, 0.12)' },
        lineStyle: { color: '#2f54eb', width: 2 },
        itemStyle: { color: '#2f54eb' },
      },
      {
        type: 'line',
        name: labels.equality,
        data: [
          [0, 0],
          [100, 100],
        ],
        showSymbol: false,
        silent: true,
        // A reference line still needs 3:1 against white (WCAG 1.4.11, non-text contrast).
        lineStyle: { color: EQUALITY_LINE, type: 'dashed', width: 1 },
        itemStyle: { color: EQUALITY_LINE },
      },
    ],
  };
}
