/**
 * Cumulative revenue per customer by cohort (the LTV curves): a line per cohort, at offset k the
 * revenue of the cohort's orders in periods 0..k divided by its customers. Right to left the offsets
 * run from the right and the value axis stands on the right. Pure: same cohorts, same option.
 */
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Cohort } from '../../../shared/contract/changes.js';
import { legendSide, mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, LEGEND_TEXT } from './chartText.js';

export type LtvOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface LtvLabels {
  cohort(name: string): string;
  offset(value: number): string;
  money(value: number): string;
  offsetAxis: string;
  valueAxis: string;
  direction: 'ltr' | 'rtl';
}

/** To the cent, as money is shown. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Per cohort, the cumulative revenue per customer at each of its offsets, to the cent. */
export function ltvCurves(cohorts: readonly Cohort[]): number[][] {
  return cohorts.map((c) => {
    let total = 0;
    return c.periods.map((p) => {
      total += p.revenue;
      return c.customers === 0 ? 0 : round2(total / c.customers);
    });
  });
}

export function ltvOption(cohorts: readonly Cohort[], labels: LtvLabels): LtvOption {
  const curves = ltvCurves(cohorts);
  const span = Math.max(0, ...curves.map((c) => c.length));
  return {
    animation: false,
    grid: mirrorGrid({ left: 72, right: 16, top: 48, bottom: 40 }, labels.direction),
    legend: { type: 'scroll', top: 0, ...legendSide(labels.direction), ...LEGEND_TEXT },
    tooltip: {
      trigger: 'item',
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const p = params as unknown as { seriesName: string; dataIndex: number; value: number };
        return `${p.seriesName} · ${labels.offsetAxis} ${labels.offset(p.dataIndex)}<br/>${labels.money(p.value)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: span }, (_, k) => labels.offset(k)),
      name: labels.offsetAxis,
      nameLocation: 'middle',
      nameGap: 26,
      boundaryGap: false,
      inverse: labels.direction === 'rtl',
      ...AXIS_TEXT,
    },
    yAxis: {
      type: 'value',
      name: labels.valueAxis,
      nameLocation: 'end',
      position: valueAxisSide(labels.direction),
      axisLabel: { ...AXIS_TEXT.axisLabel, formatter: (value: number) => labels.money(value) },
      nameTextStyle: AXIS_TEXT.nameTextStyle,
    },
    series: cohorts.map((c, i) => ({
      type: 'line',
      name: labels.cohort(c.cohort),
      data: curves[i] as number[],
      showSymbol: (curves[i] as number[]).length <= 24,
      symbolSize: 4,
    })),
  };
}
