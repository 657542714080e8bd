/**
 * The migration matrix as an echarts heat map: rows are the groups at "from" (top to bottom),
 * columns the groups at "to"; each cell coloured by its customers and labelled with them and
 * their revenue in [from, to). Right to left, the columns run from the right and the row names
 * stand on the right. Pure: same cells and labels, same option.
 */
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MigrationCell } from '../../../shared/contract/changes.js';
import type { MigrationGroups } from '../changes/groupOrder.js';
import { mirrorGrid, tooltipSide, valueAxisSide } from './chartDirection.js';
import { AXIS_TEXT, CHART_TEXT } from './chartText.js';
import { HEATMAP_RAMP } from './rfmHeatmapOption.js';

export type MigrationHeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

export interface MigrationLabels {
  /** A group's name in the user's language ("(new)", an RFM segment, a saved segment). */
  group(name: string): string;
  /** "12 customers", already formatted. */
  customers(count: number): string;
  /** A count alone, in the language's digits (on the cell, where the word would not fit). */
  count(value: number): string;
  /** A revenue, formatted (compact on the cell, full in the tooltip). */
  revenue(value: number, compact: boolean): string;
  /** Axis names: "At the start", "At the end". */
  fromAxis: string;
  toAxis: string;
  direction: 'ltr' | 'rtl';
}

/** [to index, from index, customers, revenue]. */
export type MigrationDatum = [number, number, number, number];

export function migrationHeatmapData(cells: readonly MigrationCell[], groups: MigrationGroups): MigrationDatum[] {
  return cells.map((c) => [groups.to.indexOf(c.to), groups.from.indexOf(c.from), c.customers, c.revenue]);
}

/** The widest row name decides the margin beside the rows (about 7 px a character, and the axis name). */
export function rowNameWidth(names: readonly string[]): number {
  return Math.min(220, 40 + 7 * Math.max(0, ...names.map((n) => n.length)));
}

/** Characters on one line of a column name: the scheme names take two lines, not their neighbours' room. */
const COLUMN_LINE = 12;

/**
 * A name broken into lines of at most `line` characters at its spaces (a longer word keeps its
 * line). Done here rather than by echarts' own breaking, which leaves Persian and Arabic on one line.
 */
export function wrapName(name: string, line = COLUMN_LINE): string {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= line) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export function migrationHeatmapOption(
  cells: readonly MigrationCell[],
  groups: MigrationGroups,
  labels: MigrationLabels,
): MigrationHeatmapOption {
  const max = Math.max(1, ...cells.map((c) => c.customers));
  const rows = groups.from.map(labels.group);
  const columns = groups.to.map(labels.group);
  const datum = (params: unknown) => (params as { data: MigrationDatum }).data;
  return {
    animation: false,
    grid: mirrorGrid({ left: rowNameWidth(rows), right: 16, top: 84, bottom: 48 }, labels.direction),
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const [to, from, customers, revenue] = datum(params);
        return `${rows[from]} → ${columns[to]}<br/>${labels.customers(customers)}<br/>${labels.revenue(revenue, false)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: columns,
      name: labels.toAxis,
      nameLocation: 'middle',
      nameGap: 52,
      position: 'top',
      inverse: labels.direction === 'rtl',
      axisLabel: {
        ...AXIS_TEXT.axisLabel,
        interval: 0,
        fontSize: 11,
        lineHeight: 14,
        formatter: (value: string) => wrapName(value),
      },
      nameTextStyle: { ...AXIS_TEXT.nameTextStyle, fontWeight: 'bold' },
    },
    yAxis: {
      type: 'category',
      data: rows,
      name: labels.fromAxis,
      nameLocation: 'middle',
      nameGap: rowNameWidth(rows) - 16,
      nameRotate: labels.direction === 'rtl' ? -90 : 90,
      inverse: true,
      position: valueAxisSide(labels.direction),
      axisLabel: { ...AXIS_TEXT.axisLabel, interval: 0, fontSize: 11 },
      nameTextStyle: { ...AXIS_TEXT.nameTextStyle, fontWeight: 'bold' },
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
      text: [labels.customers(max), labels.customers(0)],
      textStyle: { color: CHART_TEXT.axis },
    },
    series: [
      {
        type: 'heatmap',
        data: migrationHeatmapData(cells, groups),
        label: {
          show: true,
          formatter: (params) => {
            const [, , customers, revenue] = datum(params);
            return `${labels.count(customers)}\n${labels.revenue(revenue, true)}`;
          },
          fontSize: 11,
          lineHeight: 14,
          color: CHART_TEXT.strong,
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: CHART_TEXT.strong, borderWidth: 2 } },
        cursor: 'pointer',
      },
    ],
  };
}
