/**
 * Contract of change over time (issue 10 §1, §2): who moved from which segment to which between
 * two dates, and acquisition cohorts. Merged into shared/api.ts.
 */
import { z } from 'zod';
import { IsoDate, RowId } from './common.js';
import { RfmBins, RfmSchemeName } from './rfm.js';

/** The group of customers with no positive order before `from` (the migration's first column). */
export const NEW_GROUP = '(new)';
/** Saved segments: the group of customers in none of the listed segments at a date. */
export const NONE_GROUP = '(none)';

/**
 * Between `from` and `to` (from < to), each date meaning "the data as known at the start of that
 * day". By RFM (a named scheme; each date scored with its own breaks) or by saved segments.
 */
export const MigrationParams = z.discriminatedUnion('by', [
  z
    .object({
      by: z.literal('rfm'),
      from: IsoDate,
      to: IsoDate,
      scheme: RfmSchemeName.exclude(['custom']).optional(),
      bins: RfmBins.optional(),
    })
    .strict(),
  z
    .object({
      by: z.literal('segments'),
      from: IsoDate,
      to: IsoDate,
      segments: z.array(RowId).min(1).max(50),
    })
    .strict(),
]);
export type MigrationParams = z.infer<typeof MigrationParams>;

export const CohortPeriod = z.enum(['month', 'week', 'quarter']);
export type CohortPeriod = z.infer<typeof CohortPeriod>;

export const changesMethods = {
  /** The from -> to matrix of customers and the revenue of their orders dated in [from, to). */
  'changes/migration': MigrationParams,
  /** Acquisition cohorts of the orders dated before the project's as-of date. */
  'changes/cohorts': z.object({ period: CohortPeriod }).strict(),
} as const;

export interface MigrationCell {
  /** A segment name, or NEW_GROUP. */
  from: string;
  /** A segment name (or NONE_GROUP for saved segments). */
  to: string;
  customers: number;
  /** Net revenue of these customers' orders dated in [from, to), returns subtracted. */
  revenue: number;
}

export interface MigrationResult {
  from: string;
  to: string;
  /** Non-empty cells, ordered by the from group, then the to group (NEW_GROUP first, NONE_GROUP last, else scheme or list order). */
  cells: MigrationCell[];
}

export interface CohortCell {
  offset: number;
  /** Customers of the cohort with at least one positive order in this period. */
  active: number;
  /** Net revenue of the cohort's orders in this period. */
  revenue: number;
}

export interface Cohort {
  /** "YYYY-MM", ISO week "YYYY-Www" or "YYYY-Qn". */
  cohort: string;
  customers: number;
  /** Offsets 0 .. the period of the last day before the as-of date, every one listed. */
  periods: CohortCell[];
}

export interface CohortsResult {
  period: CohortPeriod;
  cohorts: Cohort[];
}

export interface ChangesResults {
  'changes/migration': MigrationResult;
  'changes/cohorts': CohortsResult;
}
