/**
 * Segments as bubbles: x = customers, y = revenue per customer, size = revenue (area proportional).
 * Pure: same points and labels, same option.
 */
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, CHART_TEXT } from './chartText.js';

export type BubbleOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface BubblePoint {
  name: string;
  customers: number;
  revenuePerCustomer: number;
  revenue: number;
}

export interface BubbleLabels {
  customers: string;
  revenuePerCustomer: string;
  integer(value: number): string;
  money(value: number): string;
  direction: 'ltr' | 'rtl';
}

const MIN_SIZE = 8;
const MAX_SIZE = 60;

/** Diameter so that the bubble's area is proportional to revenue; the largest gets MAX_SIZE. */
export function bubbleSize(revenue: number, maxRevenue: number): number {
  if (maxRevenue <= 0 || revenue <= 0) return MIN_SIZE;
  return Math.max(MIN_SIZE, MAX_SIZE * Math.sqrt(revenue / maxRevenue));
}

export function bubbleOption(points: BubblePoint[], labels: BubbleLabels): BubbleOption {
  const maxRevenue = Math.max(0, ...points.map((p) => p.revenue));
  return {
    animation: false,
    grid: mirrorGrid({ left: 16, right: 32, top: 24, bottom: 32, containLabel: true }, labels.direction),
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const p = points[(params as { dataIndex: number }).dataIndex];
        if (!p) return '';
        return `${p.name}<br/>${labels.customers}: ${labels.integer(p.customers)}<br/>${labels.revenuePerCustomer}: ${labels.money(p.revenuePerCustomer)}<br/>${labels.money(p.revenue)}`;
      },
    },
    xAxis: {
      type: 'value',
      name: labels.customers,
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      inverse: labels.direction === 'rtl',
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.integer(v) },
    },
    yAxis: {
      type: 'value',
      name: labels.revenuePerCustomer,
      min: 0,
      // Headroom above the highest bubble, so its label stays clear of the axis name.
      max: (extent: { max: number }) => extent.max * 1.2,
      position: valueAxisSide(labels.direction),
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.money(v) },
    },
    series: [
      {
        type: 'scatter',
        data: points.map((p) => ({
          name: p.name,
          value: [p.customers, p.revenuePerCustomer, p.revenue],
          symbolSize: bubbleSize(p.revenue, maxRevenue),
        })),
        // Without a colour the label would take the half-transparent bubble colour and fade.
        label: {
          show: true,
          formatter: (params) => (params as { name: string }).name,
          position: 'top',
          fontSize: 11,
          color: CHART_TEXT.strong,
        },
        itemStyle: { color: 'rgba(47, 84, 235, 0.55)', borderColor: '#2f54eb' },
      },
    ],
  };
}
