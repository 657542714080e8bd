/**
 * Lifetime-value benchmark: 100k synthetic customers whose purchase days follow the BG/NBD story
 * (Fader, Hardie & Lee 2005: Poisson purchases at a gamma-distributed rate while alive, a
 * beta-distributed chance to drop out after each purchase; seeded), over 78 weeks with the
 * calibration end at week 52: the purchase-day summaries (prep), both fits with their standard
 * errors (fit) and every customer's predictions with its clv standard error (predict) — the work
 * of clv/fit after the orders are read. Target: fit <= 2 s. Prints one JSON line.
 * node dist/electron/bench/clvCase.js [--customers 100000]
 */
import { parseArgs } from 'node:util';
import { clvStandardError } from '../core/clv/clvError.js';
import { fitBgNbd, fitGammaGamma } from '../core/clv/fitModels.js';
import { predictCustomer } from '../core/clv/predict.js';
import { type CustomerDay, summarise } from '../core/clv/purchaseDays.js';
import { Rng } from '../core/demo/random.js';

const { values } = parseArgs({ options: { customers: { type: 'string' } } });
const n = Number(values.customers ?? 100_000);
const rng = new Rng(2026);
const START = 20_000;
const E = START + 52 * 7;
const END = START + 78 * 7;

/** Exponential waiting time of the given mean. */
const wait = (mean: number) => -Math.log(1 - rng.next()) * mean;

const days: CustomerDay[] = [];
for (let i = 0; i < n; i += 1) {
  const id = `c${String(i).padStart(6, '0')}`;
  // Rate: a mix of occasional and regular buyers (a gamma-like spread); dropout chance ~ up to 40%.
  const meanGap = rng.chance(0.25) ? rng.uniform(7, 30) : rng.uniform(30, 200);
  const dropout = rng.uniform(0, 0.4);
  const spend = rng.uniform(20, 120);
  let day = START + Math.floor(rng.uniform(0, 12 * 7));
  const seen = new Set<number>();
  while (day <= END) {
    if (!seen.has(day)) {
      seen.add(day);
      days.push({ customerId: id, day, total: Math.round(spend * rng.uniform(0.5, 1.5) * 100) / 100, purchase: true });
    }
    if (rng.chance(dropout)) break;
    day += Math.max(1, Math.round(wait(meanGap)));
  }
}

const started = performance.now();
const { customers } = summarise(days, { calibrationEnd: E, unitDays: 7, holdoutEnd: END });
const prepS = (performance.now() - started) / 1000;
const fitStarted = performance.now();
const bgnbd = fitBgNbd(customers);
const bgnbdS = (performance.now() - fitStarted) / 1000;
const gammaGamma = fitGammaGamma(
  customers.filter((s) => s.x > 0 && s.m !== null && s.m > 0).map((s) => ({ x: s.x, m: s.m as number })),
);
const fitS = (performance.now() - fitStarted) / 1000;
const predictStarted = performance.now();
const options = { horizon: 52, unitDays: 7, margin: 1, discountRate: null };
const covariances = { bgnbd: bgnbd.covariance, gammaGamma: gammaGamma?.covariance ?? null };
let total = 0;
for (const s of customers) {
  total += predictCustomer(bgnbd, gammaGamma, s, options).clv ?? 0;
  clvStandardError(bgnbd, gammaGamma, covariances, s, options);
}
const predictS = (performance.now() - predictStarted) / 1000;
const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
console.log(
  JSON.stringify({
    case: 'clv',
    customers: customers.length,
    purchaseDays: days.length,
    prepS: round(prepS),
    fitS: round(fitS),
    bgnbdFitS: round(bgnbdS),
    gammaGammaFitS: round(fitS - bgnbdS),
    predictS: round(predictS),
    targetFitS: 2,
    bgnbd: {
      r: round(bgnbd.r),
      alpha: round(bgnbd.alpha),
      a: round(bgnbd.a),
      b: round(bgnbd.b),
      converged: bgnbd.converged,
    },
    gammaGamma: gammaGamma && { p: round(gammaGamma.p), q: round(gammaGamma.q), v: round(gammaGamma.v) },
    totalClv: round(total, 0),
  }),
);
