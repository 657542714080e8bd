/**
 * The import's reasons (a column's role, a vendor's export, a headerless log) in the user's language,
 * from the parts the engine sends beside its English sentence (shared/i18n/importReasons.ts). English
 * shows the engine's own sentence.
 */

import type { PresetId } from '../../../shared/i18n/importReasons.js';
import { presetName, type ReasonWording, reasonText } from '../../../shared/i18n/importReasonText.js';
import { isUiLanguage } from '../../../shared/languages.js';
import { formatInteger } from '../format.js';

export function reasonWords(english: string, wording: ReasonWording | undefined, lang: string): string {
  if (!wording || lang === 'en' || !isUiLanguage(lang)) return english;
  return reasonText(lang, wording, (value) => formatInteger(value, lang));
}

/** A preset's name in the user's language; the engine's English name otherwise. */
export function presetWords(preset: { id: PresetId; name: string }, lang: string): string {
  return lang === 'en' || !isUiLanguage(lang) ? preset.name : presetName(lang, preset.id);
}
