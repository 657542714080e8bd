/**
 * Reads an .xlsx workbook's sheets as text rows (typed cells -> cellText), fills merged header
 * cells, picks the sheet (the one asked for, else the one with the most rows) and writes it as
 * CSV. Heavy work: it runs on a worker thread (workbookWorker.ts) when the engine is compiled.
 */
import readXlsxFile from 'read-excel-file/node';
import { WorkbenchError } from '../../../../../shared/errors.js';
import { worded } from '../../../../../shared/errorWording.js';
import type { SheetSummary } from '../sourceModel.js';
import { writeCsvFile } from '../tempTables.js';
import { cellText, type WorkbookCell } from './cellText.js';
import { type CellRange, mergedRanges } from './mergedCells.js';
import { openZip } from './zipEntries.js';

export interface WorkbookRequest {
  file: string;
  /** The user's file name, for messages. */
  name: string;
  sheet?: string;
  /** Where to write the chosen sheet as CSV. */
  csvPath: string;
}

export interface WorkbookResult {
  sheets: SheetSummary[];
  sheet: string;
  headers: string[];
  /** Data rows written (the header row not counted). */
  rows: number;
}

export async function readWorkbook(request: WorkbookRequest): Promise<WorkbookResult> {
  const { name } = request;
  let sheets: Array<{ sheet: string; data: WorkbookCell[][] }>;
  try {
    sheets = (await readXlsxFile(request.file)) as unknown as Array<{ sheet: string; data: WorkbookCell[][] }>;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `${name} could not be read as an Excel workbook (${why}). Open it in Excel and save it again as .xlsx, or save the sheet as CSV.`,
      { file: request.file, ...worded('workbook_unreadable', { name, why }) },
    );
  }
  const merges = mergedRanges(openZip(request.file));
  const tables = sheets.map(({ sheet, data }) => ({ sheet, rows: textRows(data, merges.get(sheet) ?? []) }));
  const summaries = tables.map(({ sheet, rows }) => ({ name: sheet, rows: rows.length }));
  const chosen = request.sheet === undefined ? largest(tables) : tables.find((t) => t.sheet === request.sheet);
  if (!chosen) {
    const list = summaries.map((s) => `"${s.name}"`).join(', ');
    throw new WorkbenchError('INVALID_PARAMS', `${name} has no sheet "${request.sheet}". Its sheets: ${list}.`, {
      file: request.file,
      ...worded('no_such_sheet', { name, sheet: String(request.sheet), list }),
    });
  }
  if (chosen.rows.length === 0) {
    throw new WorkbenchError(
      'IMPORT_FAILED',
      `Sheet "${chosen.sheet}" of ${name} is empty: there is nothing to import.`,
      { file: request.file, ...worded('empty_sheet', { name, sheet: chosen.sheet }) },
    );
  }
  const headers = uniqueHeaders(chosen.rows[0] as string[]);
  const width = headers.length;
  const body = chosen.rows.slice(1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  writeCsvFile(request.csvPath, [headers, ...body]);
  return { sheets: summaries, sheet: chosen.sheet, headers, rows: body.length };
}

/**
 * Rows as text from the first row that holds a value, blank rows left out; a merged cell of the
 * header row gives its text to every column it spans.
 */
function textRows(data: readonly WorkbookCell[][], merges: readonly CellRange[]): string[][] {
  const first = data.findIndex((row) => row.some((c) => cellText(c).trim() !== ''));
  if (first === -1) return [];
  const header = (data[first] ?? []).map(cellText);
  for (const range of merges) {
    if (range.top > first || range.bottom < first) continue;
    const text = header[range.left] ?? '';
    for (let c = range.left; c <= range.right; c += 1) header[c] = text;
  }
  const rows = [header];
  for (const row of data.slice(first + 1)) {
    const cells = row.map(cellText);
    if (cells.some((c) => c.trim() !== '')) rows.push(cells);
  }
  return rows;
}

function largest<T extends { rows: readonly unknown[] }>(tables: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const t of tables) if (!best || t.rows.length > best.rows.length) best = t;
  return best;
}

/** Blank names become "Column N"; a repeated name gets its count ("Amount", "Amount (2)"), without case. */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const used = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell.trim() === '' ? `Column ${i + 1}` : cell.trim();
    let label = base;
    for (let n = 2; used.has(label.toLowerCase()); n += 1) label = `${base} (${n})`;
    used.add(label.toLowerCase());
    return label;
  });
}
