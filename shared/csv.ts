/**
 * The one CSV writer of every export (segments, compare, rejected rows), in the engine and in
 * the page alike: comma-separated, CRLF line ends, RFC 4180 quoting, text escaped against
 * formula injection. Pure: no Node, no DOM.
 */

export type CsvValue = string | number | null;

/**
 * Spreadsheet apps run cells that start with = + - @ (and tab/CR) as formulas: exported text
 * gets a leading apostrophe so a client's data can never execute in the consultant's Excel.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Quoted when it holds a quote, comma, line break or BOM, or starts or ends with a space (the
 * rules papaparse wrote these files by, so the files stay byte for byte the same).
 */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One cell: empty for null; numbers as they are (a negative number stays a number); text escaped, then quoted if needed. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : escapeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, without its line end. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** Whole rows (the header first) as a file's text: every line ends with CRLF; a BOM first when asked (for Excel). */
export function csvText(rows: readonly (readonly CsvValue[])[], bom = false): string {
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => `${csvRow(row)}\r\n`).join('')}`;
}
