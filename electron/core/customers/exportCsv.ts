/**
 * The Data view's rows as CSV: every customer the search, rule and sort find (not only the page on
 * screen), in the columns shown, through the one CSV writer (text escaped against formula
 * injection), personal fields kept, masked or left out as asked. Written through files/writeAtomically.ts, so a failed export never leaves half a file.
 */
import type { CustomerValue } from '../../../shared/api.js';
import { type CsvValue, csvText } from '../../../shared/csv.js';
import {
  maskPersonal,
  type PersonalData,
  type PersonalPart,
  personalFields,
} from '../../../shared/model/personalData.js';
import type { Db } from '../db/projectFile.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { projectFields } from '../segments/templateFields.js';
import { customerColumns, pickColumns } from './columns.js';
import { type CustomerQuery, orderedIds } from './query.js';
import { customerRows } from './rows.js';

/** Rows read per query: the ids travel as one JSON parameter. */
const CHUNK = 5000;

export interface CustomerExport extends CustomerQuery {
  columns?: readonly string[];
  bom: boolean;
  /** Email, phone and names: kept, masked or left out (shared/model/personalData.ts). */
  personal?: PersonalData;
}

export function exportCustomersCsv(db: Db, file: string, options: CustomerExport): { path: string; rows: number } {
  const all = customerColumns(db);
  const personal = personalFields(projectFields(db).filter((f) => f.source === 'customers'));
  const picked = options.columns ? pickColumns(all, options.columns) : all;
  const columns = options.personal === 'omit' ? picked.filter((c) => !personal.has(c.key)) : picked;
  const masked = options.personal === 'mask' ? personal : new Map<string, PersonalPart>();
  const ids = orderedIds(db, all, options);
  const lines: CsvValue[][] = [columns.map((c) => c.key)];
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const row of customerRows(db, columns, ids.slice(start, start + CHUNK))) {
      lines.push(
        columns.map((c) => {
          const value = csvValue(row.values[c.key] ?? null);
          const part = masked.get(c.key);
          return part && value !== null ? maskPersonal(part, String(value)) : value;
        }),
      );
    }
  }
  writeAtomically(file, csvText(lines, options.bom));
  return { path: file, rows: ids.length };
}

function csvValue(value: CustomerValue): CsvValue {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
