/**
 * The sentence behind each quality criterion, in the user's language, from the engine's reason code
 * and figures (the engine's own sentence is English; the interface words it again for fa, ar, cy and
 * en alike, so every language says the same thing).
 */
import type { TFunction } from 'i18next';
import type { QualityChecks } from '../../../shared/contract/analysis.js';
import { formatInteger, formatPercent, formatTextList } from '../format.js';
import type { Criterion } from './qualityFigure.js';

export function qualityExplanation(checks: QualityChecks, criterion: Criterion, t: TFunction, lang: string): string {
  const pct = (share: number | null) => formatPercent(share ?? 0, lang);
  switch (criterion) {
    case 'substantial': {
      const c = checks.substantial;
      return t(`qualityWhy.substantial.${reasonOf(c.reason, SUBSTANTIAL)}`, {
        people: t('qualityWhy.people', { count: c.customers, n: formatInteger(c.customers, lang) }),
        share: pct(c.share_revenue),
        minPeople: t('qualityWhy.people', { count: c.min_customers, n: formatInteger(c.min_customers, lang) }),
        minShare: pct(c.min_revenue_share),
      });
    }
    case 'measurable': {
      const c = checks.measurable;
      return t(`qualityWhy.measurable.${reasonOf(c.reason, MEASURABLE)}`, {
        share: pct(c.share_complete),
        fields: formatTextList(c.fields, lang),
        min: pct(c.min_complete),
      });
    }
    case 'accessible': {
      const c = checks.accessible;
      return t(`qualityWhy.accessible.${reasonOf(c.reason, ACCESSIBLE)}`, {
        share: pct(c.share_reachable),
        min: pct(c.min_reachable),
      });
    }
    case 'distinct': {
      const c = checks.distinct;
      const reason = reasonOf(c.reason, DISTINCT);
      return t(`qualityWhy.distinct.${reason === 'ok' && c.with === null ? 'alone' : reason}`, {
        share: pct(c.overlap_share),
        name: c.with?.name ?? '',
        max: pct(c.max_overlap),
      });
    }
  }
}

const SUBSTANTIAL = ['empty', 'too_small_low_value', 'too_small', 'low_value', 'ok'] as const;
const MEASURABLE = ['empty', 'no_fields', 'missing_values', 'ok'] as const;
const ACCESSIBLE = ['no_contact_fields', 'empty', 'unreachable', 'ok'] as const;
const DISTINCT = ['empty', 'no_other', 'overlaps', 'ok'] as const;

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/**
 * The catalog key of a reason code: camelCase, as a key ending in "_other" would be read by i18next
 * as a plural form. A reason this version does not know (a newer engine) reads as the general sentence.
 */
function reasonOf<R extends string>(reason: string, known: readonly R[]): Camel<R> | 'other' {
  if (!(known as readonly string[]).includes(reason)) return 'other';
  return reason.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as Camel<R>;
}
