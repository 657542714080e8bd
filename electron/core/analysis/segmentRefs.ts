/**
 * The segments an analysis is asked about, as names and rules: everyone, saved segments (by id,
 * or by name for the CLI) and rules not saved (computed segments such as RFM segments).
 */
import { ALL_CUSTOMERS, type SegmentRef } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { foldName } from '../segments/names.js';
import { storedSegment, storedSegments } from '../segments/store.js';

export interface AnalysedSegment {
  name: string;
  /** The saved segment's id; null for everyone and for rules not saved. */
  id: number | null;
  /**
   * What to compile. A saved segment is referred to ({ segment: id }) rather than copied, so the
   * compiler expands it with its cycle checks and names it in errors.
   */
  rule: Rule;
}

const EVERYONE: Rule = { and: [] };
const MAX_LISTED = 20;

export function resolveRef(db: Db, ref: SegmentRef): AnalysedSegment {
  if ('all' in ref) return { name: ALL_CUSTOMERS, id: null, rule: EVERYONE };
  if ('id' in ref) return { name: storedSegment(db, ref.id).name, id: ref.id, rule: { segment: ref.id } };
  return { name: ref.name, id: null, rule: ref.rule };
}

export function resolveRefs(db: Db, refs: readonly SegmentRef[]): AnalysedSegment[] {
  return refs.map((ref) => resolveRef(db, ref));
}

/**
 * A saved segment by name, without case; "All customers" means everyone (a saved segment of that
 * name wins, as the user chose it).
 */
export function refByName(db: Db, name: string): SegmentRef {
  const folded = foldName(name);
  const saved = storedSegments(db);
  const match = saved.find((s) => foldName(s.name) === folded);
  if (match) return { id: match.id };
  if (folded === foldName(ALL_CUSTOMERS)) return { all: true };
  // A long list would bury the message: the first names, then how many more.
  const known = saved.slice(0, MAX_LISTED).map((s) => `"${s.name}"`);
  const more = saved.length > MAX_LISTED ? ` and ${saved.length - MAX_LISTED} more` : '';
  const list = known.length === 0 ? 'There are no saved segments' : `Saved segments: ${known.join(', ')}${more}`;
  throw new WorkbenchError('NOT_FOUND', `There is no segment named "${name}". ${list}; or say "${ALL_CUSTOMERS}".`, {
    value: name,
  });
}
