/**
 * The retention triangle as an echarts heat map: a row per acquisition cohort (oldest at the top),
 * a column per offset (0 = the cohort's first period, always 100 %), each cell the share of the
 * cohort active in that period. Right to left the offsets run from the right and the cohort names
 * stand on the right. Pure: same cohorts and labels, same option.
 */
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Cohort } from '../../../shared/contract/changes.js';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, CHART_TEXT } from './chartText.js';
import { HEATMAP_RAMP } from './rfmHeatmapOption.js';

export type RetentionOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** The RFM heat map's ramp: its dark end still lets the dark labels read at 4.5:1. */
export const RETENTION_RAMP = HEATMAP_RAMP;

export interface RetentionLabels {
  /** A cohort's name ("2024-03", "2024-W05", "2024-Q1") as the user reads it. */
  cohort(name: string): string;
  /** An offset in the language's digits. */
  offset(value: number): string;
  /** A share 0..1 as a percent. */
  percent(share: number): string;
  /** "12 of 40 customers active". */
  active(active: number, customers: number): string;
  /** Axis names. */
  offsetAxis: string;
  cohortAxis: string;
  direction: 'ltr' | 'rtl';
}

/** [offset, cohort index, percent 0..100, active, customers]. */
export type RetentionDatum = [number, number, number, number, number];

export function retentionData(cohorts: readonly Cohort[]): RetentionDatum[] {
  return cohorts.flatMap((c, row) =>
    c.periods.map(
      (p): RetentionDatum => [
        p.offset,
        row,
        c.customers === 0 ? 0 : (100 * p.active) / c.customers,
        p.active,
        c.customers,
      ],
    ),
  );
}

/** Labels on the cells only while they are wide enough to hold one. */
const MAX_LABELLED_OFFSETS = 24;

export function retentionOption(cohorts: readonly Cohort[], labels: RetentionLabels): RetentionOption {
  const span = Math.max(0, ...cohorts.map((c) => c.periods.length));
  const rows = cohorts.map((c) => labels.cohort(c.cohort));
  const datum = (params: unknown) => (params as { data: RetentionDatum }).data;
  return {
    animation: false,
    grid: mirrorGrid({ left: 84, right: 16, top: 36, bottom: 56 }, labels.direction),
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const [offset, row, percent, active, customers] = datum(params);
        return `${rows[row]} · ${labels.offsetAxis} ${labels.offset(offset)}<br/>${labels.percent(percent / 100)}<br/>${labels.active(active, customers)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: span }, (_, k) => labels.offset(k)),
      name: labels.offsetAxis,
      nameLocation: 'middle',
      nameGap: 24,
      position: 'top',
      inverse: labels.direction === 'rtl',
      ...AXIS_TEXT,
    },
    yAxis: {
      type: 'category',
      data: rows,
      name: labels.cohortAxis,
      nameLocation: 'middle',
      nameGap: 64,
      nameRotate: labels.direction === 'rtl' ? -90 : 90,
      inverse: true,
      position: valueAxisSide(labels.direction),
      ...AXIS_TEXT,
    },
    visualMap: {
      min: 0,
      max: 100,
      dimension: 2,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: [...RETENTION_RAMP] },
      text: [labels.percent(1), labels.percent(0)],
      textStyle: { color: CHART_TEXT.axis },
    },
    series: [
      {
        type: 'heatmap',
        data: retentionData(cohorts),
        label: {
          show: span <= MAX_LABELLED_OFFSETS,
          formatter: (params) => labels.percent(datum(params)[2] / 100),
          fontSize: 10,
          color: CHART_TEXT.strong,
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
}
