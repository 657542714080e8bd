/** Welsh names of the light and dark themes. */
import type { Localized, PluralForms } from '../catalog.js';
import type { theme as english } from '../en/theme.js';

export const theme = {
  theme: { label: 'Thema', system: 'Fel y system', light: 'Golau', dark: 'Tywyll' },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
