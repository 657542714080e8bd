/**
 * Contract of the RFM methods (value-based segmentation, issue "Value-based segmentation and
 * comparison" §1). Merged into shared/api.ts: params schemas in rfmMethods, results in RfmResults.
 *
 * Scores: customers with at least one (positive) order get r, f, m in 1..bins. Method "quantile":
 * the breaks are quantiles k/bins (R type 7) of the customers' values; method "thresholds": the
 * user's breaks. score = 1 + number of breaks the value exceeds strictly; recency is reversed so
 * a recent customer scores high. A scheme then names each (r, f, m): its rows are tried in order
 * and the first whose three ranges hold gives the segment; no row: "Others".
 */
import { z } from 'zod';
import { FilePath, IsoDate, Name } from './common.js';
import type { SegmentInfo } from './segments.js';

export const RfmBins = z.union([z.literal(3), z.literal(4), z.literal(5)]);
export type RfmBins = z.infer<typeof RfmBins>;

export const RfmMethod = z.enum(['quantile', 'thresholds']);
export type RfmMethod = z.infer<typeof RfmMethod>;

/** rfm-classic: the R rfm package's 10 segments; rf-grid: the R x F grid of 10 names; custom: customScheme. */
export const RfmSchemeName = z.enum(['rfm-classic', 'rf-grid', 'custom']);
export type RfmSchemeName = z.infer<typeof RfmSchemeName>;

const Score = z.number().int().min(1).max(5);
/** [lowest, highest] score, both included. */
const ScoreRange = z.tuple([Score, Score]);

/** One row of a scheme: the segment name and the score ranges a customer must be in. */
export const RfmSchemeRow = z.object({ name: Name, r: ScoreRange, f: ScoreRange, m: ScoreRange }).strict();
export type RfmSchemeRow = z.infer<typeof RfmSchemeRow>;

const BreakList = z.array(z.number()).max(4);
/** Breaks per dimension, ascending; recency in days. bins - 1 values each. */
export const RfmBreaksInput = z.object({ recency: BreakList, frequency: BreakList, monetary: BreakList }).strict();

/** How to score and name. Every field is optional: defaults 5 bins, quantile, rfm-classic, the project's as-of date. */
export const RfmSettings = z.object({
  bins: RfmBins.optional(),
  method: RfmMethod.optional(),
  /** Required with method "thresholds". */
  thresholds: RfmBreaksInput.optional(),
  scheme: RfmSchemeName.optional(),
  /** Required with scheme "custom": rows tried in order, first match wins. */
  customScheme: z.array(RfmSchemeRow).min(1).max(200).optional(),
  /** Recency counted back from this date instead of the project's as-of date. */
  asOf: IsoDate.optional(),
});
export type RfmSettings = z.infer<typeof RfmSettings>;

export const RfmSortKey = z.enum(['customer_id', 'recency_days', 'frequency', 'monetary']);

