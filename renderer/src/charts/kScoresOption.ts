/**
 * A score per number of clusters k (the mean silhouette, or the inertia for the elbow), as a line
 * over k with the k kept drawn larger and marked by a vertical line. Pure: same scores and labels,
 * same option. In RTL k runs from the right and the value axis stands on the right.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT } from './chartText.js';

export type KScoresOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

export interface KScore {
  k: number;
  value: number;
}

export interface KScoresLabels {
  /** The series and value-axis name ("Mean silhouette", "Inertia"). */
  metric: string;
  /** The category-axis name ("Number of clusters k"). */
  kAxis: string;
  /** A k as shown (native digits). */
  k(k: number): string;
  value(value: number): string;
  direction: 'ltr' | 'rtl';
}

export const KEPT_COLOR = '#c2410c';
const LINE_COLOR = '#2f54eb';

export function kScoresOption(scores: readonly KScore[], kept: number, labels: KScoresLabels): KScoresOption {
  const categories = scores.map((s) => String(s.k));
  return {
    animation: false,
    grid: mirrorGrid({ left: 16, right: 24, top: 40, bottom: 32, containLabel: true }, labels.direction),
    tooltip: {
      ...tooltipSide(labels.direction),
      trigger: 'axis',
      formatter: (params) => {
        const item = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const s = item ? scores[item.dataIndex] : undefined;
        return s ? `k = ${labels.k(s.k)}<br/>${labels.metric}: ${labels.value(s.value)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: categories,
      name: labels.kAxis,
      nameLocation: 'middle',
      nameGap: 26,
      inverse: labels.direction === 'rtl',
      boundaryGap: false,
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      // The k kept reads in the marker's colour (#c2410c is 5.2:1 on white), so no label crowds the plot.
      axisLabel: {
        ...AXIS_TEXT.axisLabel,
        formatter: (v: string) => (Number(v) === kept ? `{kept|${labels.k(kept)}}` : labels.k(Number(v))),
        rich: { kept: { color: KEPT_COLOR, fontWeight: 'bold' } },
      },
    },
    yAxis: {
      type: 'value',
      name: labels.metric,
      scale: true,
      position: valueAxisSide(labels.direction),
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.value(v) },
    },
    series: [
      {
        type: 'line',
        name: labels.metric,
        data: scores.map((s) =>
          s.k === kept
            ? { value: s.value, symbolSize: 14, itemStyle: { color: KEPT_COLOR } }
            : { value: s.value, symbolSize: 7 },
        ),
        itemStyle: { color: LINE_COLOR },
        lineStyle: { color: LINE_COLOR },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: KEPT_COLOR, type: 'dashed' },
          label: { show: false },
          data: scores.some((s) => s.k === kept) ? [{ xAxis: String(kept) }] : [],
        },
      },
    ],
  };
}
