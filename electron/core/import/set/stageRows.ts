/**
 * The reading side of staging one file of a set: rows read, checked and converted into typed
 * column batches (numbers in Float64Arrays, text as one string with end offsets), ready for the
 * staging table's INSERTs. It touches no database, so it runs in a stage worker (stageWorker.ts)
 * while the import's thread inserts, or inline when the engine runs from its sources.
 * It imports nothing that loads zod (shared/errors): see parseWorker.ts.
 */

import { fieldTypeOf } from '../../../../shared/model/fieldTypeOf.js';
import type { ImportOptions, RejectReason } from '../../../../shared/model/import.js';
import { BrokenFile, brokenFileError } from '../brokenFile.js';
import { type RowReading, readRows } from '../parse/readRows.js';
import { MAX_AMOUNT } from '../parse/rowConverter.js';
import { parseBoolean } from '../values/boolean.js';
import { parseDate } from '../values/date.js';
import { parseNumber } from '../values/number.js';
import type { RejectEntry } from '../write/rejectLog.js';

/** How one file is read for staging; plain data, so that it can be handed to a worker. */
export interface StageReadSpec {
  path: string;
  name: string;
  options: ImportOptions;
  /** Source columns read as trimmed text whatever their inferred type (keys). */
  textColumns: readonly number[];
  /** Source columns a row cannot do without, and the reason it is rejected for when one is empty. */
  required: ReadonlyArray<{ index: number; reason: RejectReason }>;
  /** Source columns a link joins on (text columns): their distinct values are kept, see StageEnd.keys. */
  linkColumns: readonly number[];
}

/** A column of a batch: numbers (NaN = empty), or text (an empty value = empty cell). */
export type StageColumn = { kind: 'number'; values: Float64Array } | { kind: 'text'; text: string; ends: Uint32Array };

/** Rows of a file that passed the checks, column by column; `lines` are their line numbers. */
export interface StageBatch {
  rows: number;
  lines: Float64Array;
  columns: StageColumn[];
}

export interface StageEnd {
  rowsRead: number;
  rowsStaged: number;
  sha256: string;
  bytes: number;
  aborted: boolean;
  rejects: RejectEntry[];
  /**
   * Per link column, each distinct staged value with the line it first appears on (in line order):
   * the link counts are read from these (linkCounts.ts) instead of from the staging tables.
   */
  keys: Map<number, Map<string, number>>;
}

type Parser = ((text: string) => number) | null;

/** Reads the file; onBatch gets each chunk's staged rows. done rejects with an IMPORT_FAILED look-alike on a broken file. */
export function readStageRows(
  spec: StageReadSpec,
  onBatch: (batch: StageBatch) => void,
  isCancelled: () => boolean,
): { reading: RowReading; done: Promise<StageEnd> } {
  const { options } = spec;
  const width = options.columns.length;
  const textColumns = new Set(spec.textColumns);
  const parsers: Parser[] = options.columns.map((c) => parserFor(c.index, textColumns, options));
  const money = options.columns.map((c) => c.role === 'amount' || c.role === 'quantity' || c.role === 'unit_price');
  const keys = new Map<number, Map<string, number>>();
  for (const c of spec.linkColumns) keys.set(c, new Map());
  const keyed = [...keys.entries()];
  const rejects: RejectEntry[] = [];
  const numbers = new Float64Array(width);
  const texts: string[] = new Array(width).fill('');
  let line = 0;
  let rowsRead = 0;
  let staged = 0;
  let header = options.hasHeader;
  const reject = (reason: RejectReason, column: string | null, value: string | null, row: string[]) =>
    rejects.push({ line, reason, column, value, raw: row.join(options.delimiter) });

  /** Converts one row into `numbers` / `texts`; false when it is rejected. */
  const convert = (row: string[]): boolean => {
    if (row.length !== width) {
      reject('wrong_field_count', null, `${row.length} of ${width} fields`, row);
      return false;
    }
    for (const { index, reason } of spec.required) {
      if ((row[index] as string).trim() === '') {
        reject(reason, options.columns[index]?.header ?? null, null, row);
        return false;
      }
    }
    for (let c = 0; c < width; c += 1) {
      const text = (row[c] as string).trim();
      const parse = parsers[c] as Parser;
      if (parse === null) {
        texts[c] = text;
        continue;
      }
      if (text === '') {
        numbers[c] = Number.NaN;
        continue;
      }
      const value = parse(text);
      if (!(Number.isFinite(value) && (!money[c] || Math.abs(value) <= MAX_AMOUNT))) {
        const plan = options.columns[c];
        const why: RejectReason = Number.isNaN(value)
          ? plan && fieldTypeOf(plan.type) === 'date'
            ? 'bad_date'
            : 'bad_number'
          : 'number_too_large';
        reject(why, plan?.header ?? null, text, row);
        return false;
      }
      numbers[c] = value;
    }
    return true;
  };

  const reading = readRows({
    path: spec.path,
    encoding: options.encoding,
    delimiter: options.delimiter,
    onBytes() {},
    onRows(rows) {
      if (isCancelled()) return false;
      const batch = newBatch(parsers, rows.length);
      const text = parsers.map(() => [] as string[]);
      for (const row of rows) {
        line += 1;
        if (header) {
          header = false;
          continue;
        }
        rowsRead += 1;
        if (!convert(row)) continue;
        const r = batch.rows++;
        batch.lines[r] = line;
        for (let c = 0; c < width; c += 1) {
          const column = batch.columns[c] as StageColumn;
          if (column.kind === 'number') column.values[r] = numbers[c] as number;
          else {
            const value = texts[c] as string;
            (text[c] as string[]).push(value);
            column.ends[r] = (r === 0 ? 0 : (column.ends[r - 1] as number)) + value.length;
          }
        }
        for (const [c, seen] of keyed) {
          const key = texts[c] as string;
          if (key !== '' && !seen.has(key)) seen.set(key, line);
        }
        staged += 1;
      }
      batch.columns.forEach((column, c) => {
        if (column.kind === 'text') column.text = (text[c] as string[]).join('');
      });
      if (batch.rows > 0) onBatch(batch);
      return true;
    },
  });
  const done = reading.done.then(
    (result) => ({ rowsRead, rowsStaged: staged, ...result, rejects, keys }),
    (error: unknown) => {
      if (error instanceof BrokenFile) throw brokenFileError(error.problem, spec.path, line + 1);
      throw error;
    },
  );
  return { reading, done };
}

function newBatch(parsers: readonly Parser[], capacity: number): StageBatch {
  return {
    rows: 0,
    lines: new Float64Array(capacity),
    columns: parsers.map((p) =>
      p === null
        ? { kind: 'text', text: '', ends: new Uint32Array(capacity) }
        : { kind: 'number', values: new Float64Array(capacity) },
    ),
  };
}

/** null: the column is staged as its trimmed text. */
function parserFor(index: number, textColumns: ReadonlySet<number>, options: ImportOptions): Parser {
  const plan = options.columns[index];
  if (!plan || textColumns.has(index)) return null;
  switch (fieldTypeOf(plan.type)) {
    case 'number':
      return (t) => parseNumber(t, options.decimal);
    case 'date':
      return (t) => parseDate(t, options.dateOrder);
    case 'boolean':
      return (t) => parseBoolean(t);
    default:
      return null;
  }
}
