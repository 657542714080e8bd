/**
 * The shape of a delimited text: line ending, delimiter and whether the first row is a header.
 * Rows are split by papaparse, so quoted delimiters and quoted newlines never mislead a count.
 */
import Papa from 'papaparse';
import type { Delimiter } from '../../../../shared/model/import.js';
import { parseDate } from '../values/date.js';
import { parseNumber } from '../values/number.js';

type LineEnding = 'lf' | 'crlf' | 'cr';

/** Tried in this order; on a tie the earlier wins (a comma may be a decimal mark, a tab rarely is data). */
const DELIMITERS: readonly Delimiter[] = ['\t', ';', '|', ','];
const SNIFF_CHARS = 64 * 1024;
const SNIFF_ROWS = 50;
const NEWLINES: Record<LineEnding, '\n' | '\r\n' | '\r'> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** The most frequent line ending in the text; 'lf' when there is none. */
export function detectLineEnding(text: string): LineEnding {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if (c === 13) {
      if (head.charCodeAt(i + 1) === 10) {
        crlf += 1;
        i += 1;
      } else {
        cr += 1;
      }
    } else if (c === 10) {
      lf += 1;
    }
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return 'crlf';
  return cr > lf ? 'cr' : 'lf';
}

/** Every line break (CRLF, LF, a lone CR) as LF: one file may mix all three. */
export function toLf(text: string): string {
  if (!text.includes('\r')) return text;
  const crlf = text.replaceAll('\r\n', '\n'); // twice as fast as one /\r\n?/g
  return crlf.includes('\r') ? crlf.replaceAll('\r', '\n') : crlf;
}

/** Splits text into rows of cells (quotes honoured, blank lines skipped). */
export function parseRecords(text: string, delimiter: Delimiter, lineEnding: LineEnding, maxRows?: number): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline: NEWLINES[lineEnding],
    skipEmptyLines: true,
    ...(maxRows === undefined ? {} : { preview: maxRows }),
  });
  return result.data;
}

/**
 * The line on which a quote opens a field that the text never closes, or null. Such a field
 * swallows the rest of the file (the import refuses it, see brokenFile.ts). `lookback`: only a
 * quote opened at least this many characters before the end counts (a sample cut short may end
 * inside a long quoted field).
 */
export function openQuoteLine(text: string, delimiter: Delimiter, lookback = 0): number | null {
  const { errors } = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: true });
  const open = errors.find((e) => e.code === 'MissingQuotes');
  if (!open || open.index === undefined || text.length - open.index < lookback) return null;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < open.index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * The delimiter that splits the first rows into the same number of fields (more than one) most
 * consistently. A single-column file gets ','.
 */
export function detectDelimiter(text: string, lineEnding: LineEnding): Delimiter {
  const head = cutAtLastNewline(text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const rows = parseRecords(head, delimiter, lineEnding, SNIFF_ROWS);
    const score = consistency(rows.map((r) => r.length));
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Share of rows having the most common field count, or 0 when that count is 1. */
function consistency(counts: readonly number[]): number {
  if (counts.length === 0) return 0;
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 1;
  let modeFreq = 0;
  for (const [count, f] of freq) {
    if (f > modeFreq || (f === modeFreq && count > mode)) {
      mode = count;
      modeFreq = f;
    }
  }
  return mode > 1 ? modeFreq / counts.length : 0;
}

function cutAtLastNewline(text: string): string {
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut > 0 ? text.slice(0, cut) : text;
}

/** A number or a date in any common notation: such a cell is data, never a column name. */
export function isValueLike(cell: string): boolean {
  const t = cell.trim();
  if (t === '') return false;
  if (!Number.isNaN(parseNumber(t, '.')) || !Number.isNaN(parseNumber(t, ','))) return true;
  return !Number.isNaN(parseDate(t, 'dmy')) || !Number.isNaN(parseDate(t, 'mdy'));
}

/**
 * true when the first row names the columns: its cells are text (no numbers or dates, at most
 * one blank, not all the same), and either some column holds numbers or dates below it, or none of its cells
 * reappears in its column.
 */
export function detectHeader(records: readonly string[][]): boolean {
  const first = records[0];
  if (!first) return false;
  const names = first.map((c) => c.trim());
  const named = names.filter((n) => n !== '');
  // One blank name is allowed: spreadsheets export an unnamed index column that way.
  if (named.length === 0 || names.length - named.length > 1 || named.some(isValueLike)) return false;
  // Repeated names happen ("Name,Name,Amount": the preview labels them apart); a row of one
  // value repeated is data.
  if (named.length > 1 && new Set(named.map((n) => n.toLowerCase())).size === 1) return false;
  const data = records.slice(1, 1 + SNIFF_ROWS);
  if (data.length === 0) return true;
  for (let col = 0; col < names.length; col += 1) {
    let valueLike = 0;
    let filled = 0;
    for (const row of data) {
      const cell = row[col];
      if (cell === undefined || cell.trim() === '') continue;
      filled += 1;
      if (isValueLike(cell)) valueLike += 1;
    }
    if (filled > 0 && valueLike / filled >= 0.5) return true;
  }
  return names.every((name, col) => name === '' || !data.some((row) => row[col]?.trim() === name));
}
