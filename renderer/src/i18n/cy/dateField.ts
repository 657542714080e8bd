/** Welsh strings of the date field (Solar Hijri typing, the Gregorian switch). */
import type { Localized, PluralForms } from '../catalog.js';
import type { dateField as english } from '../en/dateField.js';

export const dateField = {
  dateField: {
    solarHint: 'Dyddiad Hijri Solar: blwyddyn/mis/dydd, er enghraifft 1403/01/01',
    invalid: 'Nid yw hwn yn ddiwrnod yng nghalendr Hijri Solar. Teipiwch flwyddyn/mis/dydd, er enghraifft 1403/01/01.',
    toGregorian: 'Dangos a theipio dyddiadau yn y calendr Gregori',
    toSolar: 'Dangos a theipio dyddiadau yng nghalendr Hijri Solar',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
