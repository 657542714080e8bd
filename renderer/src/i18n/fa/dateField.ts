/** Persian strings of the date field (Solar Hijri typing, the Gregorian switch). */
import type { Localized, PluralForms } from '../catalog.js';
import type { dateField as english } from '../en/dateField.js';

export const dateField = {
  dateField: {
    solarHint: 'تاریخ خورشیدی: سال/ماه/روز، مثلاً ۱۴۰۳/۰۱/۰۱',
    invalid: 'این روز در تقویم خورشیدی وجود ندارد. سال/ماه/روز را بنویسید، مثلاً ۱۴۰۳/۰۱/۰۱.',
    toGregorian: 'نمایش و ورود تاریخ‌ها به میلادی',
    toSolar: 'نمایش و ورود تاریخ‌ها به هجری خورشیدی',
  },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
