/**
 * Customers on two axes (the first two principal components, or two fields), one colour per
 * cluster. Pure: same points and labels, same option. In RTL the x axis runs from the right and the
 * y axis stands on the right; the legend moves to the right.
 */
import type { ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { legendSide, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';

export type ClusterScatterOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface ScatterCluster {
  cluster: number;
  name: string;
  /** [x, y] of each customer shown. */
  points: Array<[number, number]>;
}

export interface ScatterLabels {
  x: string;
  y: string;
  value(value: number): string;
  direction: 'ltr' | 'rtl';
}

/** Colours told apart by most readers (Okabe–Ito and Tableau tones), cycled beyond ten clusters. */
export const CLUSTER_COLORS = [
  '#2f54eb',
  '#c2410c',
  '#15803d',
  '#a21caf',
  '#b45309',
  '#0e7490',
  '#be123c',
  '#4d7c0f',
  '#6d28d9',
  '#475569',
] as const;

export function clusterColor(cluster: number): string {
  return CLUSTER_COLORS[(cluster - 1) % CLUSTER_COLORS.length] ?? '#475569';
}

export function clusterScatterOption(clusters: readonly ScatterCluster[], labels: ScatterLabels): ClusterScatterOption {
  return {
    animation: false,
    grid: mirrorGrid({ left: 24, right: 32, top: 48, bottom: 36, containLabel: true }, labels.direction),
    legend: { top: 0, data: clusters.map((c) => c.name), ...LEGEND_TEXT, ...legendSide(labels.direction) },
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const p = params as { seriesName?: string; value?: [number, number] };
        if (!p.value) return '';
        return `${p.seriesName ?? ''}<br/>${labels.x}: ${labels.value(p.value[0])}<br/>${labels.y}: ${labels.value(p.value[1])}`;
      },
    },
    xAxis: {
      type: 'value',
      name: labels.x,
      nameLocation: 'middle',
      nameGap: 28,
      scale: true,
      inverse: labels.direction === 'rtl',
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.value(v) },
    },
    yAxis: {
      type: 'value',
      name: labels.y,
      scale: true,
      position: valueAxisSide(labels.direction),
      nameTextStyle: AXIS_TEXT.nameTextStyle,
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (v: number) => labels.value(v) },
    },
    series: clusters.map((c) => ({
      type: 'scatter',
      name: c.name,
      data: c.points,
      symbolSize: 5,
      itemStyle: { color: clusterColor(c.cluster), opacity: 0.6 },
    })),
  };
}

/** The projection's points grouped by cluster, in cluster order. */
export function pointsByCluster(
  points: ReadonlyArray<{ pc1: number; pc2: number; cluster: number }>,
  names: readonly string[],
): ScatterCluster[] {
  return names.map((name, i) => ({
    cluster: i + 1,
    name,
    points: points.filter((p) => p.cluster === i + 1).map((p): [number, number] => [p.pc1, p.pc2]),
  }));
}
