/** The summary of an open project that clients show (name, counts, datasets, as-of date). */
import type { DatasetInfo, ProjectInfo } from '../../../shared/api.js';
import type { DatasetKind } from '../../../shared/model/roles.js';
import type { OpenProject } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { projectName } from './recent.js';

export function projectInfo(project: OpenProject): ProjectInfo {
  const { db } = project;
  const meta = new Map(
    (db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const asOf = readAsOf(db);
  const datasets = (
    db
      .prepare(
        `SELECT id, kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported, rows_rejected
         FROM datasets ORDER BY id`,
      )
      .all() as Array<{
      id: number;
      kind: DatasetKind;
      file_name: string;
      file_size: number;
      sha256: string;
      imported_at: string;
      rows_read: number;
      rows_imported: number;
      rows_rejected: number;
    }>
  ).map(
    (d): DatasetInfo => ({
      id: d.id,
      kind: d.kind,
      fileName: d.file_name,
      fileSize: d.file_size,
      sha256: d.sha256,
      importedAt: d.imported_at,
      rowsRead: d.rows_read,
      rowsImported: d.rows_imported,
      rowsRejected: d.rows_rejected,
    }),
  );
  return {
    path: project.path,
    name: projectName(project.path),
    schemaVersion: Number(meta.get('schema_version')),
    createdAt: meta.get('created_at') ?? '',
    customers: count('SELECT COUNT(*) AS n FROM customers'),
    orderLines: count('SELECT COUNT(*) AS n FROM order_lines'),
    orders: count('SELECT COUNT(*) AS n FROM order_keys'),
    revenue: Math.round(count('SELECT TOTAL(monetary) AS n FROM customer_metrics') * 1e6) / 1e6 + 0,
    asOf: asOf.day === null ? null : dayToIso(asOf.day),
    asOfIsSet: asOf.isSet,
    datasets,
  };
}
