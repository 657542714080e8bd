/**
 * Whether a segment was last evaluated on data since replaced or too long ago. A segment is
 * evaluated when it is saved (the user sees its counts) and at every snapshot holding it; the
 * data is replaced by an import (the latest dataset's time: an undone import no longer counts).
 */
import { DEFAULT_STALE_DAYS, type Staleness } from '../../../shared/contract/history.js';
import type { Db } from '../db/projectFile.js';
import { storedSegment } from '../segments/store.js';

const DAY_MS = 86_400_000;

export function readStaleDays(db: Db): number {
  const value = db.prepare("SELECT value FROM meta WHERE key = 'stale_days'").pluck().get() as string | undefined;
  const days = Number(value);
  return value !== undefined && Number.isInteger(days) && days >= 1 ? days : DEFAULT_STALE_DAYS;
}

export function writeStaleDays(db: Db, days: number): { staleDays: number } {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('stale_days', ?)").run(String(days));
  return { staleDays: days };
}

export function staleness(db: Db, segment: number, now: Date = new Date()): Staleness {
  const saved = storedSegment(db, segment).updatedAt;
  const snapshot = db
    .prepare(
      `SELECT MAX(s.taken_at) FROM snapshots s JOIN snapshot_segments g ON g.snapshot = s.id WHERE g.segment = ?`,
    )
    .pluck()
    .get(segment) as string | null;
  const bySnapshot = snapshot !== null && snapshot > saved;
  const evaluatedAt = bySnapshot ? snapshot : saved;
  const lastImport = db.prepare('SELECT MAX(imported_at) FROM datasets').pluck().get() as string | null;
  const staleDays = readStaleDays(db);
  const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(evaluatedAt)) / DAY_MS));
  return {
    segment,
    evaluatedAt,
    evaluatedBy: bySnapshot ? 'snapshot' : 'saved',
    replacedAt: lastImport !== null && lastImport > evaluatedAt ? lastImport : null,
    ageDays,
    staleDays,
    old: ageDays > staleDays,
  };
}
