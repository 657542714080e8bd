/**
 * The migration as an echarts Sankey diagram: the groups at "from" on the reading start side, the
 * groups at "to" on the other, a band per non-empty cell as wide as its customers. Left to right
 * the bands flow left to right; right to left they flow right to left: the "to" nodes are placed
 * first (on the left) and the bands drawn from them, coloured by the "from" group they came from.
 * Pure: same cells and labels, same option.
 */
import type { SankeySeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MigrationCell } from '../../../shared/contract/changes.js';
import type { MigrationGroups } from '../changes/groupOrder.js';
import { tooltipSide } from './chartDirection.js';
import { CHART_TEXT } from './chartText.js';
import type { MigrationLabels } from './migrationHeatmapOption.js';

export type MigrationSankeyOption = ComposeOption<SankeySeriesOption | TooltipComponentOption>;

/** One colour per group, the same at both ends so a group is recognised on either side. */
export const GROUP_COLORS = [
  '#5470c6',
  '#91cc75',
  '#fac858',
  '#ee6666',
  '#73c0de',
  '#3ba272',
  '#fc8452',
  '#9a60b4',
  '#ea7ccc',
  '#8d98b3',
  '#b6a2de',
  '#2ec7c9',
] as const;

/** Node ids: a group appears once at each end. */
export const fromNode = (group: string): string => `from:${group}`;
export const toNode = (group: string): string => `to:${group}`;

interface SankeyNodeItem {
  name: string;
  /** The group's name in the user's language. */
  text: string;
  depth: number;
  itemStyle: { color: string };
  label: { position: 'left' | 'right' };
}

interface SankeyLinkItem {
  source: string;
  target: string;
  value: number;
  cell: MigrationCell;
}

export function migrationSankeyOption(
  cells: readonly MigrationCell[],
  groups: MigrationGroups,
  labels: MigrationLabels,
): MigrationSankeyOption {
  const rtl = labels.direction === 'rtl';
  const all = [...new Set([...groups.from, ...groups.to])];
  const color = (group: string) => GROUP_COLORS[all.indexOf(group) % GROUP_COLORS.length] as string;
  // The from column stands at the reading start: depth 0 in LTR, depth 1 (the right) in RTL.
  const node = (group: string, side: 'from' | 'to'): SankeyNodeItem => {
    const start = side === 'from';
    const depth = start === !rtl ? 0 : 1;
    return {
      name: start ? fromNode(group) : toNode(group),
      text: labels.group(group),
      depth,
      itemStyle: { color: color(group) },
      // Labels face the middle, so neither column's names run off the chart.
      label: { position: depth === 0 ? 'right' : 'left' },
    };
  };
  const nodes = [...groups.from.map((g) => node(g, 'from')), ...groups.to.map((g) => node(g, 'to'))];
  // Bands run from depth 0 to depth 1: from -> to in LTR, to -> from in RTL.
  const links: SankeyLinkItem[] = cells.map((cell) =>
    rtl
      ? { source: toNode(cell.to), target: fromNode(cell.from), value: cell.customers, cell }
      : { source: fromNode(cell.from), target: toNode(cell.to), value: cell.customers, cell },
  );
  return {
    animation: false,
    tooltip: {
      ...tooltipSide(labels.direction),
      formatter: (params) => {
        const p = params as unknown as { dataType: string; data: SankeyNodeItem | SankeyLinkItem; value: number };
        if (p.dataType === 'edge') {
          const { cell } = p.data as SankeyLinkItem;
          return `${labels.group(cell.from)} → ${labels.group(cell.to)}<br/>${labels.customers(cell.customers)}<br/>${labels.revenue(cell.revenue, false)}`;
        }
        return `${(p.data as SankeyNodeItem).text}<br/>${labels.customers(p.value)}`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 16,
        right: 16,
        top: 16,
        bottom: 16,
        nodeGap: 6,
        nodeAlign: 'justify',
        layoutIterations: 0,
        draggable: false,
        data: nodes,
        links,
        label: {
          color: CHART_TEXT.strong,
          fontSize: 11,
          formatter: (params) => (params.data as SankeyNodeItem).text,
        },
        lineStyle: { color: rtl ? 'target' : 'source', opacity: 0.35, curveness: 0.5 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
