/**
 * A custom scheme row's warning in the user's language: the engine words it in English only, so it
 * is worded again here from its code and the row it is about (the scores it asks for, the bins).
 */
import type { TFunction } from 'i18next';
import type { RfmSchemeRow, RfmSchemeWarning } from '../../../shared/contract/rfm.js';
import { formatInteger } from '../format.js';
import { directionOf } from '../i18n/direction.js';

const DIMENSIONS = ['r', 'f', 'm'] as const;

/** The warning's sentence; the engine's own when the row has changed since it was linted. */
export function schemeWarningText(
  warning: RfmSchemeWarning,
  rows: readonly RfmSchemeRow[],
  bins: number,
  t: TFunction,
  lang: string,
): string {
  const row = rows[warning.row];
  if (!row) return warning.message;
  const n = (value: number) => formatInteger(value, lang);
  const name = row.name;
  if (warning.code === 'reversed') {
    const d = DIMENSIONS.find((key) => row[key][0] > row[key][1]);
    if (!d) return warning.message;
    return t('rfm.custom.warnings.reversed', {
      name,
      dimension: d.toUpperCase(),
      from: n(row[d][0]),
      to: n(row[d][1]),
    });
  }
  if (warning.code === 'out_of_range') {
    const d = DIMENSIONS.find((key) => row[key][0] > bins);
    if (!d) return warning.message;
    const values = { name, dimension: d.toUpperCase(), score: n(row[d][0]), bins: n(bins), lowest: n(1) };
    return t('rfm.custom.warnings.out_of_range', values);
  }
  const covering = (warning.coveredBy ?? []).map((i) =>
    t('rfm.custom.warnings.rowRef', { name: rows[i]?.name ?? '', row: n(i + 1) }),
  );
  return t('rfm.custom.warnings.unreachable', {
    name,
    row: n(warning.row + 1),
    rows: covering.join(directionOf(lang) === 'rtl' ? '، ' : ', '),
  });
}
