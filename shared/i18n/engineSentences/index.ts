/**
 * The engine's sentences that carry a wording (shared/errorWording.ts) in the four UI languages: one
 * catalog read by the app (renderer/src/i18n, under `engineErrors`) and by the CLI's human output
 * (electron/cli/engineWords.ts), so both say the same words. i18next's shape: a plural is
 * `key_<form>` with the forms of Intl.PluralRules for the language.
 */
import type { UiLanguage } from '../../languages.js';
import { engineSentencesAr } from './ar.js';
import { engineSentencesCy } from './cy.js';
import { engineSentencesEn } from './en.js';
import { engineSentencesFa } from './fa.js';

export const ENGINE_SENTENCES = {
  en: engineSentencesEn,
  fa: engineSentencesFa,
  ar: engineSentencesAr,
  cy: engineSentencesCy,
} as const satisfies Record<UiLanguage, Record<string, string>>;
