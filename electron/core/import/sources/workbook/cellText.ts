/**
 * A typed workbook cell as the text the CSV pipeline reads without ambiguity: dates as ISO
 * (YYYY-MM-DD, with HH:MM:SS when there is a time), numbers with '.' decimals and no exponent
 * or float noise, booleans as true/false.
 */

export type WorkbookCell = string | number | boolean | Date | null | undefined;

export function cellText(cell: WorkbookCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return dateText(cell);
  return numberText(cell);
}

/** Excel keeps 15 significant digits: 29.330000000000002 in the file is 29.33 on screen. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const rounded = Number(n.toPrecision(15));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Workbook dates carry no zone: read-excel-file gives the wall-clock time as UTC. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  // Excel stores times as fractions of a day: a second can come back as 59.999 s.
  const s = Math.round(d.getUTCSeconds() + d.getUTCMilliseconds() / 1000);
  if (h === 0 && m === 0 && s === 0) return day;
  const time = new Date(Date.UTC(2000, 0, 1, h, m, s));
  return `${day} ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}`;
}
