/**
 * The import history of a project: before an import changes anything, the data tables are kept
 * as they were (inside the same transaction, so a failed import keeps nothing), and "undo import"
 * puts them back exactly. The copies stay in the project file until the user clears the history.
 *
 * A table the import is about to drop and rebuild whole (the order lines when orders are replaced)
 * is renamed instead of copied: keeping a million lines then costs nothing.
 */
import type { ImportHistoryEntry } from '../../../shared/contract/datasets.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { DatasetKind } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import {
  DATA_META_KEYS,
  dataTables,
  HISTORY_PREFIX,
  OWN_IMPORT_ONLY,
  quoteName,
  type TableSchema,
} from './dataTables.js';

export type HistoryEntry = ImportHistoryEntry;

interface KeptFile {
  file: string;
  kind: DatasetKind;
}

interface StoredEntry {
  id: number;
  at: string;
  label: string;
  files: string;
  schema_version: number;
  tables: string;
  meta: string;
}

interface KeptTable extends TableSchema {
  /** true: the table itself was renamed rather than copied. */
  moved: boolean;
}

/**
 * Keeps the data as it is now, before an import labelled `label` changes it. Call inside the
 * import's transaction. `moving`: data tables the import drops and recreates whole.
 */
export function keepBeforeImport(db: Db, files: readonly KeptFile[], moving: readonly string[] = []): HistoryEntry {
  const at = new Date().toISOString();
  const label = files.map((f) => `${f.file} (${f.kind})`).join(', ');
  const id = Number(
    db
      .prepare(
        "INSERT INTO import_history (at, label, files, schema_version, tables, meta) VALUES (?, ?, ?, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'), '[]', '{}')",
      )
      .run(at, label, JSON.stringify(files)).lastInsertRowid,
  );
  const kept: KeptTable[] = [];
  for (const table of dataTables(db)) {
    if (OWN_IMPORT_ONLY.has(table.name) && !moving.includes(table.name)) continue;
    const copy = quoteName(historyName(id, table.name));
    if (moving.includes(table.name)) {
      for (const index of indexNames(db, table.name)) db.exec(`DROP INDEX ${quoteName(index)}`);
      db.exec(`ALTER TABLE ${quoteName(table.name)} RENAME TO ${copy}`);
      db.exec(table.sql);
      for (const index of table.indexes) db.exec(index);
      kept.push({ ...table, moved: true });
    } else {
      db.exec(`CREATE TABLE ${copy} AS SELECT * FROM ${quoteName(table.name)}`);
      kept.push({ ...table, moved: false });
    }
  }
  const meta = Object.fromEntries(
    (
      db
        .prepare(`SELECT key, value FROM meta WHERE key IN (${DATA_META_KEYS.map(() => '?').join(', ')})`)
        .all(...DATA_META_KEYS) as Array<{ key: string; value: string }>
    ).map((r) => [r.key, r.value]),
  );
  db.prepare('UPDATE import_history SET tables = ?, meta = ? WHERE id = ?').run(
    JSON.stringify(kept),
    JSON.stringify(meta),
    id,
  );
  return { id, at, label, files: [...files] };
}

/** The imports that can be undone, latest first. */
export function listHistory(db: Db): HistoryEntry[] {
  return (db.prepare('SELECT id, at, label, files FROM import_history ORDER BY id DESC').all() as StoredEntry[]).map(
    entryOf,
  );
}

function entryOf(row: Pick<StoredEntry, 'id' | 'at' | 'label' | 'files'>): HistoryEntry {
  return { id: row.id, at: row.at, label: row.label, files: JSON.parse(row.files) as KeptFile[] };
}

/**
 * Puts the data back as it was before the latest import and forgets that import. Segments,
 * settings and the rest of the user's work are not touched. Runs in its own transaction.
 */
export function undoLastImport(db: Db): HistoryEntry {
  const entry = db.prepare('SELECT * FROM import_history ORDER BY id DESC LIMIT 1').get() as StoredEntry | undefined;
  if (!entry) throw new WorkbenchError('NOT_FOUND', 'There is no import to undo in this project.');
  const version = Number(
    (db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string }).value,
  );
  if (entry.schema_version !== version) {
    throw new WorkbenchError(
      'CANNOT_UNDO',
      `The import "${entry.label}" was made by an earlier version of Segment Workbench and cannot be undone in this one.`,
    );
  }
  const kept = JSON.parse(entry.tables) as KeptTable[];
  const meta = JSON.parse(entry.meta) as Record<string, string>;
  db.transaction(() => {
    // Children and parents are dropped and refilled in one go: check the links at COMMIT only.
    db.pragma('defer_foreign_keys = ON');
    // A table only its own import writes, and not kept by this one, was not changed by it.
    const current = dataTables(db)
      .map((t) => t.name)
      .filter((name) => !OWN_IMPORT_ONLY.has(name) || kept.some((k) => k.name === name));
    for (const name of childrenFirst(db, current)) db.exec(`DROP TABLE ${quoteName(name)}`);
    // Every table exists before any is filled: a child's rows need their parent table to check against.
    for (const table of kept) db.exec(table.sql);
    for (const table of kept) {
      // Copied back even when it was moved: renaming it back would leave SQLite's rewritten
      // (quoted) CREATE statement instead of the original one.
      const copy = quoteName(historyName(entry.id, table.name));
      db.exec(`INSERT INTO ${quoteName(table.name)} SELECT * FROM ${copy}`);
      db.exec(`DROP TABLE ${copy}`);
      for (const index of table.indexes) db.exec(index);
    }
    const deleteMeta = db.prepare('DELETE FROM meta WHERE key = ?');
    const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    for (const key of DATA_META_KEYS) {
      deleteMeta.run(key);
      const value = meta[key];
      if (value !== undefined) setMeta.run(key, value);
    }
    db.prepare('DELETE FROM import_history WHERE id = ?').run(entry.id);
  })();
  return entryOf(entry);
}

/** Forgets every kept state: the imports so far can no longer be undone. Returns how many were kept. */
export function clearHistory(db: Db): number {
  return db.transaction(() => {
    const tables = db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'")
      .all(`${HISTORY_PREFIX.replace(/_/g, '\\_')}%`) as Array<{ name: string }>;
    for (const t of tables) db.exec(`DROP TABLE ${quoteName(t.name)}`);
    return db.prepare('DELETE FROM import_history').run().changes;
  })();
}

/**
 * The tables in an order that drops a table only once no other left references it: dropping a
 * parent first makes SQLite's implicit DELETE of a child's rows fail ("no such table").
 */
function childrenFirst(db: Db, names: readonly string[]): string[] {
  const parents = new Map(
    names.map((name) => [
      name,
      new Set(
        (db.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?)').all(name) as Array<{ parent: string }>)
          .map((r) => r.parent)
          .filter((parent) => parent !== name),
      ),
    ]),
  );
  const order: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const free = [...left].filter((name) => ![...left].some((other) => parents.get(other)?.has(name)));
    // A cycle of references (none exists today) is dropped as it comes rather than looping forever.
    const next = free.length > 0 ? free : [...left];
    for (const name of next) {
      order.push(name);
      left.delete(name);
    }
  }
  return order;
}

function historyName(id: number, table: string): string {
  return `${HISTORY_PREFIX}${id}_${table}`;
}

function indexNames(db: Db, table: string): string[] {
  return (
    db
      .prepare("SELECT name FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
      .all(table) as Array<{ name: string }>
  ).map((r) => r.name);
}
