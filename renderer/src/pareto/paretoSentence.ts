/**
 * The Pareto finding in words. It is always phrased the same honest way, whatever the shape:
 * "42% of customers bring 80% of revenue" (or 5%, or 70%): the reader judges how steep that is.
 */
import type { TFunction } from 'i18next';
import type { ParetoSummary } from '../../../shared/api.js';
import { formatInteger, formatPercent } from '../format.js';

export function paretoSentence(summary: ParetoSummary, t: TFunction, lang: string): string | null {
  if (summary.customers === 0 || summary.revenue <= 0) return null;
  return t('pareto.sentence', { share: formatPercent(summary.share_for_80, lang), eighty: formatPercent(0.8, lang) });
}

export function top20Sentence(summary: ParetoSummary, t: TFunction, lang: string): string | null {
  if (summary.customers === 0 || summary.revenue <= 0) return null;
  return t('pareto.top20Sentence', { top: formatPercent(0.2, lang), share: formatPercent(summary.top20_share, lang) });
}

/** With "revenue by": the same finding about the values of a field (products, categories…). */
export function itemsSentence(summary: ParetoSummary, field: string, t: TFunction, lang: string): string | null {
  if (summary.customers === 0 || summary.revenue <= 0) return null;
  return t('pareto.itemsSentence', {
    share: formatPercent(summary.share_for_80, lang),
    eighty: formatPercent(0.8, lang),
    field,
    k80: formatInteger(summary.k80, lang),
    total: formatInteger(summary.customers, lang),
  });
}
