/**
 * The source layer in front of the CSV pipeline: recognises what a file is (a workbook, a
 * whitespace-separated text, a CSV), and what it is an export of (a preset), and hands over its
 * tables as delimited text with their kinds, roles and links. Every guess keeps its reason.
 */
import path from 'node:path';
import { WorkbenchError } from '../../../../shared/errors.js';
import { type ErrorWordingKey, worded } from '../../../../shared/errorWording.js';
import { readSample } from '../sniff/sample.js';
import { fileSignature } from './fileSignature.js';
import { plainTable } from './plainTable.js';
import { presetTables } from './presetTables.js';
import type { OpenedSource, SourceTable } from './sourceModel.js';
import { tempTables } from './tempTables.js';
import { readCsvHeader, readCsvRows } from './text/csvText.js';
import { openWhitespaceTable } from './text/openWhitespaceTable.js';
import { loadWorkbook } from './workbook/loadWorkbook.js';

export interface OpenOptions {
  /** A workbook's sheet to read (default: the one with the most rows). */
  sheet?: string;
  /** A preset's id, to use it instead of recognising one. */
  preset?: string;
}

export async function openSource(filePath: string, options: OpenOptions = {}): Promise<OpenedSource> {
  const file = path.basename(filePath);
  const temp = tempTables(file);
  try {
    return await open(filePath, file, options, temp);
  } catch (error) {
    temp.cleanup();
    throw error;
  }
}

async function open(
  filePath: string,
  file: string,
  options: OpenOptions,
  temp: ReturnType<typeof tempTables>,
): Promise<OpenedSource> {
  // A missing file, a folder, a file without permission: the importer's own words (sniff/sample.ts).
  await readSample(filePath, 16, 0);
  const signature = fileSignature(filePath);
  refuseUnreadable(signature, file, filePath);
  if (signature === 'xlsx') {
    const csvPath = temp.pathFor(null);
    const book = await loadWorkbook({ file: filePath, name: file, sheet: options.sheet, csvPath });
    const found = presetTables(book.headers, () => readCsvRows(csvPath).slice(1), null, csvPath, temp, options.preset);
    const tables = found?.tables ?? [await plainTable(csvPath, file, {})];
    return {
      file,
      format: 'xlsx',
      sheets: book.sheets,
      sheet: book.sheet,
      preset: found?.preset ?? null,
      tables,
      cleanup: temp.cleanup,
    };
  }
  if (options.sheet !== undefined) {
    throw new WorkbenchError('INVALID_PARAMS', `${file} is not a workbook: --sheet applies to .xlsx files only.`, {
      file: filePath,
      ...worded('not_a_workbook', { name: file }),
    });
  }
  const whitespace = await openWhitespaceTable(filePath, file, temp);
  if (whitespace) {
    return { file, format: 'fixed_width', preset: null, tables: [whitespace], cleanup: temp.cleanup };
  }
  const headers = readCsvHeader(filePath);
  const found = headers
    ? presetTables(headers, () => readCsvRows(filePath).slice(1), filePath, filePath, temp, options.preset)
    : null;
  const tables: SourceTable[] = found?.tables ?? [await plainTable(filePath, file, {})];
  return { file, format: 'csv', preset: found?.preset ?? null, tables, cleanup: temp.cleanup };
}

function refuseUnreadable(signature: ReturnType<typeof fileSignature>, file: string, filePath: string): void {
  const fail = (message: string, key: ErrorWordingKey) => {
    throw new WorkbenchError('IMPORT_FAILED', message, { file: filePath, ...worded(key, { name: file }) });
  };
  if (signature === 'encrypted_workbook') {
    fail(
      `${file} is a password-protected workbook: it cannot be read without its password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, and import it again.`,
      'encrypted_workbook',
    );
  }
  if (signature === 'xls') {
    fail(
      `${file} is an old Excel (.xls) workbook, which the workbench cannot read: open it in Excel and save it as .xlsx (Excel Workbook) or CSV, then import that file.`,
      'xls_workbook',
    );
  }
  if (signature === 'ods') {
    fail(
      `${file} is an OpenDocument spreadsheet (.ods), which the workbench cannot read: open it in LibreOffice Calc or Excel and save it as .xlsx (Excel Workbook) or CSV, then import that file.`,
      'ods_workbook',
    );
  }
  if (signature === 'zip') {
    fail(`${file} is a zip archive, not a table: unpack it and import the CSV or .xlsx files inside.`, 'zip_archive');
  }
}
