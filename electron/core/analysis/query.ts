/** The comparison and overlap of segments of the open project: membership from SQL, figures from compare.ts / overlap.ts. */
import type { CompareRow, OverlapResult, SegmentRef } from '../../../shared/contract/analysis.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { compareRows } from './compare.js';
import { loadMembership } from './membership.js';
import { overlapOf } from './overlap.js';
import { resolveRefs } from './segmentRefs.js';

export function compareSegments(db: Db, refs: readonly SegmentRef[]): CompareRow[] {
  const segments = resolveRefs(db, refs);
  const membership = loadMembership(db, segments);
  return compareRows(
    membership,
    segments.map((s) => s.name),
    readAsOf(db).day,
  );
}

export function overlapSegments(db: Db, refs: readonly SegmentRef[]): OverlapResult {
  const segments = resolveRefs(db, refs);
  return overlapOf(
    loadMembership(db, segments),
    segments.map((s) => s.name),
  );
}
