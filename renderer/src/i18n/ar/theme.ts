/** Arabic names of the light and dark themes. */
import type { Localized, PluralForms } from '../catalog.js';
import type { theme as english } from '../en/theme.js';

export const theme = {
  theme: { label: 'المظهر', system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
} as const satisfies Localized<typeof english, PluralForms['ar']>;
