/**
 * Contract of the comparison methods (compare segments, overlap, Pareto per segment and by field,
 * ABC classes, segment quality). Merged into shared/api.ts: schemas in analysisMethods, results in
 * AnalysisResults. Result keys are snake_case where the CLI prints the same objects.
 */
import { z } from 'zod';
import { Rule } from '../model/rules.js';
import { FilePath, Name, RowId, Share } from './common.js';
import type { SegmentInfo } from './segments.js';

/** The 80/20 figures of a set of customers (exact interface of `segwb pareto --json`). */
export interface ParetoSummary {
  customers: number;
  revenue: number;
  k80: number;
  share_for_80: number;
  top20_share: number;
  gini: number;
}

export interface ParetoChart {
  summary: ParetoSummary;
  /** Revenue per bar; a bar is one customer, or a bin of consecutive customers when there are many. */
  bars: Array<{ from: number; to: number; revenue: number; cumulativeShare: number }>;
}

/** The name "All customers" has in results, in CSV files and on the CLI. */
export const ALL_CUSTOMERS = 'All customers';

/**
 * A segment to analyse: everyone, a saved segment, or a rule not saved (a computed segment such as
 * an RFM segment, a template, the builder's current rule) with the name to show for it.
 */
export const SegmentRef = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ id: RowId }).strict(),
  z.object({ name: Name, rule: Rule }).strict(),
]);
export type SegmentRef = z.infer<typeof SegmentRef>;

/** Minimums of the quality scorecard when the caller sets none. */
export const QUALITY_DEFAULTS = {
  /** Fewer members than this is too small for a campaign of its own. */
  minCustomers: 30,
  /** Less than 1% of revenue is too little value to act on. */
  minRevenueShare: 0.01,
  /** At least 90% of members must have every field the rule uses. */
  minComplete: 0.9,
  /** At least 80% of members must have an email or phone. */
  minReachable: 0.8,
  /** Sharing 80% or more of the smaller segment's customers with another saved segment is a near-duplicate. */
  maxOverlap: 0.8,
} as const;

const CompareParams = z.object({ segments: z.array(SegmentRef).min(1).max(50) }).strict();

export const analysisMethods = {
  /** One row per segment, in the order asked for (the comparison table). */
  'analysis/compare': CompareParams,
  /** Writes the comparison table as CSV or an .xlsx workbook with typed cells (columns as CompareRow). */
  'analysis/compareCsv': CompareParams.extend({
    path: FilePath,
    /** Start with a byte-order mark so Excel reads UTF-8 (CSV only). */
    bom: z.boolean().default(false),
    format: z.enum(['csv', 'xlsx']).default('csv'),
  }).strict(),
  /** Pairwise overlaps and the exact intersections (UpSet) of 2 to 8 segments. */
  'analysis/overlap': z.object({ segments: z.array(SegmentRef).min(2).max(8) }).strict(),
  /**
   * Pareto of customer revenue within a segment (default everyone), or of the revenue per value
   * of a category/text field (`by`: a field key or label).
   */
  'analysis/pareto': z
    .object({
      segment: SegmentRef.optional(),
      by: z.string().min(1).max(500).optional(),
      maxBars: z.number().int().min(10).max(2000).optional(),
      /** Most points of the Lorenz curve (default 200). */
      lorenzPoints: z.number().int().min(2).max(2000).optional(),
      /** Most items listed with `by` (default all). */
      maxItems: z.number().int().min(1).max(1_000_000).optional(),
    })
    .strict(),
  /** ABC classes of all customers by revenue, with the rules that would save them. */
  'analysis/abc': z.object({}).strict(),
  /** Saves (or updates) the segments "A customers", "B customers", "C customers" with today's thresholds. */
  'analysis/abcSave': z.object({}).strict(),
  /** Writes the ABC classes table as CSV or an .xlsx workbook with typed cells. */
  'analysis/abcExport': z
    .object({
      path: FilePath,
      format: z.enum(['csv', 'xlsx']).default('csv'),
      /** Start with a byte-order mark so Excel reads UTF-8 (CSV only). */
      bom: z.boolean().default(false),
    })
    .strict(),
  /** The scorecard of every saved segment; minimums default to QUALITY_DEFAULTS. */
  'analysis/quality': z
    .object({
      minCustomers: z.number().int().min(0).optional(),
      minRevenueShare: Share.optional(),
      minComplete: Share.optional(),
      minReachable: Share.optional(),
      maxOverlap: Share.optional(),
    })
    .strict(),
} as const;

