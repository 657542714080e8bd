/**
 * Per-customer columns and segment memberships kept in the project file as BLOBs (the bytes of a
 * typed array), tagged with the data's persistent version (dataStamp.ts): reading 8 MB of bytes
 * takes milliseconds where reading a million rows out of SQLite takes a second, and evaluating
 * saved segments' rules over every customer takes seconds. An entry of another version is never
 * served, and is deleted by the next write. Writes are one transaction (the file is never left
 * half-written) and are skipped when the project is open read-only, locked by another writer, or
 * the disk is full: the cache only ever saves time, it never stops a view.
 */
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { dataStamp } from './dataStamp.js';

const TABLE = 'column_cache';
/** Memberships kept at most: 125 KB each at a million customers. */
export const MAX_MEMBERSHIPS = 256;
/** Members of single orders or events conditions of live counts (segments/leaves/), kept at most. */
export const MAX_LEAVES = 256;
/** Customers' fields as columns (customerColumns.ts): 8 MB each at a million customers. */
export const MAX_FIELD_COLUMNS = 64;
/** Order fields as columns over the lines (lineColumns.ts): 8 MB each at a million lines. */
export const MAX_LINE_FIELD_COLUMNS = 32;
/** Names under a prefix grow with every rule tried: the oldest go past the prefix's bound. */
const BOUNDED: ReadonlyArray<[prefix: string, max: number]> = [
  ['member/', MAX_MEMBERSHIPS],
  ['leaf/', MAX_LEAVES],
  ['col/', MAX_FIELD_COLUMNS],
  ['lcol/', MAX_LINE_FIELD_COLUMNS],
];

export interface StoredColumn {
  name: string;
  bytes: Uint8Array;
}

/** The bytes kept under `name` for the current data, or null. */
export function readColumn(db: Db, name: string): Buffer | null {
  if (!hasTable(db)) return null;
  const row = db.prepare(`SELECT bytes FROM ${TABLE} WHERE name = ? AND stamp = ?`).pluck().get(name, dataStamp(db));
  return row instanceof Buffer ? row : null;
}

/** Keeps the columns for the current data, dropping every entry of an older version; false when skipped. */
export function writeColumns(db: Db, columns: readonly StoredColumn[]): boolean {
  // Inside a caller's transaction (an import, a new as-of date) the data is still changing: an
  // entry written now would carry a version that is not the committed one.
  if (db.readonly || db.inTransaction || columns.length === 0) return false;
  const stamp = dataStamp(db);
  // A writer elsewhere (an import running in a worker) holds the file: skip at once rather than
  // keep the view waiting for the lock.
  const waited = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    DataCache.of(db).ownWrite(() =>
      db.transaction(() => {
        db.exec(
          `CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, stamp TEXT NOT NULL, bytes BLOB NOT NULL)`,
        );
        db.prepare(`DELETE FROM ${TABLE} WHERE stamp <> ?`).run(stamp);
        const put = db.prepare(`INSERT OR REPLACE INTO ${TABLE} (name, stamp, bytes) VALUES (?, ?, ?)`);
        for (const column of columns) put.run(column.name, stamp, column.bytes);
        // Rules compared without being saved are kept too: the oldest memberships go past a bound
        // (a replaced row takes a new rowid, so rowid order is the order of writing).
        const trim = db.prepare(
          `DELETE FROM ${TABLE} WHERE rowid IN (SELECT rowid FROM ${TABLE} WHERE name LIKE ? || '%'
             ORDER BY rowid DESC LIMIT -1 OFFSET ?)`,
        );
        for (const [prefix, max] of BOUNDED) trim.run(prefix, max);
      })(),
    );
    return true;
  } catch (error) {
    if (isSkippable(error)) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${Number(waited)}`);
  }
}

/** The bytes of a typed array, without a copy. */
export function bytesOf(array: Float64Array | Int32Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

type TypedArrayOf<T> = new (buffer: ArrayBufferLike, byteOffset?: number, length?: number) => T;

/**
 * A typed array over the bytes: a view when the Buffer's offset is aligned (a large blob has a
 * memory of its own; 24 MB of order lines copied cost 20-30 ms of a first count), else a copy.
 */
function typedOf<T>(kind: TypedArrayOf<T> & { BYTES_PER_ELEMENT: number }, bytes: Buffer): T {
  const size = kind.BYTES_PER_ELEMENT;
  // A length that is no whole number of elements is cut short: the callers check lengths.
  const length = Math.floor(bytes.byteLength / size);
  if (bytes.byteOffset % size === 0) return new kind(bytes.buffer, bytes.byteOffset, length);
  return new kind(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + length * size));
}

export function float64Of(bytes: Buffer): Float64Array {
  return typedOf(Float64Array, bytes);
}

export function uint32Of(bytes: Buffer): Uint32Array {
  return typedOf(Uint32Array, bytes);
}

export function int32Of(bytes: Buffer): Int32Array {
  return typedOf(Int32Array, bytes);
}

function hasTable(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = '${TABLE}'`).get() !== undefined;
}

/** Where the file lies or who else holds it, not a fault of the data: the view goes on without the cache. */
function isSkippable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|PERM|CANTOPEN)/.test(code);
}

/**
 * Float64 columns kept under `names` for the current data: read when all are there (and of the
 * lengths `valid` accepts), else computed and kept (when the project can be written).
 */
export function keptFloat64Columns(
  db: Db,
  names: readonly string[],
  compute: () => Float64Array[],
  valid: (columns: readonly Float64Array[]) => boolean = () => true,
): Float64Array[] {
  const bytes = names.map((name) => readColumn(db, name));
  if (bytes.every((b) => b !== null)) {
    const columns = bytes.map((b) => float64Of(b as Buffer));
    if (valid(columns)) return columns;
  }
  const columns = compute();
  writeColumns(
    db,
    names.map((name, i) => ({ name, bytes: bytesOf(columns[i] as Float64Array) })),
  );
  return columns;
}
