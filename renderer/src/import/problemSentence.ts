/** A mapping problem that keeps the wizard's Import disabled, in the user's words. */
import type { TFunction } from 'i18next';
import type { MappingIssue } from '../../../shared/model/importChecks.js';
import { formatInteger } from '../format.js';

/** Too many columns says how many are ticked, the limit and how many to untick. */
export function problemSentence(issue: MappingIssue, t: TFunction, lang: string): string {
  if (issue.problem !== 'too_many_columns') return t(`wizard.problems.${issue.problem}`);
  const columns = issue.columns ?? 0;
  const limit = issue.limit ?? 0;
  return t('wizard.problems.too_many_columns', {
    count: columns - limit,
    excess: formatInteger(columns - limit, lang),
    columns: formatInteger(columns, lang),
    limit: formatInteger(limit, lang),
  });
}
