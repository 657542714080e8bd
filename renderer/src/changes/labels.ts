/**
 * How the Changes view names things in the user's language: the groups of a migration ("(new)",
 * "(none)", RFM segment names as the RFM view shows them, saved segments as named) and period
 * labels such as "2024-03" or "2024-W05" in the language's digits.
 */
import type { TFunction } from 'i18next';
import { NEW_GROUP, NONE_GROUP } from '../../../shared/contract/changes.js';
import { intlLocale } from '../i18n/locales.js';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';

export function groupLabel(name: string, by: 'rfm' | 'segments', t: TFunction): string {
  if (name === NEW_GROUP) return t('changes.groups.new');
  if (name === NONE_GROUP) return t('changes.groups.none');
  return by === 'rfm' ? rfmSegmentLabel(name, t) : name;
}

/** Digits of a label in the language's own, leading zeros kept ("2024-03" -> "۲۰۲۴-۰۳"). */
export function localDigits(label: string, lang: string): string {
  return label.replace(/\d+/g, (digits) =>
    new Intl.NumberFormat(intlLocale(lang), { useGrouping: false, minimumIntegerDigits: digits.length }).format(
      Number(digits),
    ),
  );
}

/** The day six months before an ISO date (clamped to the month's last day: 08-31 -> 02-28). */
export function sixMonthsBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = m - 6;
  const year = month < 1 ? y - 1 : y;
  const m2 = month < 1 ? month + 12 : month;
  const last = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(m2)}-${pad(Math.min(d, last))}`;
}
