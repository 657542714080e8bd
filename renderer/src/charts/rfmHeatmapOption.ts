/**
 * The R x F heat map as an echarts option: one cell per (R, F) score pair, coloured by customers,
 * labelled with the customers and the average monetary value. Pure: same grid and labels, same option.
 */
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { RfmGridCell } from '../../../shared/contract/rfm.js';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, CHART_TEXT } from './chartText.js';

/**
 * Cell colours from the emptiest to the fullest cell. The dark end stops at a mid blue so the dark
 * cell labels read at 4.5:1 on every cell (a deeper blue would need white text on some cells and
 * leave cells in between where neither reaches AA).
 */
export const HEATMAP_RAMP = ['#f0f4ff', '#7d97f3'] as const;

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface HeatmapLabels {
  /** x axis: "Frequency score". */
  f: string;
  /** y axis: "Recency score". */
  r: string;
  /** "12 customers", already formatted. */
  customers(count: number): string;
  /** "avg 230.00" (null: empty cell). */
  average(value: number | null): string;
  /** A score in the language's digits: "5", "۵". */
  score(value: number): string;
  direction: 'ltr' | 'rtl';
}

/** The cell's data item: [f index, r index, customers, average monetary]. */
export type HeatmapDatum = [number, number, number, number | null];

export function heatmapData(grid: RfmGridCell[]): HeatmapDatum[] {
  return grid.map((cell) => [cell.f - 1, cell.r - 1, cell.customers, cell.avg_monetary]);
}

export function rfmHeatmapOption(grid: RfmGridCell[], bins: number, labels: HeatmapLabels): HeatmapOption {
  const scores = Array.from({ length: bins }, (_, i) => labels.score(i + 1));
  const max = Math.max(1, ...grid.map((cell) => cell.customers));
  const label = (datum: HeatmapDatum): string => `${labels.customers(datum[2])}\n${labels.average(datum[3])}`;
  return {
    animation: false,
    grid: mirrorGrid({ left: 56, right: 24, top: 16, bottom: 72 }, labels.direction),
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const datum = (params as unknown as { data: HeatmapDatum }).data;
        return `R ${labels.score(datum[1] + 1)} · F ${labels.score(datum[0] + 1)}<br/>${label(datum).replace('\n', '<br/>')}`;
      },
    },
    xAxis: {
      type: 'category',
      data: scores,
      name: labels.f,
      nameLocation: 'middle',
      nameGap: 28,
      inverse: labels.direction === 'rtl',
      ...AXIS_TEXT,
    },
    yAxis: {
      type: 'category',
      data: scores,
      name: labels.r,
      nameLocation: 'middle',
      nameGap: 32,
      position: valueAxisSide(labels.direction),
      ...AXIS_TEXT,
    },
    visualMap: {
      min: 0,
      max,
      dimension: 2,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: [...HEATMAP_RAMP] },
    },
    series: [
      {
        type: 'heatmap',
        data: heatmapData(grid),
        label: {
          show: true,
          formatter: (params) => label((params as unknown as { data: HeatmapDatum }).data),
          fontSize: 11,
          lineHeight: 15,
          color: CHART_TEXT.strong,
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
}
