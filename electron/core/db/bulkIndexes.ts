/**
 * Bulk loads with a table's indexes dropped and then rebuilt from their own SQL: SQLite builds
 * an index from sorted keys much faster than it updates it row by row. Inside the import's
 * transaction, so nobody ever sees the table without them.
 */
import type { Db } from './projectFile.js';

/** Drops the table's indexes; the returned function creates them again. */
export function dropIndexes(db: Db, table: string): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(table) as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}

export function withoutIndexes(db: Db, table: string, load: () => void): void {
  const restore = dropIndexes(db, table);
  load();
  restore();
}
