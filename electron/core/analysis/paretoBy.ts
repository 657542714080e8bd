/**
 * Pareto everywhere (issue 4 §4): the 80/20 figures, bars and Lorenz curve of customer revenue
 * within a segment, or of the revenue per value of a field (products, categories, countries).
 * An order field's item revenue is the net sum of its line amounts; a customer field's, the sum
 * of the monetary value of the customers having that value.
 */
import { ALL_CUSTOMERS, type ParetoAnalysis, type SegmentRef } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { rankItems } from '../pareto/items.js';
import { lorenzCurve } from '../pareto/lorenz.js';
import { paretoBars, paretoSummary, revenueDescending } from '../pareto/pareto.js';
import { type ProjectField, projectFields } from '../segments/templateFields.js';
import { itemRevenue } from './itemRevenue.js';
import { isMember, loadMembership } from './membership.js';
import { type AnalysedSegment, resolveRef } from './segmentRefs.js';

interface ParetoRequest {
  segment?: SegmentRef;
  /** A field key or label (any case). */
  by?: string;
  maxBars?: number;
  lorenzPoints?: number;
  maxItems?: number;
}

const DEFAULT_BARS = 200;

export function paretoAnalysis(db: Db, request: ParetoRequest): ParetoAnalysis {
  // "All customers" is the same as no segment.
  const ref = request.segment && !('all' in request.segment) ? request.segment : null;
  const segment = ref ? resolveRef(db, ref) : null;
  const members = memberRevenue(db, segment);
  const field = request.by === undefined ? null : resolveByField(db, request.by);
  let desc: Float64Array;
  let items: ParetoAnalysis['items'] = null;
  let excluded: ParetoAnalysis['excluded'];
  if (field) {
    const key = JSON.stringify(segment?.rule ?? null);
    const ranked = rankItems(itemRevenue(db, field, segment ? members.ids : null, key));
    desc = ranked.desc;
    items = request.maxItems === undefined ? ranked.items : ranked.items.slice(0, request.maxItems);
    excluded = ranked.excluded;
  } else {
    desc = revenueDescending(members.monetary);
    const left = members.monetary.filter((m) => !(m > 0));
    excluded = { count: left.length, revenue: round6(left.reduce((s, m) => s + m, 0)) };
  }
  return {
    segment: segment?.name ?? ALL_CUSTOMERS,
    by: field ? { key: field.key, label: field.label, source: field.source } : null,
    summary: paretoSummary(desc),
    bars: desc.length === 0 ? [] : paretoBars(desc, request.maxBars ?? DEFAULT_BARS),
    lorenz: lorenzCurve(desc, request.lorenzPoints),
    items,
    excluded,
  };
}

/** customers.id and monetary value of the members (everyone without a segment). */
function memberRevenue(db: Db, segment: AnalysedSegment | null): { ids: number[]; monetary: number[] } {
  const m = loadMembership(db, segment ? [segment] : []);
  const ids: number[] = [];
  const monetary: number[] = [];
  for (let i = 0; i < m.customers; i += 1) {
    if (segment && !isMember(m, 0, i)) continue;
    ids.push(m.ids[i] as number);
    monetary.push(m.monetary[i] as number);
  }
  return { ids, monetary };
}

interface ByField extends ProjectField {
  label: string;
}

/** The key as given, else a key or label equal without case; only category and text fields split revenue into items. */
function resolveByField(db: Db, by: string): ByField {
  const labels = new Map(
    (db.prepare('SELECT key, label FROM fields').all() as Array<{ key: string; label: string }>).map((f) => [
      f.key,
      f.label,
    ]),
  );
  const fields: ByField[] = projectFields(db).map((f) => ({ ...f, label: labels.get(f.key) ?? f.key }));
  const lower = by.toLowerCase();
  const field =
    fields.find((f) => f.key === by) ??
    fields.find((f) => f.key.toLowerCase() === lower) ??
    fields.find((f) => f.label.toLowerCase() === lower);
  const usable = fields.filter((f) => f.type === 'category' || f.type === 'text');
  const list = usable.map((f) => (f.key === f.label ? f.key : `${f.key} (${f.label})`)).join(', ');
  if (!field) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `There is no field "${by}" in this project. Split revenue by one of: ${list || 'none (import a file with category or text columns)'}.`,
      { field: by },
    );
  }
  if (!usable.includes(field)) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `"${by}" is a ${field.type} field; revenue is split by the values of a category or text field: ${list}.`,
      { field: by },
    );
  }
  return field;
}
