/**
 * One click: the RFM segments become saved segments, one per segment with customers, each with
 * the rule { field: 'rfm_segment', op: 'in', value: [name] }. The settings used become the
 * project's RFM settings, which that field follows, so the saved segments hold exactly the
 * customers the RFM view shows. Saving again updates the segments it made.
 */
import type { SegmentInfo } from '../../../shared/api.js';
import { MAX_NAME_LENGTH } from '../../../shared/contract/common.js';
import type { RfmResolvedSettings, RfmSchemeRow, RfmSettings } from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { isoToDay } from '../metrics/days.js';
import { computeWith, withPinned } from '../rfm/compute.js';
import { resolveSettings, writeProjectSettings } from '../rfm/settings.js';
import { foldName } from './names.js';
import { type StoredSegment, saveSegment, storedSegments } from './store.js';

function rfmSegmentRule(name: string): Rule {
  return { field: 'rfm_segment', op: 'in', value: [name] };
}

export function saveRfmSegments(db: Db, input: RfmSettings): SegmentInfo[] {
  const settings = resolveSettings(input);
  const asOf = readAsOf(db).day;
  if (input.asOf !== undefined && isoToDay(input.asOf) !== asOf) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `Saved segments follow the project's as-of date; set it to ${input.asOf} first (or save without a date).`,
      { value: input.asOf },
    );
  }
  const c = computeWith(db, settings, asOf);
  const counts = new Array<number>(c.model.table.names.length).fill(0);
  for (const s of c.segment) counts[s] = (counts[s] as number) + 1;
  const names = c.model.table.names.filter((_, i) => (counts[i] as number) > 0);
  return withPinned(db, c, () =>
    db.transaction(() => {
      writeProjectSettings(db, settings);
      return names.map((name) => saveOne(db, name, settings));
    })(),
  );
}

function saveOne(db: Db, name: string, settings: RfmResolvedSettings): SegmentInfo {
  const rule = rfmSegmentRule(name);
  const existing = storedSegments(db);
  const own = existing.find((s) => foldName(s.name) === foldName(name) && isRule(s, rule));
  const description = describe(name, settings);
  if (own) return saveSegment(db, { name: own.name, description, rule }, own.id);
  return saveSegment(db, { name: freeName(name, existing), description, rule });
}

function isRule(segment: StoredSegment, rule: Rule): boolean {
  return JSON.stringify(segment.rule) === JSON.stringify(rule);
}

/**
 * The segment's own name, else "Name (RFM)", "Name (RFM 2)", ... when a user's segment has it.
 * A name is never cut to make room (its end would be lost without a word): too long is refused.
 */
function freeName(name: string, existing: readonly StoredSegment[]): string {
  const taken = new Set(existing.map((s) => foldName(s.name)));
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : n === 2 ? `${name} (RFM)` : `${name} (RFM ${n - 1})`;
    if (taken.has(foldName(candidate))) continue;
    if (candidate.length > MAX_NAME_LENGTH) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `A segment is already named “${name}”, so the RFM segment would be “${candidate}”, ${candidate.length} characters; names can have at most ${MAX_NAME_LENGTH}. Rename the scheme row or that segment, then save again.`,
        { value: name },
      );
    }
    return candidate;
  }
}

function describe(name: string, s: RfmResolvedSettings): string {
  const range = ([lo, hi]: [number, number]) => (lo === hi ? `${lo}` : `${lo}-${hi}`);
  const rows = s.rows.filter((row) => row.name === name);
  const where =
    rows.length === 0
      ? 'scores that match no row of the scheme'
      : rows.map((row: RfmSchemeRow) => `R ${range(row.r)}, F ${range(row.f)}, M ${range(row.m)}`).join('; or ');
  return `RFM segment (${s.scheme}, ${s.bins} bins, ${s.method}): ${where}.`;
}
