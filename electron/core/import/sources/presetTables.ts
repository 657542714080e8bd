/** The tables of a file a preset recognises, with the preset and its reason; null when none does. */
import { inEnglish } from '../../../../shared/i18n/importReasonText.js';
import { findPreset } from './presets/presetRegistry.js';
import type { SourcePreset, SourceTable } from './sourceModel.js';
import type { TempTables } from './tempTables.js';

export function presetTables(
  headers: readonly string[],
  rows: () => readonly (readonly string[])[],
  original: string | null,
  asIs: string,
  temp: TempTables,
  chosen?: string,
): { preset: SourcePreset; tables: SourceTable[] } | null {
  const found = findPreset(headers, chosen);
  if (!found) return null;
  let cached: readonly (readonly string[])[] | null = null;
  const tables = found.preset.tables({
    headers,
    rows: () => {
      cached ??= rows();
      return cached;
    },
    original,
    asIs,
    temp,
  });
  const { id, name } = found.preset;
  return { preset: { id, name, reason: inEnglish(found.reason), reasonWording: found.reason }, tables };
}
