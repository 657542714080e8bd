/**
 * segwb clv: customer lifetime value from BG/NBD and Gamma-Gamma (exact JSON interface, issue 9 §2):
 * {bgnbd: {r, alpha, a, b, log_likelihood}, gamma_gamma: {p, q, v} | null,
 *  customers: [{customer_id, x, t_x, T, p_alive, expected_purchases, expected_spend, clv}],
 *  holdout: {...} | null, warnings: [{code, message}]}; numbers rounded to 6 decimals.
 */
import { ClvOptions, type ClvResult } from '../../shared/contract/clv.js';
import { round6 } from '../core/db/rounding.js';
import { parse, requireString, UsageError } from './args.js';
import { clvWarningText } from './engineWords.js';
import { cliEngine, invoke, openProject } from './session.js';
import { say, type WordKey } from './words/say.js';
import { usageText } from './words/usageText.js';

export const clvUsage = `Usage: segwb clv --project P.segwb [--calibration-end YYYY-MM-DD] [--unit day|week] [--horizon N]
                 [--margin M] [--discount-rate R] [--json]
  Predicted purchases, spend and lifetime value per customer (BG/NBD and Gamma-Gamma models,
  fitted on purchase days up to the calibration end).
  --calibration-end D  fit on the orders up to and including D (default: the last order date);
                       later orders are the holdout the prediction is checked against
  --unit U             day or week (default week): the unit of t_x, T and the horizon
  --horizon N          predict the next N units (default 52)
  --margin M           share of spend that is profit, 0..1 (default 1: clv in revenue)
  --discount-rate R    monthly discount rate, e.g. 0.01 (default: no discounting)`;

export async function clvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    'calibration-end': { type: 'string' },
    unit: { type: 'string' },
    horizon: { type: 'string' },
    margin: { type: 'string' },
    'discount-rate': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('clv', clvUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const options = parseOptions(values);
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const result = await invoke(engine, 'clv/fit', options);
    if (values.json) console.log(JSON.stringify(toJson(result)));
    else printText(result);
    return 0;
  } finally {
    engine.close();
  }
}

function parseOptions(values: Record<string, unknown>): ClvOptions {
  const number = (name: string): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n)) {
      throw new UsageError(say('usage.number', { name, value: String(v) }));
    }
    return n;
  };
  const raw = {
    calibrationEnd: values['calibration-end'],
    unit: values.unit,
    horizon: number('horizon'),
    margin: number('margin'),
    discountRate: number('discount-rate'),
  };
  const parsed = ClvOptions.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = {
    calibrationEnd: 'calibration-end',
    unit: 'unit',
    horizon: 'horizon',
    margin: 'margin',
    discountRate: 'discount-rate',
  }[String(issue?.path[0]) as keyof typeof raw];
  const rule = say(`usage.clvRules.${flag ?? 'valid'}` as WordKey);
  throw new UsageError(say('usage.clv', { name: String(flag), rule, value: String(values[flag ?? '']) }));
}

const r6 = (v: number | null): number | null => (v === null ? null : round6(v));

export function toJson(result: ClvResult) {
  const { bgnbd, gammaGamma, holdout } = result;
  return {
    bgnbd: {
      r: round6(bgnbd.r),
      alpha: round6(bgnbd.alpha),
      a: round6(bgnbd.a),
      b: round6(bgnbd.b),
      log_likelihood: round6(bgnbd.logLikelihood),
    },
    gamma_gamma: gammaGamma ? { p: round6(gammaGamma.p), q: round6(gammaGamma.q), v: round6(gammaGamma.v) } : null,
    customers: result.customers.map((c) => ({
      customer_id: c.customer_id,
      x: c.x,
      t_x: round6(c.t_x),
      T: round6(c.T),
      p_alive: round6(c.p_alive),
      expected_purchases: round6(c.expected_purchases),
      expected_spend: r6(c.expected_spend),
      clv: r6(c.clv),
    })),
    holdout: holdout
      ? {
          ...holdout,
          length: round6(holdout.length),
          actual_total: round6(holdout.actual_total),
          predicted_total: round6(holdout.predicted_total),
          mae: round6(holdout.mae),
          by_frequency: holdout.by_frequency.map((row) => ({
            ...row,
            actual: round6(row.actual),
            predicted: round6(row.predicted),
          })),
        }
      : null,
    // {code, message} only: the values are for wording the warning, and the JSON contract predates them.
    warnings: result.warnings.map(({ code, message }) => ({ code, message })),
  };
}

function printText(result: ClvResult): void {
  const { bgnbd: b, gammaGamma: g, holdout } = result;
  const se = (v: number | undefined) => (v === undefined ? '' : ` (se ${round6(v)})`);
  console.log(say('more.calibration', { end: result.calibrationEnd, unit: result.unit, horizon: result.horizon }));
  console.log(
    `BG/NBD: r ${round6(b.r)}${se(b.standardErrors?.r)}, alpha ${round6(b.alpha)}${se(b.standardErrors?.alpha)}, a ${round6(b.a)}${se(b.standardErrors?.a)}, b ${round6(b.b)}${se(b.standardErrors?.b)}; log-likelihood ${round6(b.logLikelihood)}`,
  );
  if (g) {
    console.log(
      `Gamma-Gamma: p ${round6(g.p)}${se(g.standardErrors?.p)}, q ${round6(g.q)}${se(g.standardErrors?.q)}, v ${round6(g.v)}${se(g.standardErrors?.v)}`,
    );
  }
  if (holdout) {
    console.log(
      `Holdout ${holdout.start}..${holdout.end}: actual ${holdout.actual_total}, predicted ${round6(holdout.predicted_total)}, MAE per customer ${round6(holdout.mae)}`,
    );
  }
  for (const w of result.warnings) console.log(say('more.warning', { message: clvWarningText(w) }));
  console.log(['customer_id', 'x', 't_x', 'T', 'p_alive', 'expected_purchases', 'expected_spend', 'clv'].join('\t'));
  for (const c of result.customers) {
    console.log(
      [
        c.customer_id,
        c.x,
        round6(c.t_x),
        round6(c.T),
        round6(c.p_alive),
        round6(c.expected_purchases),
        r6(c.expected_spend) ?? '',
        r6(c.clv) ?? '',
      ].join('\t'),
    );
  }
}
