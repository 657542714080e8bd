/**
 * The report's charts as inline SVG: the views' own echarts options, rendered by echarts' server-side
 * SVG renderer, which needs no DOM, so the same code runs in the app and in `segwb report` (Node).
 * Inline SVG keeps the report one self-contained file that prints sharply.
 */

import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { CompareRow, ParetoAnalysis } from '../../../shared/contract/analysis.js';
import { echarts } from '../charts/echarts.js';
import { pairedBarsOption, SHARE_COLORS } from '../charts/pairedBarsOption.js';
import { paretoOption } from '../charts/paretoOption.js';
import { formatCompact, formatInteger, formatMoney, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';

/**
 * Outside a browser echarts has no canvas to measure text with, and counts every letter it has no
 * table for (Persian, Arabic) a full em wide: labels measured twice their width squeeze the plot.
 * This estimate, in ems of the font size, is close for the system sans fonts the report asks for.
 */
function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === ' ') ems += 0.28;
    else if (code >= 0x0600 && code <= 0x06ff)
      ems += 0.5; // Arabic script, Persian and Arabic digits
    else if (code >= 0x1100 && (code < 0x2000 || code > 0x206f))
      ems += 1; // wide scripts, symbols
    else if (char >= 'A' && char <= 'Z') ems += 0.66;
    else ems += 0.55;
  }
  return ems * fontSize;
}

let measuringInNode = false;
function measureTextInNode(): void {
  if (measuringInNode || typeof document !== 'undefined') return;
  measuringInNode = true;
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
      return { width: estimateWidth(text ?? '', size) } as TextMetrics;
    },
  });
}

export function svgChart(option: EChartsCoreOption, width: number, height: number): string {
  measureTextInNode();
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function paretoSvg(pareto: ParetoAnalysis, t: TFunction, lang: string): string {
  const option = paretoOption(pareto, {
    rank: t('pareto.chart.rank'),
    revenue: t('pareto.chart.revenue'),
    cumulative: t('pareto.chart.cumulative'),
    eighty: t('pareto.chart.eighty', { eighty: formatPercent(0.8, lang) }),
    k80: t('pareto.chart.k80', { k80: formatInteger(pareto.summary.k80, lang) }),
    rankRange: (from, to) =>
      from === to ? formatInteger(from, lang) : `${formatInteger(from, lang)}–${formatInteger(to, lang)}`,
    money: (value) => formatMoney(value, lang),
    moneyShort: (value) => formatCompact(value, lang),
    percent: (value) => formatPercent(value, lang),
    direction: directionOf(lang),
  });
  return svgChart(option, 760, 320);
}

/** Share of customers beside share of revenue, one pair of bars per segment. */
export function sharesSvg(names: string[], rows: readonly CompareRow[], t: TFunction, lang: string): string {
  const option = pairedBarsOption(
    names,
    [
      {
        name: t('compare.table.share_customers'),
        values: rows.map((r) => r.share_customers),
        color: SHARE_COLORS.customers,
      },
      { name: t('compare.table.share_revenue'), values: rows.map((r) => r.share_revenue), color: SHARE_COLORS.revenue },
    ],
    { value: (v) => formatPercent(v, lang), direction: directionOf(lang) },
  );
  return svgChart(option, 760, 300);
}
