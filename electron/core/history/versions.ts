/**
 * Every saved rule of a segment (segment_versions): saveSegment adds one (segments/ruleVersions.ts) whenever the rule it
 * saves differs from the segment's last kept one; restoring an old version saves its rule again,
 * so the restore is itself the newest version and can be undone the same way.
 */
import type { SegmentInfo } from '../../../shared/api.js';
import type { SegmentVersion } from '../../../shared/contract/history.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { saveSegment, storedSegment } from '../segments/store.js';

interface VersionRow {
  id: number;
  saved_at: string;
  rule: string;
}

/** The newest first. Versions whose rule can no longer be read are left out rather than failing the list. */
export function listVersions(db: Db, segment: number): SegmentVersion[] {
  storedSegment(db, segment);
  const rows = db
    .prepare('SELECT id, saved_at, rule FROM segment_versions WHERE segment = ? ORDER BY id DESC')
    .all(segment) as VersionRow[];
  return rows.flatMap((row) => {
    const rule = parseRule(row.rule);
    return rule ? [{ id: row.id, savedAt: row.saved_at, rule }] : [];
  });
}

export function restoreVersion(db: Db, segment: number, version: number): SegmentInfo {
  const current = storedSegment(db, segment);
  const row = db
    .prepare('SELECT rule FROM segment_versions WHERE id = ? AND segment = ?')
    .pluck()
    .get(version, segment) as string | undefined;
  const rule = row === undefined ? null : parseRule(row);
  if (!rule) {
    throw new WorkbenchError('NOT_FOUND', `Segment "${current.name}" has no saved version ${version}.`, {
      id: segment,
    });
  }
  return saveSegment(db, { name: current.name, rule }, segment);
}

function parseRule(text: string): Rule | null {
  try {
    const parsed = Rule.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
