/** Plain warnings when a lifetime-value fit deserves less trust (issue 9 §2, "honest on small data"). */
import type { BgNbdFit, ClvWarning, GammaGammaFit } from '../../../shared/contract/clv.js';

/** Below this many customers with a repeat purchase the parameters are poorly determined. */
export const FEW_REPEAT_CUSTOMERS = 100;

export interface WarningFacts {
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit | null;
  repeatCustomers: number;
  /** Customers with repeat purchase days whose mean repeat spend is not positive. */
  spendExcluded: number;
  /** Calibration period (first purchase day of anyone to E) and horizon, in units. */
  calibrationLength: number;
  horizon: number;
  unit: string;
}

type ClvModelName = 'BG/NBD' | 'Gamma-Gamma';

export function clvWarnings(f: WarningFacts): ClvWarning[] {
  const warnings: ClvWarning[] = [];
  if (f.repeatCustomers < FEW_REPEAT_CUSTOMERS) {
    warnings.push({
      code: 'few_repeat_customers',
      values: { count: f.repeatCustomers, minimum: FEW_REPEAT_CUSTOMERS },
      message: `Only ${f.repeatCustomers} customers bought again before the calibration end; with fewer than ${FEW_REPEAT_CUSTOMERS} the fitted parameters are uncertain. Use a later calibration end or more history, and read the standard errors.`,
    });
  }
  const notConverged = [
    f.bgnbd.converged ? null : 'BG/NBD',
    f.gammaGamma && !f.gammaGamma.converged ? 'Gamma-Gamma' : null,
  ].filter((m): m is ClvModelName => m !== null);
  if (notConverged.length > 0) {
    warnings.push({
      code: 'no_convergence',
      values: { models: notConverged },
      message: `The ${notConverged.join(' and ')} fit did not converge to one optimum from its starts; its parameters and predictions may be off.`,
    });
  }
  const noErrors = [
    f.bgnbd.standardErrors ? null : 'BG/NBD',
    f.gammaGamma && !f.gammaGamma.standardErrors ? 'Gamma-Gamma' : null,
  ].filter((m): m is ClvModelName => m !== null);
  if (noErrors.length > 0) {
    warnings.push({
      code: 'no_standard_errors',
      values: { models: noErrors },
      message: `The ${noErrors.join(' and ')} parameters have no standard errors (the likelihood is flat at the optimum): the data do not pin them down.`,
    });
  }
  if (f.calibrationLength < f.horizon) {
    warnings.push({
      code: 'short_calibration',
      values: { length: round1(f.calibrationLength), horizon: f.horizon, unit: f.unit },
      message: `The calibration period (${round1(f.calibrationLength)} ${f.unit}s) is shorter than the horizon (${f.horizon} ${f.unit}s): the predictions reach further ahead than the history behind them.`,
    });
  }
  if (f.gammaGamma === null) {
    warnings.push({
      code: 'no_spend_model',
      values: {},
      message:
        'No customer has a repeat purchase with positive spend, so spend and clv cannot be predicted (they are empty).',
    });
  }
  if (f.spendExcluded > 0) {
    warnings.push({
      code: 'spend_excluded',
      values: { count: f.spendExcluded },
      message: `${f.spendExcluded} customers whose repeat purchase days net to zero or less (returns) were left out of the spend model; they get the average spend.`,
    });
  }
  return warnings;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
