/**
 * Records the datasets of a set (one per file, sharing one import_set), their rejected rows, and
 * the rows of products, payments, reviews and lookup files in typed tables of their own
 * (dataset_rows_<id>, columns c1, c2, ... named in the dataset's options, never after headers).
 */

import { fieldTypeOf } from '../../../../shared/model/fieldTypeOf.js';
import type { SetFileReport } from '../../../../shared/model/importSet.js';
import type { DatasetKind } from '../../../../shared/model/roles.js';
import type { Db } from '../../db/projectFile.js';
import { sqlType } from '../layout.js';
import { type RejectEntry, RejectLog } from '../write/rejectLog.js';
import type { StagedRef } from './setLayout.js';
import { type StagedFile, stageColumn } from './stageFile.js';

const OWN_ROWS: readonly DatasetKind[] = ['products', 'payments', 'reviews', 'lookup'];

export function saveDatasets(
  db: Db,
  refs: readonly StagedRef[],
  staged: ReadonlyMap<StagedRef, StagedFile>,
  extra: ReadonlyMap<StagedRef, readonly RejectEntry[]>,
): SetFileReport[] {
  let importSet: number | null = null;
  const insert = db.prepare(
    `INSERT INTO datasets (kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported, rows_rejected,
       options, report, import_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`,
  );
  const now = new Date().toISOString();
  return refs.map((ref) => {
    const file = staged.get(ref) as StagedFile;
    const more = extra.get(ref) ?? [];
    const log = RejectLog.fromEntries([...file.rejects, ...more].sort((a, b) => a.line - b.line));
    const imported = file.rowsStaged - more.length;
    const columns = ref.file.preview.options.columns.map((c) => ({
      column: `c${c.index + 1}`,
      header: c.header,
      type: fieldTypeOf(c.type),
      role: c.role,
    }));
    const options = JSON.stringify({ ...ref.file.preview.options, kind: ref.file.kind, stored: columns });
    const info = insert.run(
      ref.file.kind,
      ref.file.name,
      file.bytes,
      file.sha256,
      now,
      file.rowsRead,
      imported,
      log.total,
      options,
      importSet,
    );
    const id = Number(info.lastInsertRowid);
    if (importSet === null) {
      importSet = id;
      db.prepare('UPDATE datasets SET import_set = ? WHERE id = ?').run(id, id);
    }
    log.save(db, id);
    if (OWN_ROWS.includes(ref.file.kind)) saveOwnRows(db, ref, id, columns);
    const report: SetFileReport = {
      datasetId: id,
      file: ref.file.name,
      kind: ref.file.kind,
      rowsRead: file.rowsRead,
      rowsImported: imported,
      rowsRejected: log.total,
      rejected: log.summary(),
    };
    db.prepare('UPDATE datasets SET report = ? WHERE id = ?').run(JSON.stringify(report), id);
    return report;
  });
}

function saveOwnRows(
  db: Db,
  ref: StagedRef,
  id: number,
  columns: ReadonlyArray<{ column: string; type: ReturnType<typeof fieldTypeOf> }>,
): void {
  const table = `dataset_rows_${id}`;
  const indexes = ref.file.preview.options.columns.map((c) => c.index);
  // Products and lookups keep their first row per key (see setAssembly), the others every row.
  const source = ref.file.kind === 'products' || ref.file.kind === 'lookup' ? `${ref.table}_first` : ref.table;
  db.exec(
    `CREATE TABLE ${table} (line INTEGER NOT NULL${columns.map((c) => `, ${c.column} ${sqlType(c.type)}`).join('')})`,
  );
  db.exec(
    `INSERT INTO ${table} (line${columns.map((c) => `, ${c.column}`).join('')})
     SELECT line${indexes.map((i) => `, ${stageColumn(i)}`).join('')} FROM temp.${source} ORDER BY line`,
  );
  db.prepare('UPDATE datasets SET rows_table = ? WHERE id = ?').run(table, id);
}
