/**
 * What a right-to-left reader expects of a chart, in one place: the category/x axis runs from the
 * right, the value axis stands on the right, legends sit on the right with the swatch after the text,
 * tooltips read right to left, and the grid's wider margin (for the axis name) moves to the right.
 * In left-to-right every helper returns nothing, so LTR options stay exactly as they were.
 */
export type ChartDirection = 'ltr' | 'rtl';

export function isRtl(direction: ChartDirection): boolean {
  return direction === 'rtl';
}

/** The side of the main value axis. */
export function valueAxisSide(direction: ChartDirection): 'left' | 'right' {
  return isRtl(direction) ? 'right' : 'left';
}

/** The side of a second value axis (Pareto's cumulative share). */
export function secondAxisSide(direction: ChartDirection): 'left' | 'right' {
  return isRtl(direction) ? 'left' : 'right';
}

interface GridMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  containLabel?: boolean;
}

/** The grid with its left and right margins swapped in RTL. */
export function mirrorGrid(grid: GridMargins, direction: ChartDirection): GridMargins {
  return isRtl(direction) ? { ...grid, left: grid.right, right: grid.left } : grid;
}

/** Legend placement: at the right edge, swatch after the text, in RTL. */
export function legendSide(direction: ChartDirection): { right?: number; align?: 'right' } {
  return isRtl(direction) ? { right: 8, align: 'right' } : {};
}

/** Tooltip box: text set right to left and aligned right in RTL. */
export function tooltipSide(direction: ChartDirection): { extraCssText?: string; textStyle?: { align: 'right' } } {
  return isRtl(direction) ? { extraCssText: 'direction: rtl; text-align: right;', textStyle: { align: 'right' } } : {};
}
