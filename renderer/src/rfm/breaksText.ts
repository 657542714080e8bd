/** The thresholds typed by the user: "10; 30 90" -> [10, 30, 90], checked against the number of bins. */

export type ParsedBreaks = { ok: true; values: number[] } | { ok: false };

export function parseBreaks(text: string, bins: number): ParsedBreaks {
  const parts = text
    .split(/[\s;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length !== bins - 1) return { ok: false };
  const values = parts.map(Number);
  if (values.some((value) => !Number.isFinite(value))) return { ok: false };
  // Equal breaks are allowed (an empty bin); falling ones are not.
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return { ok: false };
  return { ok: true, values };
}

export function breaksText(values: readonly number[]): string {
  return values.join('; ');
}
