/** Reading snapshots back: one segment's size over time, and one customer's timeline. */
import type { SegmentSizePoint, SnapshotReason, TimelineEntry } from '../../../shared/contract/history.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { storedSegment } from '../segments/store.js';
import { rfmNames, UNSCORED } from './snapshots.js';

/** The segment's size at every snapshot that holds it (snapshots before it was saved do not). */
export function segmentSizes(db: Db, segment: number): SegmentSizePoint[] {
  storedSegment(db, segment);
  return db
    .prepare(
      `SELECT s.id AS snapshot, s.as_of AS date, s.taken_at AS takenAt, g.customers
       FROM snapshot_segments g JOIN snapshots s ON s.id = g.snapshot
       WHERE g.segment = ? ORDER BY s.id`,
    )
    .all(segment) as SegmentSizePoint[];
}

interface SnapshotRow {
  id: number;
  as_of: string;
  taken_at: string;
  reason: SnapshotReason;
  rfm_names: string;
  rfm: number | null;
}

/** Per snapshot, the oldest first: the saved segments the customer was in and their RFM segment. */
export function customerTimeline(db: Db, customerKey: string): TimelineEntry[] {
  const person = db.prepare('SELECT id FROM snapshot_people WHERE customer_key = ?').pluck().get(customerKey) as
    | number
    | undefined;
  const inProject = db.prepare('SELECT 1 FROM customers WHERE customer_key = ?').get(customerKey);
  if (person === undefined) {
    if (inProject) return [];
    throw new WorkbenchError('NOT_FOUND', `There is no customer "${customerKey}" in this project or its snapshots.`, {
      customer: customerKey,
    });
  }
  const snapshots = db
    .prepare(
      `SELECT s.id, s.as_of, s.taken_at, s.reason, s.rfm_names, r.rfm
       FROM snapshots s LEFT JOIN snapshot_rfm r ON r.snapshot = s.id AND r.person = ?
       ORDER BY s.id`,
    )
    .all(person) as SnapshotRow[];
  const memberships = db
    .prepare(
      `SELECT m.snapshot, m.segment, g.name FROM snapshot_members m
       JOIN snapshot_segments g ON g.snapshot = m.snapshot AND g.segment = m.segment
       WHERE m.person = ? ORDER BY m.snapshot, m.segment`,
    )
    .all(person) as Array<{ snapshot: number; segment: number; name: string }>;
  return snapshots.map((s) => ({
    snapshot: s.id,
    date: s.as_of,
    takenAt: s.taken_at,
    reason: s.reason,
    known: s.rfm !== null,
    segments: memberships.filter((m) => m.snapshot === s.id).map(({ segment, name }) => ({ segment, name })),
    rfm: s.rfm === null || s.rfm === UNSCORED ? null : (rfmNames(s.rfm_names)[s.rfm] ?? null),
  }));
}
