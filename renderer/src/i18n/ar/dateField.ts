/** Arabic strings of the date field (Solar Hijri typing, the Gregorian switch). */
import type { Localized, PluralForms } from '../catalog.js';
import type { dateField as english } from '../en/dateField.js';

export const dateField = {
  dateField: {
    solarHint: 'تاريخ هجري شمسي: السنة/الشهر/اليوم، مثلًا ١٤٠٣/٠١/٠١',
    invalid: 'هذا ليس يومًا في التقويم الهجري الشمسي. اكتب السنة/الشهر/اليوم، مثلًا ١٤٠٣/٠١/٠١.',
    toGregorian: 'عرض التواريخ وإدخالها بالتقويم الميلادي',
    toSolar: 'عرض التواريخ وإدخالها بالتقويم الهجري الشمسي',
  },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
