/** The shape a translation must have: kept in shared/ since the engine's sentences, which the CLI words too, use it. */
export type { Localized, PluralForms } from '../../../shared/i18n/localized.js';
