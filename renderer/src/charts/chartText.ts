/**
 * Text colours of every chart, set explicitly instead of echarts' defaults so that all chart text
 * reads at WCAG AA (4.5:1) on the white chart card: the same tones as the page's --text and --text-2.
 */
export const CHART_TEXT = {
  /** Legends, series labels drawn on white. */
  strong: '#1f2430',
  /** Axis tick labels and axis names. */
  axis: '#5b6372',
} as const;

/** Axis text: tick labels and the axis name in the same readable grey. */
export const AXIS_TEXT = {
  axisLabel: { color: CHART_TEXT.axis },
  nameTextStyle: { color: CHART_TEXT.axis },
} as const;

/** Legend text. */
export const LEGEND_TEXT = { textStyle: { color: CHART_TEXT.strong } } as const;
