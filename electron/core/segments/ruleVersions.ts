/**
 * The log of a segment's saved rules (segment_versions, read and restored in history/versions.ts).
 * Written by saveSegment in its own transaction, so a rule and its version are saved together.
 */
import type { Db } from '../db/projectFile.js';

/** Keeps `ruleText` as the segment's newest version unless it is already that. */
export function keepVersion(db: Db, segment: number, ruleText: string, savedAt: string): void {
  const last = db
    .prepare('SELECT rule FROM segment_versions WHERE segment = ? ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(segment) as string | undefined;
  if (last === ruleText) return;
  db.prepare('INSERT INTO segment_versions (segment, saved_at, rule) VALUES (?, ?, ?)').run(segment, savedAt, ruleText);
}
