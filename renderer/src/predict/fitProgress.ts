/** The words under the Predict view's progress bar: which part of the fit is running, how far. */
import type { TFunction } from 'i18next';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { formatInteger } from '../format.js';

export function fitProgressLabel(progress: AnalysisProgress | null, t: TFunction, lang: string): string {
  if (progress === null) return t('predict.options.fitting');
  const counts = { done: formatInteger(progress.done, lang), total: formatInteger(progress.total, lang) };
  if (progress.phase === 'fit') return t('predict.options.fitPhase', counts);
  if (progress.phase === 'customers') return t('predict.options.customers', counts);
  if (progress.phase === 'reading') return t('predict.options.reading');
  return t('predict.options.fitting');
}