export const rfmMethods = {
  /** Scores, breaks, per-segment summary, R x F grid and optionally one page of scored customers. */
  'rfm/compute': RfmSettings.extend({
    customers: z
      .object({
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(5000),
        /** Only the customers of this RFM segment. */
        segment: z.string().min(1).max(200).optional(),
        sort: z
          .object({ key: RfmSortKey, dir: z.enum(['asc', 'desc']) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  }).strict(),
  /** Writes the summary table (one row per RFM segment) as CSV or an .xlsx workbook with typed cells. */
  'rfm/summaryExport': RfmSettings.extend({
    path: FilePath,
    format: z.enum(['csv', 'xlsx']).default('csv'),
    /** Start with a byte-order mark so Excel reads UTF-8 (CSV only). */
    bom: z.boolean().default(false),
  }).strict(),
  /** "Why is this customer a Champion?": values, scores, breaks and the scheme row that matched. */
  'rfm/explain': RfmSettings.extend({ customerId: z.string().min(1).max(500) }).strict(),
  /**
   * One saved segment per RFM segment (rule: rfm_segment in [name]). The settings become the
   * project's RFM settings, which the rule fields r_score, f_score, m_score and rfm_segment use.
   * asOf, when given, must be the project's as-of date (saved segments follow the project's date).
   */
  'rfm/saveSegments': RfmSettings.strict(),
  /** The settings the rule fields use: the last saved with rfm/saveSegments, else the defaults. */
  'rfm/projectSettings': z.object({}).strict(),
  /** Rows of a custom scheme that no customer can reach, from the rows alone (no data). */
  'rfm/lintScheme': z.object({ rows: z.array(RfmSchemeRow).max(200), bins: RfmBins.optional() }).strict(),
} as const;

export interface RfmBreaks {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

/** Settings with every default filled in (the as-of date is reported apart). */
export interface RfmResolvedSettings {
  bins: RfmBins;
  method: RfmMethod;
  /** The user's breaks (method "thresholds"), else null. */
  thresholds: RfmBreaks | null;
  scheme: RfmSchemeName;
  /** The rows of the scheme used (the named scheme's own rows, or the custom ones). */
  rows: RfmSchemeRow[];
}

export interface RfmCustomer {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
}

/**
 * One segment of the scheme, over the scored customers. share_customers is of the scored
 * customers; share_revenue of the total revenue (every customer, net of returns: RfmResult.total_revenue).
 */
export interface RfmSegmentSummary {
  segment: string;
  customers: number;
  /** Sum of the members' frequency. */
  orders: number;
  revenue: number;
  /** revenue / orders; null without orders. */
  aov: number | null;
  median_recency_days: number | null;
  median_frequency: number | null;
  median_monetary: number | null;
  share_customers: number;
  share_revenue: number;
}

/** One cell of the R x F heat map. */
export interface RfmGridCell {
  r: number;
  f: number;
  customers: number;
  revenue: number;
  /** Mean monetary of the cell's customers; null for an empty cell. */
  avg_monetary: number | null;
}

export interface RfmSchemeWarning {
  /** unreachable: earlier rows cover it; out_of_range: needs a score above the bins; reversed: a range lo > hi. */
  code: 'unreachable' | 'out_of_range' | 'reversed';
  /** 0-based index of the row. */
  row: number;
  name: string;
  message: string;
  /** Earlier rows that together cover it (unreachable). */
  coveredBy?: number[];
}

/**
 * The orders span under SHORT_HISTORY_DAYS (first to last order before the as-of date, both
 * days counted): recency and frequency say little, as most customers ordered once, recently.
 */
export interface RfmHistoryWarning {
  code: 'short_history';
  span_days: number;
  first_order: string;
  last_order: string;
  message: string;
}

export type RfmWarning = RfmSchemeWarning | RfmHistoryWarning;

export interface RfmResult {
  /** The date recency is counted back from (YYYY-MM-DD); null when the project has no order. */
  asOf: string | null;
  settings: RfmResolvedSettings;
  breaks: RfmBreaks;
  /** Scored customers (frequency > 0) and their revenue. */
  customers: number;
  revenue: number;
  /** Revenue of every customer, net of returns, as of asOf: the total the revenue shares are of. */
  total_revenue: number;
  /** Customers without a positive order: not scored. */
  unscored: number;
  /** Every segment name of the scheme in order, then "Others" when some scores match no row. */
  segments: RfmSegmentSummary[];
  /** bins x bins cells, r then f ascending. */
  grid: RfmGridCell[];
  /** The scheme's rows no customer can reach (see rfm/lintScheme), and a short history. */
  warnings: RfmWarning[];
  /** true when these settings and date are the ones the rule fields (r_score, ...) use. */
  ruleFieldsMatch: boolean;
  /** The page asked for with `customers`, else null. */
  page: { total: number; offset: number; rows: RfmCustomer[] } | null;
}

export interface RfmExplanation {
  customer_id: string;
  asOf: string | null;
  settings: RfmResolvedSettings;
  breaks: RfmBreaks;
  /** false: the customer has no positive order, so it has no scores and no segment. */
  scored: boolean;
  recency_days: number | null;
  frequency: number;
  monetary: number;
  /** Per dimension: the score and how many breaks the value exceeds strictly. */
  scores: {
    r: { score: number; breaksExceeded: number };
    f: { score: number; breaksExceeded: number };
    m: { score: number; breaksExceeded: number };
  } | null;
  /** The first scheme row whose ranges hold; null when none does ("Others") or not scored. */
  matched: { index: number; row: RfmSchemeRow } | null;
  segment: string | null;
}

export interface RfmResults {
  'rfm/compute': RfmResult;
  'rfm/summaryExport': { path: string; rows: number };
  'rfm/explain': RfmExplanation;
  'rfm/saveSegments': SegmentInfo[];
  'rfm/projectSettings': RfmResolvedSettings & { saved: boolean };
  'rfm/lintScheme': RfmSchemeWarning[];
}
