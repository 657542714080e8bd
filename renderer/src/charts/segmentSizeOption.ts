/**
 * A saved segment's size over time: one point per snapshot holding it (its as-of date on the
 * axis), joined by a line. Right to left the dates run from the right and the value axis stands on
 * the right. Pure: same points, same option.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { SegmentSizePoint } from '../../../shared/contract/history.js';
import { type ChartDirection, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT } from './chartText.js';

export type SegmentSizeOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface SegmentSizeLabels {
  date(iso: string): string;
  count(value: number): string;
  valueAxis: string;
  color: string;
  direction: ChartDirection;
}

export function segmentSizeOption(points: readonly SegmentSizePoint[], labels: SegmentSizeLabels): SegmentSizeOption {
  return {
    animation: false,
    grid: mirrorGrid({ left: 64, right: 24, top: 36, bottom: 32 }, labels.direction),
    tooltip: {
      trigger: 'axis',
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const [p] = params as unknown as Array<{ dataIndex: number }>;
        const point = p ? points[p.dataIndex] : undefined;
        return point ? `${labels.date(point.date)}<br/>${labels.count(point.customers)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      // Two snapshots of one day are two points: the axis shows the date under each.
      data: points.map((p) => labels.date(p.date)),
      boundaryGap: points.length < 2,
      inverse: labels.direction === 'rtl',
      ...AXIS_TEXT,
    },
    yAxis: {
      type: 'value',
      name: labels.valueAxis,
      nameLocation: 'end',
      position: valueAxisSide(labels.direction),
      minInterval: 1,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.count(value) },
      nameTextStyle: AXIS_TEXT.nameTextStyle,
    },
    series: [
      {
        type: 'line',
        name: labels.valueAxis,
        data: points.map((p) => p.customers),
        symbolSize: 7,
        itemStyle: { color: labels.color },
        lineStyle: { color: labels.color, width: 2 },
      },
    ],
  };
}
