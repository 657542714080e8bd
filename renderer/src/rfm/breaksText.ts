/** The thresholds typed by the user: "10; 30 90" -> [10, 30, 90] (Persian and Arabic digits too), checked against the number of bins. */
import { parseLocalizedNumber } from '../i18n/parseNumber.js';

export type ParsedBreaks = { ok: true; values: number[] } | { ok: false };

export function parseBreaks(text: string, bins: number): ParsedBreaks {
  const parts = text
    .split(/[\s;\u061b]+/) // the Arabic/Persian semicolon ؛ separates too
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length !== bins - 1) return { ok: false };
  const parsed = parts.map(parseLocalizedNumber);
  if (parsed.some((value) => value === null)) return { ok: false };
  const values = parsed as number[];
  // Equal breaks are allowed (an empty bin); falling ones are not.
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return { ok: false };
  return { ok: true, values };
}

export function breaksText(values: readonly number[]): string {
  return values.join('; ');
}
