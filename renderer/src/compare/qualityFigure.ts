/** The figure behind each quality criterion, in words ("312 customers, 4% of revenue"). */
import type { TFunction } from 'i18next';
import type { QualityChecks } from '../../../shared/contract/analysis.js';
import { formatInteger, formatPercent } from '../format.js';

export type Criterion = keyof QualityChecks;
export const CRITERIA: readonly Criterion[] = ['substantial', 'measurable', 'accessible', 'distinct'];

export function qualityFigure(checks: QualityChecks, criterion: Criterion, t: TFunction, lang: string): string {
  switch (criterion) {
    case 'substantial':
      return t('compare.quality.figures.substantial', {
        customers: formatInteger(checks.substantial.customers, lang),
        share: formatPercent(checks.substantial.share_revenue, lang),
      });
    case 'measurable':
      return checks.measurable.share_complete === null
        ? t('compare.quality.figures.none')
        : t('compare.quality.figures.measurable', { share: formatPercent(checks.measurable.share_complete, lang) });
    case 'accessible':
      return checks.accessible.share_reachable === null
        ? t('compare.quality.figures.none')
        : t('compare.quality.figures.accessible', { share: formatPercent(checks.accessible.share_reachable, lang) });
    case 'distinct':
      return checks.distinct.overlap_share === null || checks.distinct.with === null
        ? t('compare.quality.figures.none')
        : t('compare.quality.figures.distinct', {
            share: formatPercent(checks.distinct.overlap_share, lang),
            name: checks.distinct.with.name,
          });
  }
}
