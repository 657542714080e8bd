/**
 * Reads one file of a set into a staging table (temp.stage_N, one typed column vN per source
 * column, plus its line), inside the import's transaction. The set is then assembled from these
 * tables with joins in SQL. Key columns are kept as trimmed text, so that "00042" stays "00042"
 * and equal keys compare equal whatever their file called them.
 */
import { WorkbenchError } from '../../../../shared/errors.js';
import type { ImportOptions, RejectReason } from '../../../../shared/model/import.js';
import { fieldTypeOf } from '../../../../shared/model/roles.js';
import { BatchInsert } from '../../db/batchInsert.js';
import type { Db } from '../../db/projectFile.js';
import { BrokenFile, brokenFileError } from '../brokenFile.js';
import { sqlType } from '../layout.js';
import { readRows } from '../parse/readRows.js';
import { MAX_AMOUNT } from '../parse/rowConverter.js';
import { parseBoolean } from '../values/boolean.js';
import { parseDate } from '../values/date.js';
import { parseNumber } from '../values/number.js';
import type { RejectEntry } from '../write/rejectLog.js';

export interface StageSpec {
  table: string;
  path: string;
  name: string;
  options: ImportOptions;
  /** Source columns read as trimmed text whatever their inferred type (keys). */
  textColumns: ReadonlySet<number>;
  /** Source columns a row cannot do without, and the reason it is rejected for when one is empty. */
  required: ReadonlyArray<{ index: number; reason: RejectReason }>;
  /** Source columns a link joins on (text columns): their distinct values are kept, see StagedFile.keys. */
  linkColumns: ReadonlySet<number>;
  isCancelled(): boolean;
}

export interface StagedFile {
  rowsRead: number;
  rowsStaged: number;
  sha256: string;
  bytes: number;
  rejects: RejectEntry[];
  /**
   * Per link column, each distinct staged value with the line it first appears on (in line order):
   * the link counts are read from these instead of from the staging tables (linkCounts.ts), which
   * took a B-tree of every distinct key and an index on the target per link.
   */
  keys: Map<number, Map<string, number>>;
}

type Parser = (text: string) => number | string;

/** The name of a source column's staging column. */
export function stageColumn(index: number): string {
  return `v${index}`;
}

export async function stageFile(db: Db, spec: StageSpec): Promise<StagedFile> {
  const { options } = spec;
  const width = options.columns.length;
  const parsers: Parser[] = options.columns.map((c) => parserFor(c.index, spec, options));
  const types = options.columns.map((c) => (spec.textColumns.has(c.index) ? 'TEXT' : sqlType(fieldTypeOf(c.type))));
  const columns = options.columns.map((c, i) => `${stageColumn(c.index)} ${types[i]}`);
  db.exec(`DROP TABLE IF EXISTS temp.${spec.table}`);
  // The line is the rowid: the assembly joins on it and reads in its order, which then needs no index and no sort.
  db.exec(`CREATE TEMP TABLE ${spec.table} (line INTEGER PRIMARY KEY, ${columns.join(', ')})`);
  const insert = new BatchInsert(
    db,
    `INSERT INTO temp.${spec.table} (line, ${options.columns.map((c) => stageColumn(c.index)).join(', ')})`,
    width + 1,
  );
  const rejects: RejectEntry[] = [];
  let line = 0;
  let rowsRead = 0;
  let staged = 0;
  let header = options.hasHeader;
  const values: Array<number | string | null> = new Array(width).fill(null);
  const keys = new Map<number, Map<string, number>>();
  for (const c of spec.linkColumns) keys.set(c, new Map());
  const keyed = [...keys.entries()];
  const money = options.columns.map((c) => c.role === 'amount' || c.role === 'quantity' || c.role === 'unit_price');
  const reject = (reason: RejectReason, column: string | null, value: string | null, row: string[]) =>
    rejects.push({ line, reason, column, value, raw: row.join(options.delimiter) });

  const convert = (row: string[]): void => {
    if (row.length !== width) {
      reject('wrong_field_count', null, `${row.length} of ${width} fields`, row);
      return;
    }
    for (const { index, reason } of spec.required) {
      if ((row[index] as string).trim() === '') {
        reject(reason, options.columns[index]?.header ?? null, null, row);
        return;
      }
    }
    for (let c = 0; c < width; c += 1) {
      const text = (row[c] as string).trim();
      if (text === '') {
        values[c] = null;
        continue;
      }
      const value = (parsers[c] as Parser)(text);
      if (typeof value === 'number' && !(Number.isFinite(value) && (!money[c] || Math.abs(value) <= MAX_AMOUNT))) {
        const plan = options.columns[c];
        const why: RejectReason = Number.isNaN(value)
          ? plan && fieldTypeOf(plan.type) === 'date'
            ? 'bad_date'
            : 'bad_number'
          : 'number_too_large';
        reject(why, plan?.header ?? null, text, row);
        return;
      }
      values[c] = value;
    }
    insert.add(line);
    for (let c = 0; c < width; c += 1) insert.add(values[c] as number | string | null);
    insert.endRow();
    for (const [c, seen] of keyed) {
      const key = values[c];
      if (typeof key === 'string' && !seen.has(key)) seen.set(key, line);
    }
    staged += 1;
  };

  const reading = readRows({
    path: spec.path,
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes() {},
    onRows(rows) {
      if (spec.isCancelled()) return false;
      for (const row of rows) {
        line += 1;
        if (header) {
          header = false;
          continue;
        }
        rowsRead += 1;
        convert(row);
      }
      return true;
    },
  });
  let result: Awaited<typeof reading.done>;
  try {
    result = await reading.done;
  } catch (error) {
    if (error instanceof BrokenFile) {
      const broken = brokenFileError(error.problem, spec.path, line + 1);
      throw new WorkbenchError('IMPORT_FAILED', broken.message, broken.details);
    }
    throw error;
  }
  insert.flush();
  if (result.aborted || spec.isCancelled()) {
    throw new WorkbenchError('CANCELLED', `Import of ${spec.name} cancelled: the project is unchanged.`, {
      file: spec.path,
    });
  }
  return { rowsRead, rowsStaged: staged, sha256: result.sha256, bytes: result.bytes, rejects, keys };
}

function parserFor(index: number, spec: StageSpec, options: ImportOptions): Parser {
  const plan = options.columns[index];
  if (!plan || spec.textColumns.has(index)) return (t) => t;
  switch (fieldTypeOf(plan.type)) {
    case 'number':
      return (t) => parseNumber(t, options.decimal);
    case 'date':
      return (t) => parseDate(t, options.dateOrder);
    case 'boolean':
      return (t) => parseBoolean(t);
    default:
      return (t) => t;
  }
}
