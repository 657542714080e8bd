/**
 * Why the import read a file as it did, for the human report: the vendor's export recognised from its
 * header and what its table is, or how a headerless log's columns were read. English prints the engine's
 * sentences; the other languages word the same parts from the shared catalog (shared/i18n/importReasons.ts).
 */
import { type ReasonWording, reasonText } from '../../shared/i18n/importReasonText.js';
import type { ImportPreview } from '../../shared/model/import.js';
import { cliLanguage, num } from './words/say.js';

/** The reasons the source layer gave (none for a plain table, whose kind is the import's own guess). */
export function sourceReasons(preview: ImportPreview): string[] {
  const lines: string[] = [];
  const preset = preview.source?.preset;
  if (preset) lines.push(inRunLanguage(preset.reason, preset.reasonWording));
  if (preview.kind.reasonWording) lines.push(inRunLanguage(preview.kind.reason, preview.kind.reasonWording));
  return lines;
}

function inRunLanguage(english: string, wording: ReasonWording | undefined): string {
  const lang = cliLanguage();
  return !wording || lang === 'en' ? english : reasonText(lang, wording, num);
}
