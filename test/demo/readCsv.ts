/** Test helper: a whole (small) CSV file parsed by papaparse, the same parser the importer uses. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

export function readCsv(path: string): CsvTable {
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]?.message}`);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

/** Column accessor by header name, so tests read like the file. */
export function columns(table: CsvTable): (row: string[], name: string) => string {
  const index = new Map(table.header.map((name, i) => [name, i]));
  return (row, name) => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`no column ${name}`);
    return row[i] ?? '';
  };
}
