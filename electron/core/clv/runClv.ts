/**
 * The lifetime-value run over a project: purchase-day summaries of the orders dated before the
 * project's as-of date, both fits, per-customer predictions, the holdout check and the warnings.
 * `onStep` hears where the run is: the two fits, then the customers' predictions (the app's
 * analysis worker turns these into progress events).
 */
import type { ClvCustomer, ClvOptions, ClvResult } from '../../../shared/contract/clv.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso, isoToDay } from '../metrics/days.js';
import { expectedPurchases } from './bgnbd.js';
import { clvStandardError } from './clvError.js';
import { fitBgNbd, fitGammaGamma } from './fitModels.js';
import { holdoutCheck } from './holdout.js';
import { predictCustomer } from './predict.js';
import { readCustomerDays } from './projectDays.js';
import { summarise } from './purchaseDays.js';
import { clvWarnings } from './warnings.js';

export const DEFAULT_HORIZON = 52;
const UNIT_DAYS = { day: 1, week: 7 } as const;

/** Where a lifetime-value run is: fits done of 2, then customers predicted of all. */
export interface ClvStep {
  phase: 'fit' | 'customers';
  done: number;
  total: number;
}

/** Progress is reported every this many customers (often enough for a bar, rarely enough to cost nothing). */
const STEP_CUSTOMERS = 2000;

export function runClv(db: Db, options: ClvOptions, onStep?: (step: ClvStep) => void): ClvResult {
  const asOf = readAsOf(db).day;
  if (asOf === null) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      'This project has no orders: import an orders file before predicting lifetime value.',
    );
  }
  const days = readCustomerDays(db, asOf);
  const lastDataDay = days.reduce((max, d) => Math.max(max, d.day), Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(lastDataDay)) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `No order is dated before the as-of date ${dayToIso(asOf)}: set a later as-of date or import orders.`,
    );
  }
  const E = options.calibrationEnd === undefined ? lastDataDay : isoToDay(options.calibrationEnd);
  if (E >= asOf) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The calibration end ${dayToIso(E)} is not before the project's as-of date ${dayToIso(asOf)}: orders from that date on do not count. Choose an earlier calibration end or move the as-of date.`,
    );
  }
  const unit = options.unit ?? 'week';
  const unitDays = UNIT_DAYS[unit];
  const horizon = options.horizon ?? DEFAULT_HORIZON;
  const margin = options.margin ?? 1;
  const discountRate = options.discountRate ?? null;
  const holdoutDays = Math.min(horizon * unitDays, lastDataDay - E);
  const { customers: summaries, firstPurchaseAfterEnd } = summarise(days, {
    calibrationEnd: E,
    unitDays,
    holdoutEnd: E + Math.max(0, holdoutDays),
  });
  if (summaries.length === 0) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `No customer made a purchase (an order of positive amount) on or before the calibration end ${dayToIso(E)}: choose a later date.`,
    );
  }

  onStep?.({ phase: 'fit', done: 0, total: 2 });
  const bgnbd = fitBgNbd(summaries);
  onStep?.({ phase: 'fit', done: 1, total: 2 });
  const spendData = summaries
    .filter((s) => s.x > 0 && s.m !== null && s.m > 0)
    .map((s) => ({ x: s.x, m: s.m as number }));
  const gammaGamma = fitGammaGamma(spendData);
  const repeatCustomers = summaries.filter((s) => s.x > 0).length;
  onStep?.({ phase: 'fit', done: 2, total: 2 });

  const predictOptions = { horizon, unitDays, margin, discountRate };
  const covariances = { bgnbd: bgnbd.covariance, gammaGamma: gammaGamma?.covariance ?? null };
  const customers: ClvCustomer[] = summaries.map((s, i) => {
    if (i % STEP_CUSTOMERS === 0) onStep?.({ phase: 'customers', done: i, total: summaries.length });
    const p = predictCustomer(bgnbd, gammaGamma, s, predictOptions);
    return {
      customer_id: s.customerId,
      x: s.x,
      t_x: s.tx,
      T: s.T,
      m: s.m,
      p_alive: p.pAlive,
      expected_purchases: p.expectedPurchases,
      expected_spend: p.expectedSpend,
      clv: p.clv,
      clv_se: clvStandardError(bgnbd, gammaGamma, covariances, s, predictOptions),
    };
  });

  onStep?.({ phase: 'customers', done: summaries.length, total: summaries.length });
  const holdout =
    holdoutDays > 0
      ? holdoutCheck(
          summaries.map((s) => ({
            x: s.x,
            actual: s.holdoutPurchases,
            predicted: expectedPurchases(bgnbd, s, holdoutDays / unitDays),
          })),
          E,
          holdoutDays,
          unitDays,
        )
      : null;

  return {
    calibrationEnd: dayToIso(E),
    unit,
    horizon,
    margin,
    discountRate,
    bgnbd,
    gammaGamma,
    customers,
    excluded: firstPurchaseAfterEnd,
    holdout,
    warnings: clvWarnings({
      bgnbd,
      gammaGamma,
      repeatCustomers,
      spendExcluded: repeatCustomers - spendData.length,
      // Days covered, both ends included: 1997-01-01..1997-09-30 is 39 weeks.
      calibrationLength: summaries.reduce((max, s) => Math.max(max, s.T), 0) + 1 / unitDays,
      horizon,
      unit,
    }),
  };
}
