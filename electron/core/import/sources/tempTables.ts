/**
 * The folder of the CSV files written for one source. Each file is named after the file the
 * user gave ("book.xlsx"; other tables "book.xlsx [order_lines]") so that the import's report and
 * the project's dataset history name the user's file, not a temporary one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempTables {
  /** Where the table `label` is written (null: the main table), its folder made. */
  pathFor(label: string | null): string;
  /** Writes rows (the header first) as UTF-8 CSV; returns its path. `label` null: the main table. */
  write(label: string | null, rows: Iterable<readonly string[]>): string;
  cleanup(): void;
}

export function tempTables(sourceName: string): TempTables {
  let dir: string | null = null;
  const pathFor = (label: string | null): string => {
    dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-source-'));
    return path.join(dir, label === null ? sourceName : `${sourceName} [${label}]`);
  };
  return {
    pathFor,
    write(label, rows) {
      const file = pathFor(label);
      writeCsvFile(file, rows);
      return file;
    },
    cleanup() {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

/** Writes rows (the header first) as UTF-8 CSV with CRLF line ends, a megabyte at a time. */
export function writeCsvFile(file: string, rows: Iterable<readonly string[]>): void {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk = '';
    for (const row of rows) {
      chunk += `${csvLine(row)}\r\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * One CSV line. Unlike an export, the cells are not escaped against formulas: this file is read
 * back by the importer only, and a leading apostrophe would change the client's values.
 */
function csvLine(row: readonly string[]): string {
  return row.map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}
