/**
 * Every table the app exports as .xlsx goes through here: one sheet, a bold header row that stays
 * in view, then one row per record with typed cells, so a spreadsheet sorts and sums them without
 * a "number stored as text" warning. Numbers are number cells; dates are date cells (ISO
 * yyyy-mm-dd shown, the time too when there is one); text is written as text, never as a formula,
 * so the =+-@ escaping of shared/csv.ts is not needed here (a string cell is not evaluated).
 * Cell types and formats: write-excel-file's README ("Cell", "format", "stickyRowsCount").
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { writeAtomically } from './writeAtomically.js';

export type XlsxColumnType = 'text' | 'number' | 'date';

export interface XlsxTable {
  /** The sheet's name as a spreadsheet shows it on the tab. */
  sheet: string;
  columns: ReadonlyArray<{ header: string; type: XlsxColumnType }>;
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export async function xlsxBuffer(table: XlsxTable): Promise<Buffer> {
  const header: Row = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
  const body: Row[] = table.rows.map((row) => table.columns.map((c, i) => typedCell(row[i] ?? null, c.type)));
  // Excel limits sheet names to 31 characters and refuses []:*?/\ in them.
  const sheet =
    table.sheet
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1';
  return writeXlsxFile([header, ...body], { sheet, stickyRowsCount: 1 }).toBuffer();
}

export async function writeXlsxTable(file: string, table: XlsxTable): Promise<void> {
  writeAtomically(file, await xlsxBuffer(table));
}

/** A cell of the column's type; a value that does not fit the type stays text rather than being lost. */
function typedCell(value: string | number | null, type: XlsxColumnType): Cell {
  if (value === null || value === '') return null;
  if (type === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? { value: n, type: Number } : { value: String(value), type: String };
  }
  if (type === 'date' && typeof value === 'string') {
    const m = DATE.exec(value);
    if (m) {
      const [, y, mo, d, h, mi, s] = m.map(Number);
      const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h || 0, mi || 0, s || 0));
      return { value: date, type: Date, format: m[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
    }
  }
  return { value: String(value), type: String };
}
