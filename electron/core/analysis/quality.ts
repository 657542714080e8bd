/**
 * The quality scorecard of every saved segment (issue 4 §5). One scan of the customers evaluates
 * every segment, "field has a value" for each customer field the rules use, and "has an email or
 * phone"; sizes, completeness, reach and pairwise overlaps are then counted in memory and judged
 * by qualityJudge.ts.
 */
import type { SegmentQuality } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { checkRule } from '../segments/compile.js';
import { type StoredSegment, storedSegments } from '../segments/store.js';
import { projectFields } from '../segments/templateFields.js';
import { isMember, loadMembership } from './membership.js';
import { judgeQuality, type QualityFigures, type QualityMinimums } from './qualityJudge.js';
import { ruleCustomerFields } from './ruleFields.js';
import type { AnalysedSegment } from './segmentRefs.js';

interface Scored {
  segment: StoredSegment;
  fields: string[];
  customers: number;
  revenue: number;
  complete: number;
  reachable: number;
}

export function segmentQuality(db: Db, minimums: QualityMinimums): SegmentQuality[] {
  const saved = storedSegments(db);
  const rules = new Map(saved.map((s) => [s.id, s.rule]));
  const errors = new Map<number, string>();
  for (const s of saved) {
    try {
      checkRule(db, { segment: s.id });
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error;
      errors.set(s.id, error.message);
    }
  }
  const valid = saved.filter((s) => !errors.has(s.id));
  const scored: Scored[] = valid.map((segment) => ({
    segment,
    fields: ruleCustomerFields(segment.rule, (id) => rules.get(id)),
    customers: 0,
    revenue: 0,
    complete: 0,
    reachable: 0,
  }));
  const contactFields = projectFields(db)
    .filter((f) => f.source === 'customers' && (f.role === 'email' || f.role === 'phone'))
    .map((f) => f.key);
  const fieldKeys = [...new Set(scored.flatMap((s) => s.fields))];
  // Bits: the segments, then one per field ("has a value"), then "reachable".
  const k = scored.length;
  const fieldBit = new Map(fieldKeys.map((key, j) => [key, k + j]));
  const reachableBit = k + fieldKeys.length;
  const flags: AnalysedSegment[] = [
    ...scored.map((s) => ({ name: s.segment.name, id: s.segment.id, rule: { segment: s.segment.id } as Rule })),
    ...fieldKeys.map((key) => ({ name: key, id: null, rule: { field: key, op: 'not_empty' } as Rule })),
    {
      name: 'contact',
      id: null,
      rule: { or: contactFields.map((key): Rule => ({ field: key, op: 'not_empty' })) },
    },
  ];
  const m = loadMembership(db, flags);
  let totalRevenue = 0;
  const patterns = new Map<string, { sets: number[]; customers: number }>();
  for (let i = 0; i < m.customers; i += 1) {
    totalRevenue += m.monetary[i] as number;
    const sets: number[] = [];
    for (let s = 0; s < k; s += 1) {
      if (!isMember(m, s, i)) continue;
      sets.push(s);
      const t = scored[s] as Scored;
      t.customers += 1;
      t.revenue += m.monetary[i] as number;
      if (t.fields.every((key) => isMember(m, fieldBit.get(key) as number, i))) t.complete += 1;
      if (isMember(m, reachableBit, i)) t.reachable += 1;
    }
    if (sets.length < 2) continue;
    const key = sets.join(',');
    const p = patterns.get(key);
    if (p) p.customers += 1;
    else patterns.set(key, { sets, customers: 1 });
  }
  const both = pairCounts(k, patterns.values());
  const byId = new Map(scored.map((s, index) => [s.segment.id, index]));
  return saved.map((segment): SegmentQuality => {
    const index = byId.get(segment.id);
    if (index === undefined) {
      return { id: segment.id, name: segment.name, checks: null, error: errors.get(segment.id) ?? null };
    }
    const t = scored[index] as Scored;
    const figures: QualityFigures = {
      customers: t.customers,
      shareRevenue: totalRevenue === 0 ? 0 : t.revenue / totalRevenue,
      fields: t.fields,
      complete: t.complete,
      contactFields,
      reachable: t.reachable,
      others: saved.length - 1,
      overlap: largestOverlap(index, scored, both),
    };
    return { id: segment.id, name: segment.name, checks: judgeQuality(figures, minimums), error: null };
  });
}

/** both[a][b]: customers in segments a and b (a != b). */
function pairCounts(k: number, patterns: Iterable<{ sets: number[]; customers: number }>): number[][] {
  const both = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const { sets, customers } of patterns) {
    for (const a of sets) for (const b of sets) if (a !== b) (both[a] as number[])[b] = (both[a]?.[b] ?? 0) + customers;
  }
  return both;
}

/** The other (non-empty) segment sharing the largest share of the smaller one's customers; ties: lowest id. */
function largestOverlap(index: number, scored: readonly Scored[], both: number[][]): QualityFigures['overlap'] {
  let best: QualityFigures['overlap'] = null;
  const self = scored[index] as Scored;
  scored.forEach((other, j) => {
    if (j === index || other.customers === 0 || self.customers === 0) return;
    const share = (both[index]?.[j] ?? 0) / Math.min(self.customers, other.customers);
    if (best === null || share > best.share) best = { id: other.segment.id, name: other.segment.name, share };
  });
  return best;
}
