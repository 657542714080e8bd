/**
 * Snapshots (issue 10 §3): for the project's as-of date when taken, every saved segment's members
 * and every scored customer's RFM segment (the project's saved RFM settings, else the defaults).
 * Taken right after each import commits (single file, linked set, append: ImportRunner calls
 * snapshotAfterImport) and on demand. Customers are kept as small stable numbers (snapshot_people), not as customers.id,
 * which an import that replaces the customers renumbers.
 */
import type { SnapshotInfo, SnapshotReason } from '../../../shared/contract/history.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { BatchInsert } from '../db/batchInsert.js';
import { type Db, openProjectFile } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { projectRfm } from '../rfm/compute.js';
import { memberIds } from '../segments/count.js';
import { storedSegment } from '../segments/store.js';

/** snapshot_rfm.rfm of a customer without a positive order before the date (not scored). */
export const UNSCORED = -1;

interface SnapshotRow {
  id: number;
  as_of: string;
  taken_at: string;
  reason: SnapshotReason;
  customers: number;
  rfm_names: string;
}

/** Takes a snapshot in one transaction. */
export function takeSnapshot(db: Db, reason: SnapshotReason, now: Date = new Date()): SnapshotInfo {
  const id = db.transaction(() => writeSnapshot(db, reason, now))();
  return snapshotInfo(db, id);
}

function writeSnapshot(db: Db, reason: SnapshotReason, now: Date): number {
  const takenAt = now.toISOString();
  const day = readAsOf(db).day;
  const date = day === null ? takenAt.slice(0, 10) : dayToIso(day);
  const person = personOfCustomer(db);
  const rfm = projectRfm(db);
  const customers = (db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;
  const id = Number(
    db
      .prepare('INSERT INTO snapshots (as_of, taken_at, reason, customers, rfm_names) VALUES (?, ?, ?, ?, ?)')
      .run(date, takenAt, reason, customers, JSON.stringify(rfm.model.table.names)).lastInsertRowid,
  );
  const scored = new Map<number, number>();
  rfm.population.ids.forEach((customer, i) => {
    scored.set(customer, rfm.segment[i] as number);
  });
  // One row for every customer of the project, so that a timeline knows who was there.
  const rfmRows = new BatchInsert(db, 'INSERT INTO snapshot_rfm (snapshot, person, rfm)', 3);
  for (const [customer, who] of person) {
    rfmRows.add(id);
    rfmRows.add(who);
    rfmRows.add(scored.get(customer) ?? UNSCORED);
    rfmRows.endRow();
  }
  rfmRows.flush();
  const segmentRow = db.prepare(
    'INSERT INTO snapshot_segments (snapshot, segment, name, customers) VALUES (?, ?, ?, ?)',
  );
  const memberRows = new BatchInsert(db, 'INSERT INTO snapshot_members (snapshot, segment, person)', 3);
  for (const segment of db.prepare('SELECT id FROM segments ORDER BY id').pluck().all() as number[]) {
    const found = membersOrNull(db, segment);
    // A rule that no longer compiles (a re-import dropped its field) has no members to keep;
    // it must not stop an import either.
    if (found === null) continue;
    segmentRow.run(id, segment, found.name, found.members.length);
    for (const customer of found.members) {
      memberRows.add(id);
      memberRows.add(segment);
      memberRows.add(person.get(customer) as number);
      memberRows.endRow();
    }
  }
  memberRows.flush();
  return id;
}

function membersOrNull(db: Db, id: number): { name: string; members: number[] } | null {
  try {
    const segment = storedSegment(db, id);
    return { name: segment.name, members: memberIds(db, segment.rule, { segmentId: id }) };
  } catch (error) {
    if (error instanceof WorkbenchError) return null;
    throw error;
  }
}

/** customers.id -> snapshot person, adding a person for every customer id seen for the first time. */
function personOfCustomer(db: Db): Map<number, number> {
  db.prepare(
    'INSERT OR IGNORE INTO snapshot_people (customer_key) SELECT customer_key FROM customers ORDER BY id',
  ).run();
  const rows = db
    .prepare('SELECT c.id, p.id FROM customers c JOIN snapshot_people p ON p.customer_key = c.customer_key')
    .raw()
    .all() as Array<[number, number]>;
  return new Map(rows);
}

export function listSnapshots(db: Db): SnapshotInfo[] {
  const ids = db.prepare('SELECT id FROM snapshots ORDER BY id').pluck().all() as number[];
  return ids.map((id) => snapshotInfo(db, id));
}

export function snapshotInfo(db: Db, id: number): SnapshotInfo {
  const row = db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as SnapshotRow | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `There is no snapshot with id ${id} in this project.`, { id });
  const names = rfmNames(row.rfm_names);
  const rfmCounts = db
    .prepare('SELECT rfm, COUNT(*) AS n FROM snapshot_rfm WHERE snapshot = ? AND rfm >= 0 GROUP BY rfm ORDER BY rfm')
    .raw()
    .all(id) as Array<[number, number]>;
  const segments = db
    .prepare('SELECT segment, name, customers FROM snapshot_segments WHERE snapshot = ? ORDER BY segment')
    .all(id) as SnapshotInfo['segments'];
  return {
    id: row.id,
    date: row.as_of,
    takenAt: row.taken_at,
    reason: row.reason,
    customers: row.customers,
    segments,
    rfm: rfmCounts.map(([code, customers]) => ({ name: names[code] ?? String(code), customers })),
  };
}

export function rfmNames(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * The snapshot of an import, right after it committed, on a connection of its own (the app's
 * connection may hold results cached from before the import), then any housekeeping on the same
 * connection once the snapshot has committed (the worker's: keptAfterImport.ts). The import itself
 * stands whatever happens here: a snapshot that cannot be taken is a missing point in the history,
 * not a failed import the user would have to repeat.
 */
export function snapshotAfterImport(projectPath: string, housekeeping?: (db: Db) => void): void {
  let db: Db | null = null;
  try {
    db = openProjectFile(projectPath);
    takeSnapshot(db, 'import');
  } catch {
    // Nothing to undo: takeSnapshot writes in one transaction.
  }
  try {
    if (db) housekeeping?.(db);
  } catch {
    // Housekeeping saves time and nothing more: each of its writes is a transaction of its own.
  } finally {
    db?.close();
  }
}
