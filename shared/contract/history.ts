/**
 * Contract of history (issue 10 §3): snapshots of every saved segment's members and every
 * customer's RFM segment, a segment's size over time, a customer's timeline, every saved version
 * of a segment's rule, and whether a segment was last evaluated on data since replaced or too long
 * ago. Merged into shared/api.ts.
 */
import { z } from 'zod';
import { RowId } from './common.js';
import type { SegmentInfo } from './segments.js';

/** Why a snapshot was taken: by an import (inside it), or because the user asked. */
export type SnapshotReason = 'import' | 'manual';

/** The most days a segment may go unevaluated before the banner says so. */
export const MAX_STALE_DAYS = 3650;
export const DEFAULT_STALE_DAYS = 30;

export const historyMethods = {
  /** Every snapshot, the oldest first. */
  'history/snapshots': z.object({}).strict(),
  /** Takes a snapshot now, for the project's as-of date. */
  'history/takeSnapshot': z.object({}).strict(),
  /** One saved segment's size at each snapshot that holds it, the oldest first. */
  'history/segmentSizes': z.object({ segment: RowId }).strict(),
  /** One customer (the client's id) at each snapshot: the saved segments they were in and their RFM segment. */
  'history/customerTimeline': z.object({ customer: z.string().min(1).max(500) }).strict(),
  /** Every saved rule of a segment, the newest first. */
  'history/versions': z.object({ segment: RowId }).strict(),
  /** Saves an old version's rule as the segment's current rule (itself a new version). */
  'history/restoreVersion': z.object({ segment: RowId, version: RowId }).strict(),
  /** When the segment was last evaluated, and whether that was on data since replaced or too long ago. */
  'history/staleness': z.object({ segment: RowId }).strict(),
  /** The number of days after which a segment's last evaluation counts as too old (a project setting). */
  'history/setStaleDays': z.object({ days: z.number().int().min(1).max(MAX_STALE_DAYS) }).strict(),
} as const;

export interface SnapshotSegmentCount {
  segment: number;
  /** The segment's name when the snapshot was taken. */
  name: string;
  customers: number;
}

export interface SnapshotRfmCount {
  /** The RFM segment's name (as `segwb rfm` prints it). */
  name: string;
  customers: number;
}

export interface SnapshotInfo {
  id: number;
  /** The project's as-of date (YYYY-MM-DD) the snapshot describes. */
  date: string;
  /** When it was taken (ISO timestamp). */
  takenAt: string;
  reason: SnapshotReason;
  /** Customers in the project then. */
  customers: number;
  /** Every saved segment then, by id. */
  segments: SnapshotSegmentCount[];
  /** Customers per RFM segment (only non-empty ones), in the scheme's order. */
  rfm: SnapshotRfmCount[];
}

export interface SegmentSizePoint {
  snapshot: number;
  date: string;
  takenAt: string;
  customers: number;
}

export interface TimelineEntry {
  snapshot: number;
  date: string;
  takenAt: string;
  reason: SnapshotReason;
  /** False when the customer was not in the project at that snapshot. */
  known: boolean;
  /** The saved segments they were in (names then), by id. */
  segments: Array<{ segment: number; name: string }>;
  /** Their RFM segment, or null when they were not scored (no positive order). */
  rfm: string | null;
}

export interface SegmentVersion {
  id: number;
  savedAt: string;
  /** The rule as saved (JSON of shared/model/rules.ts); the newest is the current rule. */
  rule: SegmentInfo['rule'];
}

export interface Staleness {
  segment: number;
  /** When the segment was last evaluated: its last save (counts seen) or the last snapshot holding it. */
  evaluatedAt: string;
  evaluatedBy: 'saved' | 'snapshot';
  /** The latest import, when one came after the evaluation. */
  replacedAt: string | null;
  /** Whole days from the evaluation to now. */
  ageDays: number;
  staleDays: number;
  /** Older than staleDays. */
  old: boolean;
}

export interface HistoryResults {
  'history/snapshots': SnapshotInfo[];
  'history/takeSnapshot': SnapshotInfo;
  'history/segmentSizes': SegmentSizePoint[];
  'history/customerTimeline': TimelineEntry[];
  'history/versions': SegmentVersion[];
  'history/restoreVersion': SegmentInfo;
  'history/staleness': Staleness;
  'history/setStaleDays': { staleDays: number };
}
