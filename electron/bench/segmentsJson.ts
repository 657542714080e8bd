/**
 * The exact machine-readable form of the live-recount bench (`bench:segments -- --json`): one
 * object, one case per rule and size, as the project is imported. Scripts compare runs with it.
 */
import type { SegmentsCaseResult } from './segmentsCase.js';

export interface SegmentsBenchCase {
  name: string;
  customers: number;
  warm_p50_ms: number;
  warm_p95_ms: number;
  cold_p50_ms: number;
  cold_p95_ms: number;
}

export function segmentsBenchJson(results: readonly SegmentsCaseResult[]): { cases: SegmentsBenchCase[] } {
  return {
    cases: results.flatMap((r) =>
      r.asImported.rules.map((rule) => ({
        name: rule.name,
        customers: r.customers,
        warm_p50_ms: rule.warmP50Ms,
        warm_p95_ms: rule.warmP95Ms,
        cold_p50_ms: rule.coldP50Ms,
        cold_p95_ms: rule.coldP95Ms,
      })),
    ),
  };
}
