/**
 * The name a dataset copied from a database keeps as its source: the database as shown (the
 * password masked, see sourceUrl.ts) and the table, e.g. "postgresql://analyst:***@db/shop table
 * orders", instead of the temporary CSV the import read. It is what the datasets list, undo and
 * the "already has orders from ..." question name, so it is written in one form, not translated.
 */
import type { Db } from '../db/projectFile.js';

export function databaseTableName(database: string, table: string): string {
  return `${database} table ${table}`;
}

/** Renames the dataset's source in its row and in its kept report (file, and files[0] of a set). */
export function nameDatasetSource(db: Db, datasetId: number, name: string): void {
  db.prepare(
    `UPDATE datasets SET file_name = @name,
       report = CASE WHEN json_valid(report) THEN
         CASE WHEN json_type(report, '$.files[0].file') IS NOT NULL
           THEN json_set(report, '$.file', @name, '$.files[0].file', @name)
           ELSE json_set(report, '$.file', @name) END
       ELSE report END
     WHERE id = @id`,
  ).run({ name, id: datasetId });
}
