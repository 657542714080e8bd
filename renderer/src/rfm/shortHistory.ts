/** The engine's RFM warnings, split for the view: a notice for a short history, the rest for the custom scheme table. */
import type { TFunction } from 'i18next';
import type { RfmHistoryWarning, RfmSchemeWarning, RfmWarning } from '../../../shared/contract/rfm.js';
import { formatDate, formatInteger } from '../format.js';

function isHistory(warning: RfmWarning): warning is RfmHistoryWarning {
  return warning.code === 'short_history';
}

/** The warnings about rows of the scheme. */
export function schemeWarnings(warnings: readonly RfmWarning[]): RfmSchemeWarning[] {
  return warnings.filter((w): w is RfmSchemeWarning => !isHistory(w));
}

/** The notice for orders that span too short a time for RFM to say much, or null. */
export function shortHistoryText(warnings: readonly RfmWarning[], t: TFunction, lang: string): string | null {
  const warning = warnings.find(isHistory);
  if (!warning) return null;
  return t('rfm.shortHistory', {
    count: warning.span_days,
    days: formatInteger(warning.span_days, lang),
    from: formatDate(warning.first_order, lang),
    to: formatDate(warning.last_order, lang),
    minimum: formatInteger(90, lang),
  });
}
