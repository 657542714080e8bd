/** Persian names of the light and dark themes. */
import type { Localized, PluralForms } from '../catalog.js';
import type { theme as english } from '../en/theme.js';

export const theme = {
  theme: { label: 'پوسته', system: 'مطابق سیستم', light: 'روشن', dark: 'تیره' },
} as const satisfies Localized<typeof english, PluralForms['fa']>;
