/**
 * Contract of the lifetime-value methods (issue 9 §2): BG/NBD for repeat purchases and Gamma-Gamma
 * for spend, fitted on purchase days (see electron/core/clv/purchaseDays.ts for the exact
 * definitions of x, t_x, T and m). Merged into shared/api.ts.
 */
import { z } from 'zod';
import { IsoDate, JobId } from './common.js';

export const ClvUnit = z.enum(['day', 'week']);
export type ClvUnit = z.infer<typeof ClvUnit>;

/** How to fit and what to predict. Every field is optional. */
export const ClvOptions = z
  .object({
    /** Calibration end E, inclusive. Default: the last order date before the project's as-of date. */
    calibrationEnd: IsoDate.optional(),
    /** Time unit of t_x, T and the horizon (default week = 7 days). */
    unit: ClvUnit.optional(),
    /** Prediction horizon in units (default 52). */
    horizon: z.number().int().min(1).max(5200).optional(),
    /** Share of spend that is profit, 0..1 (default 1: clv in revenue). */
    margin: z.number().min(0).max(1).optional(),
    /** Monthly discount rate, e.g. 0.01; none: no discounting. */
    discountRate: z.number().min(0).max(1).optional(),
  })
  .strict();
export type ClvOptions = z.infer<typeof ClvOptions>;

/** The options, and optionally a job id: the fit then runs in a worker with progress and cancel (contract/jobs.ts). */
export const ClvJobOptions = ClvOptions.extend({ jobId: JobId.optional() });
export type ClvJobOptions = z.infer<typeof ClvJobOptions>;

export const clvMethods = {
  /** Fits both models and predicts every customer. */
  'clv/fit': ClvJobOptions,
  /**
   * Fits as clv/fit does and keeps the fit in the project (replacing the kept one): each fitted
   * customer's p_alive, expected_purchases, expected_spend and clv become builder fields.
   */
  'clv/save': ClvJobOptions,
  /** The kept fit, or null. */
  'clv/saved': z.object({}).strict(),
  /**
   * What the Predict view shows: the fit without the customer list, the clv distribution and the
   * RFM segments side by side with their mean predicted value.
   */
  'clv/summary': ClvJobOptions,
} as const;

export interface ClvCustomer {
  customer_id: string;
  x: number;
  t_x: number;
  T: number;
  /** Mean spend of the repeat purchase days; null when x = 0. */
  m: number | null;
  p_alive: number;
  expected_purchases: number;
  /** Null when the Gamma-Gamma model could not be fitted. */
  expected_spend: number | null;
  clv: number | null;
  /**
   * Standard error of clv by the delta method over both models' parameter covariances (the
   * models are fitted separately, so their covariances are independent); null when unknown.
   */
  clv_se: number | null;
}

/** Why a fit deserves less trust, in words a user can act on. */
export interface ClvWarning {
  code:
    | 'few_repeat_customers'
    | 'no_convergence'
    | 'short_calibration'
    | 'no_standard_errors'
    | 'no_spend_model'
    | 'spend_excluded';
  message: string;
  /** The figures of the message, for wording it in the user's language (the CLI's --json leaves them out). */
  values: ClvWarningValues;
}

export interface ClvWarningValues {
  /** Customers the warning counts (few_repeat_customers: repeat buyers; spend_excluded: left out). */
  count?: number;
  /** The repeat buyers below which the fit is uncertain. */
  minimum?: number;
  /** The fits concerned (no_convergence, no_standard_errors), in order. */
  models?: Array<'BG/NBD' | 'Gamma-Gamma'>;
  /** The calibration period and horizon in units (short_calibration). */
  length?: number;
  horizon?: number;
  unit?: string;
}

export interface ClvFitSummary {
  logLikelihood: number;
  converged: boolean;
  /** Customers the model was fitted on. */
  customers: number;
  starts: number;
}

export interface BgNbdFit extends ClvFitSummary {
  r: number;
  alpha: number;
  a: number;
  b: number;
  standardErrors: { r: number; alpha: number; a: number; b: number } | null;
  /** Covariance of (r, alpha, a, b), the inverse of the observed information; null with standardErrors. */
  covariance: number[][] | null;
}

export interface GammaGammaFit extends ClvFitSummary {
  p: number;
  q: number;
  v: number;
  standardErrors: { p: number; q: number; v: number } | null;
  /** Covariance of (p, q, v); null with standardErrors. */
  covariance: number[][] | null;
}

/** Mean actual vs predicted holdout purchases of the customers with one calibration frequency. */
export interface HoldoutFrequencyRow {
  /** "0".."6", then "7+". */
  frequency: string;
  customers: number;
  actual: number;
  predicted: number;
}

/** The prediction checked against the orders after E (when there are any). */
export interface ClvHoldout {
  /** First and last day of the holdout period (E + 1 .. E + length). */
  start: string;
  end: string;
  /** Holdout length in units: the horizon, or less when the data end earlier. */
  length: number;
  actual_total: number;
  predicted_total: number;
  /** Mean absolute error per customer. */
  mae: number;
  by_frequency: HoldoutFrequencyRow[];
}

export interface ClvResult {
  calibrationEnd: string;
  unit: ClvUnit;
  horizon: number;
  margin: number;
  discountRate: number | null;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit | null;
  customers: ClvCustomer[];
  /** Customers left out because their first purchase is after the calibration end. */
  excluded: number;
  holdout: ClvHoldout | null;
  warnings: ClvWarning[];
}

/** The fit kept in the project (clv/save): what the builder fields p_alive, expected_purchases and clv hold. */
export interface SavedClvFit {
  savedAt: string;
  /** The options as given (defaults not filled in). */
  options: ClvOptions;
  calibrationEnd: string;
  unit: ClvUnit;
  horizon: number;
  margin: number;
  discountRate: number | null;
  /** Customers with predictions. */
  customers: number;
}

/** One bar of the clv histogram: customers with from <= clv < to (to null: the open last bar). */
export interface ClvBin {
  from: number;
  to: number | null;
  customers: number;
}

/** Mean predictions of the fitted customers of one RFM segment (segment null: no RFM segment). */
export interface ClvSegmentRow {
  segment: string | null;
  customers: number;
  mean_p_alive: number;
  mean_expected_purchases: number;
  /** Null when no customer of the segment has a clv (no spend model). */
  mean_clv: number | null;
  total_clv: number | null;
}

/** One of the customers with the highest predicted value, with its uncertainty. */
export interface ClvTopCustomer {
  customer_id: string;
  x: number;
  p_alive: number;
  expected_purchases: number;
  clv: number;
  /** Standard error of clv (delta method, as ClvCustomer.clv_se); null when unknown. */
  clv_se: number | null;
}

export interface ClvSummary {
  fit: Omit<ClvResult, 'customers'>;
  /** Fitted customers and the sum of their clv (null without a spend model). */
  customers: number;
  total_clv: number | null;
  histogram: ClvBin[];
  by_segment: ClvSegmentRow[];
  /** The TOP_CUSTOMERS customers with the highest clv, highest first (empty without a spend model). */
  top_customers: ClvTopCustomer[];
}

export interface ClvResults {
  'clv/fit': ClvResult;
  'clv/save': { saved: SavedClvFit };
  'clv/saved': { saved: SavedClvFit | null };
  'clv/summary': ClvSummary;
}
