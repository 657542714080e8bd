/**
 * Contract of change over time (issue 10 §1, §2): who moved from which segment to which between
 * two dates, and acquisition cohorts. Merged into shared/api.ts.
 */
import { z } from 'zod';
import { FilePath, IsoDate, RowId } from './common.js';
import { RfmBins, RfmSchemeName } from './rfm.js';
import type { SegmentInfo } from './segments.js';

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

/** One cell of a migration: its params and the cell's from and to group (as the cells name them). */
const CellFields = { fromGroup: z.string().min(1).max(500), toGroup: z.string().min(1).max(500) };

/** The customers of one cell, the largest revenue first; at most `limit` of them listed. */
export const MigrationMembersParams = z.discriminatedUnion('by', [
  MigrationParams.options[0].extend({ ...CellFields, limit: z.number().int().min(1).max(10_000_000).optional() }),
  MigrationParams.options[1].extend({ ...CellFields, limit: z.number().int().min(1).max(10_000_000).optional() }),
]);
export type MigrationMembersParams = z.infer<typeof MigrationMembersParams>;

/** Saves one cell's customers as a new segment holding that fixed list. */
export const SaveMigrationCellParams = z.discriminatedUnion('by', [
  MigrationParams.options[0].extend({ ...CellFields, name: z.string().min(1).max(200) }),
  MigrationParams.options[1].extend({ ...CellFields, name: z.string().min(1).max(200) }),
]);
export type SaveMigrationCellParams = z.infer<typeof SaveMigrationCellParams>;

export const CohortPeriod = z.enum(['month', 'week', 'quarter']);
export type CohortPeriod = z.infer<typeof CohortPeriod>;

export const changesMethods = {
  /** The from -> to matrix of customers and the revenue of their orders dated in [from, to). */
  'changes/migration': MigrationParams,
  /** Acquisition cohorts of the orders dated before the project's as-of date. */
  'changes/cohorts': z.object({ period: CohortPeriod, segment: RowId.optional() }).strict(),
  /** Writes the cohort table (a row per cohort and offset) as CSV or an .xlsx workbook with typed cells. */
  'changes/cohortsExport': z
    .object({
      period: CohortPeriod,
      segment: RowId.optional(),
      path: FilePath,
      format: z.enum(['csv', 'xlsx']).default('csv'),
      bom: z.boolean().default(false),
    })
    .strict(),
  /** The customers of one migration cell (client ids and their revenue in [from, to)). */
  'changes/migrationMembers': MigrationMembersParams,
  /** A new segment of one migration cell's customers, kept as a fixed list. */
  'changes/saveMigrationCell': SaveMigrationCellParams,
} as const;

export interface MigrationMember {
  /** The client's customer id. */
  customer: string;
  /** Net revenue of the customer's orders dated in [from, to). */
  revenue: number;
}

export interface MigrationMembersResult {
  /** Customers in the cell (all of them, listed or not). */
  total: number;
  /** Their revenue in [from, to), the cell's. */
  revenue: number;
  /** The first `limit`, the largest revenue first, then by customer id. */
  members: MigrationMember[];
}

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
  'changes/cohortsExport': { path: string; rows: number };
  'changes/migrationMembers': MigrationMembersResult;
  'changes/saveMigrationCell': SegmentInfo;
}
