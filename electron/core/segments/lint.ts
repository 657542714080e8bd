/**
 * The segment linter: warns, with a reason a workshop participant understands, about segments
 * that are empty or too small to act on, parts that can never match, hours asked of dates
 * without times, and segments that duplicate or mostly overlap a saved one (compared by
 * membership on the current data).
 */
import type { LintWarning } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { countRule, memberIds } from './count.js';
import { untimedHourConditions } from './lintTimes.js';
import { neverMatches } from './neverMatches.js';
import { referencedSegments } from './segmentRefs.js';
import { storedSegments } from './store.js';

export const DEFAULT_MIN_SIZE = 30;
/** Pairs sharing more than this share of the smaller segment are reported. */
const OVERLAP_LIMIT = 0.5;

interface LintOptions {
  /** The saved segment being edited: left out of the comparisons. */
  id?: number;
  minSize?: number;
}

export function lintRule(db: Db, rule: Rule, options: LintOptions = {}): LintWarning[] {
  const warnings: LintWarning[] = neverMatches(rule).map((n) => ({
    code: 'never_matches',
    message: n.message,
    reason: n.reason,
    values: n.values,
    path: n.path,
  }));
  warnings.push(...untimedHourConditions(db, rule));
  const owner = options.id === undefined ? {} : { segmentId: options.id };
  const { customers } = countRule(db, rule, owner);
  const minSize = options.minSize ?? savedMinSize(db);
  if (customers === 0) {
    warnings.push({
      code: 'empty',
      message: 'No customer matches this segment. Loosen a condition or check the chosen values.',
      reason: 'empty',
      values: {},
    });
    return warnings;
  }
  if (customers < minSize) {
    warnings.push({
      code: 'too_small',
      message: `Only ${customers} ${customers === 1 ? 'customer matches' : 'customers match'} (fewer than ${minSize}). Segments with little or no data give unreliable results: widen the rule or merge it with another segment.`,
      reason: 'tooSmall',
      values: { customers, min: minSize },
    });
  }
  warnings.push(...compareWithSaved(db, rule, options.id));
  return warnings;
}

/** The minimum size set for the project (meta lint_min_size), else 30. */
export function savedMinSize(db: Db): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'lint_min_size'").get() as { value: string } | undefined;
  const n = Number(row?.value);
  return row && Number.isInteger(n) && n >= 0 ? n : DEFAULT_MIN_SIZE;
}

/** Stores the project's minimum size (meta lint_min_size). */
export function storeMinSize(db: Db, minSize: number): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('lint_min_size', ?)").run(String(minSize));
}

function compareWithSaved(db: Db, rule: Rule, id: number | undefined): LintWarning[] {
  const members = new Set(memberIds(db, rule, id === undefined ? {} : { segmentId: id }));
  const uses = new Set(referencedSegments(rule));
  const identical: Array<{ id: number; name: string }> = [];
  const overlaps: LintWarning[] = [];
  for (const saved of storedSegments(db)) {
    if (saved.id === id) continue;
    const other = membersOrNull(db, saved.rule, saved.id);
    if (!other || other.length === 0) continue;
    const shared = other.reduce((n, customer) => n + (members.has(customer) ? 1 : 0), 0);
    if (shared === members.size && shared === other.length) {
      identical.push(saved);
      continue;
    }
    // "In segment X and ..." is a part of X by construction (and X of a segment built on this one).
    if (uses.has(saved.id) || (id !== undefined && referencedSegments(saved.rule).includes(id))) continue;
    const smaller = Math.min(members.size, other.length);
    const share = shared / smaller;
    if (share <= OVERLAP_LIMIT) continue;
    overlaps.push({
      code: 'overlap',
      message: `${Math.round(share * 100)}% of the smaller of this segment and "${saved.name}" is in both (${shared} of ${smaller} customers). Overlapping segments get the same campaign twice: merge them or exclude one from the other.`,
      reason: 'overlap',
      values: { share, shared, smaller, name: saved.name },
      segmentIds: [saved.id],
    });
  }
  const warnings: LintWarning[] = [];
  if (identical.length > 0) {
    const names = identical.map((s) => `"${s.name}"`).join(', ');
    warnings.push({
      code: 'identical',
      message: `This segment has exactly the same customers as ${names}. Two names for one group of customers is confusing: keep one.`,
      reason: 'identical',
      // the names joined by the interface in its own way; a tab never occurs in a segment name
      values: { names: identical.map((s) => s.name).join('\t') },
      segmentIds: identical.map((s) => s.id),
    });
  }
  return [...warnings, ...overlaps];
}

/** A saved segment whose rule no longer compiles (e.g. a re-import dropped its field) is skipped. */
function membersOrNull(db: Db, rule: Rule, id: number): number[] | null {
  try {
    return memberIds(db, rule, { segmentId: id });
  } catch (error) {
    if (error instanceof WorkbenchError) return null;
    throw error;
  }
}
