/**
 * BEGIN IMMEDIATE ... COMMIT around async work, keeping the error that stopped it. SQLite rolls a
 * transaction back by itself on some errors (a full disk, SQLITE_FULL): a ROLLBACK then fails with
 * "cannot rollback - no transaction is active", which must not hide the real cause.
 */
import type { Db } from './projectFile.js';

export async function runInTransaction<T>(db: Db, work: () => Promise<T> | T): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    rollbackQuietly(db);
    throw error;
  }
}

function rollbackQuietly(db: Db): void {
  if (!db.inTransaction) return;
  try {
    db.exec('ROLLBACK');
  } catch {
    // The first error is what happened; a failed ROLLBACK leaves SQLite to undo the journal on next open.
  }
}
