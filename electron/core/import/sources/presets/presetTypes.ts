/** The shape of a preset: how it recognises a file from its header and what tables it makes of it. */

import { IMPORT_REASONS } from '../../../../../shared/i18n/importReasons.js';
import { inEnglish, type ReasonPart } from '../../../../../shared/i18n/importReasonText.js';
import type { PresetId, SourceTable } from '../sourceModel.js';
import type { TempTables } from '../tempTables.js';

export interface PresetInput {
  /** Header cells as in the file (a BOM and surrounding spaces removed). */
  headers: readonly string[];
  /** The data rows (not the header), read only when the preset needs them. */
  rows(): readonly (readonly string[])[];
  /** The file when it already is delimited text the importer reads (null for a workbook's sheet). */
  original: string | null;
  /** The source's own table when it has been written (a workbook's sheet as CSV), else the original. */
  asIs: string;
  temp: TempTables;
}

export interface Preset {
  id: PresetId;
  /** In English, as the engine's sentences name it (the app and the CLI name it by id). */
  name: string;
  /** Why this header is this preset's ('header has "Name", ... (Shopify orders export)'), or null. */
  recognise(headers: readonly string[]): ReasonPart | null;
  tables(input: PresetInput): SourceTable[];
}

/** The reason when every one of `required` is a header (exact spelling, as the vendor documents it). */
export function requireHeaders(
  headers: readonly string[],
  required: readonly string[],
  preset: PresetId,
): ReasonPart | null {
  const present = new Set(headers);
  if (!required.every((h) => present.has(h))) return null;
  return headersReason(required, preset);
}

export function headersReason(headers: readonly string[], preset: PresetId): ReasonPart {
  return { key: 'preset_headers', values: { headers: { headers }, preset } };
}

/** A preset's name in English, as the engine's sentences say it. */
export function englishName(id: PresetId): string {
  return IMPORT_REASONS.en.presets[id];
}

/** A table's kind reason: its parts as one sentence, in English and as the parts the app and the CLI word. */
export function kindReason(...parts: ReasonPart[]): Pick<SourceTable, 'kindReason' | 'kindReasonWording'> {
  const wording = { parts, stop: true };
  return { kindReason: inEnglish(wording), kindReasonWording: wording };
}

/** Position of the first of `names` among the headers, compared without case; -1 when none is there. */
export function columnOf(headers: readonly string[], ...names: string[]): number {
  const lower = headers.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i !== -1) return i;
  }
  return -1;
}

/** An e-mail address as a customer id: trimmed and lower-cased, so one person is one customer. */
export function emailKey(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

/** Money as whole cents (a number written with '.' decimals, as these exports write it); NaN when not a number. */
export function cents(value: string | undefined): number {
  const text = (value ?? '').trim().replace(/,/g, '');
  if (text === '') return 0;
  return /^-?\d+(\.\d+)?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
}

export function centsText(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