/** One row of the comparison table (exact keys of `segwb compare --json`). */
export interface CompareRow {
  segment: string;
  customers: number;
  /** customers / all customers (0..1). */
  share_customers: number;
  /** Sum of the members' monetary value (net of refunds). */
  revenue: number;
  /** revenue / the revenue of all customers. */
  share_revenue: number;
  /** revenue / customers; null without members. */
  revenue_per_customer: number | null;
  /** revenue / the members' orders (orders with a positive total); null when they have none. */
  aov: number | null;
  /** The members' orders / customers (members without orders count as 0); null without members. */
  mean_frequency: number | null;
  /** Median days since the last order, over members with at least one order; null when none has. */
  median_recency: number | null;
  /** share_revenue / share_customers: 1 = average value per customer, 2 = twice it; null without members. */
  revenue_index: number | null;
}

export interface OverlapCell {
  /** Customers in both segments (on the diagonal: in the segment). */
  customers: number;
  revenue: number;
  /** customers in both / customers in either; null when both are empty. */
  jaccard: number | null;
}

export interface OverlapIntersection {
  /** Positions (in `segments`) of the segments these customers are in, and in no other of them. */
  sets: number[];
  names: string[];
  customers: number;
  revenue: number;
}

export interface OverlapResult {
  segments: Array<{ segment: string; customers: number; revenue: number }>;
  /** matrix[i][j]: the overlap of segments i and j; symmetric. */
  matrix: OverlapCell[][];
  /** Every combination that has customers, most customers first (UpSet bars). */
  intersections: OverlapIntersection[];
  /** Customers in none of the segments. */
  outside: { customers: number; revenue: number };
}

/** One value of the `by` field: its net revenue and shares of the positive total. */
export interface ParetoItem {
  value: string;
  revenue: number;
  share: number;
  cumulative_share: number;
}

/** A point of the Lorenz curve: x = cumulative share of customers (items), smallest first; y = their share of revenue. */
export interface LorenzPoint {
  x: number;
  y: number;
}

export interface ParetoAnalysis {
  /** "All customers" or the segment's name. */
  segment: string;
  /** The field the revenue is split by; null for customers. */
  by: { key: string; label: string; source: 'customers' | 'orders' } | null;
  /** With `by`, customers/k80/... count items (values of the field) instead of customers. */
  summary: ParetoSummary;
  bars: ParetoChart['bars'];
  /** From (0,0) to (1,1), at most lorenzPoints points; summary.gini is the Gini of the same values. */
  lorenz: LorenzPoint[];
  /** With `by`: the values with positive revenue, largest first; null otherwise. */
  items: ParetoItem[] | null;
  /** Customers (items) outside the Pareto population: revenue 0 or less, or (items) no value. */
  excluded: { count: number; revenue: number };
}

export type AbcClassName = 'A' | 'B' | 'C';

export interface AbcClass {
  class: AbcClassName;
  /** The name the class gets as a saved segment ("A customers", ...). */
  name: string;
  /** The rule it gets: monetary thresholds of the current data. */
  rule: Rule;
  customers: number;
  revenue: number;
  share_customers: number;
  share_revenue: number;
}

export interface AbcClasses {
  /** Lowest monetary value of class A and of class B; null when no customer has revenue. */
  thresholds: { a: number; b: number } | null;
  classes: AbcClass[];
}

export type QualityStatus = 'pass' | 'warn';

/** One criterion: pass/warn, a code the interface can translate, and a sentence in plain words. */
export interface QualityCheck {
  status: QualityStatus;
  reason: string;
  explanation: string;
}

export interface QualityChecks {
  substantial: QualityCheck & {
    customers: number;
    share_revenue: number;
    min_customers: number;
    min_revenue_share: number;
  };
  /** Share of members with a value in every customer field the rule uses (null: no members). */
  measurable: QualityCheck & { share_complete: number | null; fields: string[]; min_complete: number };
  /** Share of members with an email or phone (null: no contact field, or no members). */
  accessible: QualityCheck & { share_reachable: number | null; contact_fields: string[]; min_reachable: number };
  /** The saved segment sharing most customers with it, as a share of the smaller of the two. */
  distinct: QualityCheck & {
    overlap_share: number | null;
    with: { id: number; name: string } | null;
    max_overlap: number;
  };
}

export interface SegmentQuality {
  id: number;
  name: string;
  /** null when the rule cannot be evaluated on this data (then error says why). */
  checks: QualityChecks | null;
  error: string | null;
}

export interface AnalysisResults {
  'analysis/compare': CompareRow[];
  'analysis/compareCsv': { path: string; rows: number };
  'analysis/overlap': OverlapResult;
  'analysis/pareto': ParetoAnalysis;
  'analysis/abc': AbcClasses;
  'analysis/abcSave': SegmentInfo[];
  'analysis/abcExport': { path: string; rows: number };
  'analysis/quality': SegmentQuality[];
}
