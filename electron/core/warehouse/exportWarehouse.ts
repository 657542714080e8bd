/**
 * Writes a project in the warehouse format: schema.sql (CREATE TABLE statements in a dialect)
 * and one CSV per table (UTF-8, a header, ISO dates, every text value quoted so that an empty
 * text stays distinct from an empty value, which is left unquoted: PostgreSQL's COPY reads it as
 * NULL). Cells are written as they are, without the spreadsheet formula escape of the other
 * exports: these files are loaded by databases, which must get the exact values back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { type Dialect, isoDay, isoTime, quoteIdent } from './dialect.js';
import { type ColumnKind, createTablesSql, type WarehouseTable, warehouseSchema } from './schema.js';

export interface WarehouseExport {
  dialect: Dialect;
  folder: string;
  tables: Array<{ table: string; file: string; rows: number }>;
}

export function exportWarehouse(db: Db, folder: string, dialect: Dialect): WarehouseExport {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new WorkbenchError('FILE_NOT_FOUND', `The folder ${folder} does not exist. Create it or choose another.`, {
      file: folder,
    });
  }
  const schema = warehouseSchema(db);
  const tables = schema.tables.map((table) => ({
    table: table.name,
    file: `${table.name}.csv`,
    rows: writeTableCsv(db, table, path.join(folder, `${table.name}.csv`)),
  }));
  const load = loadComments(schema.tables, dialect);
  writeText(path.join(folder, 'schema.sql'), `${load}\n${createTablesSql(schema, dialect)}`);
  return { dialect, folder, tables };
}

/** How to load the CSVs, as comments heading schema.sql. */
function loadComments(tables: WarehouseTable[], dialect: Dialect): string {
  const lines = ['-- Segment Workbench warehouse schema (docs/warehouse.md).'];
  if (dialect === 'postgres') {
    lines.push('-- Load: psql -f schema.sql, then for each table:');
    for (const t of tables)
      lines.push(`--   \\copy ${quoteIdent(t.name)} FROM '${t.name}.csv' WITH (FORMAT csv, HEADER true)`);
  } else if (dialect === 'duckdb') {
    lines.push('-- Load: .read schema.sql, then for each table:');
    for (const t of tables) {
      lines.push(
        `--   INSERT INTO ${quoteIdent(t.name)} SELECT * FROM read_csv('${t.name}.csv', header = true, auto_detect = false, columns = ..., allow_quoted_nulls = false);`,
      );
    }
    lines.push('-- (or COPY "table" FROM \'table.csv\' (HEADER, ALLOW_QUOTED_NULLS false))');
  } else {
    lines.push('-- Load: sqlite3 warehouse.db < schema.sql, then .import --csv --skip 1 table.csv table');
    lines.push('-- (.import writes empty cells as empty text, not NULL: see docs/warehouse.md)');
  }
  return lines.join('\n');
}

/** One CSV cell of a value in the unit of its column kind (see schema.ts). */
export function csvCell(kind: ColumnKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'number':
      return String(value as number);
    case 'date':
      return isoDay(value as number);
    case 'timestamp':
      return isoTime(value as number);
    case 'boolean':
      return value === 1 || value === true ? 'true' : 'false';
    default: {
      const text = String(value);
      if (text.includes('\u0000')) {
        throw new WorkbenchError(
          'INVALID_PARAMS',
          `The value "${text.replaceAll('\u0000', '\\0')}" holds a NUL character, which databases cannot load: fix it in the source file and import it again.`,
          { value: text },
        );
      }
      return `"${text.replace(/"/g, '""')}"`;
    }
  }
}

const CHUNK = 1 << 20;

/** Streams the rows to file.part and renames it when complete; returns the number of rows. */
function writeTableCsv(db: Db, table: WarehouseTable, file: string): number {
  const part = `${file}.part`;
  const fd = fs.openSync(part, 'w');
  let rows = 0;
  try {
    let buffer = `${table.columns.map((c) => csvCell('text', c.name)).join(',')}\n`;
    const kinds = table.columns.map((c) => c.kind);
    for (const row of db.prepare(table.rowsSql).raw().iterate() as Iterable<unknown[]>) {
      buffer += `${row.map((v, i) => csvCell(kinds[i] as ColumnKind, v)).join(',')}\n`;
      rows += 1;
      if (buffer.length >= CHUNK) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    fs.writeSync(fd, buffer);
    fs.closeSync(fd);
    fs.renameSync(part, file);
    return rows;
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(part, { force: true });
    throw error;
  }
}

function writeText(file: string, text: string): void {
  fs.writeFileSync(`${file}.part`, text);
  fs.renameSync(`${file}.part`, file);
}
