/** The Electron shell's strings in each UI language, and the language the shell starts in. */
import { pickLanguage, type UiLanguage } from '../../shared/languages.js';
import { ENGLISH, type ShellStrings } from './strings.js';
import { ARABIC } from './translations/ar.js';
import { WELSH } from './translations/cy.js';
import { PERSIAN } from './translations/fa.js';

export const SHELL_STRINGS: Record<UiLanguage, ShellStrings> = { en: ENGLISH, fa: PERSIAN, ar: ARABIC, cy: WELSH };

/**
 * Until the page says which language it shows (it may remember a choice), the menu follows the OS:
 * the same default the page takes from navigator.languages.
 */
export function initialShellLanguage(preferredSystemLanguages: readonly string[]): UiLanguage {
  return pickLanguage(preferredSystemLanguages);
}
