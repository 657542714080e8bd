/** Pareto figures for the open project, from customer_metrics. */
import type { ParetoChart } from '../../../shared/api.js';
import type { Db } from '../db/projectFile.js';
import { paretoBars, paretoSummary, revenueDescending } from './pareto.js';

function customerRevenue(db: Db): Float64Array {
  const rows = db.prepare('SELECT monetary FROM customer_metrics WHERE monetary > 0').pluck().all() as number[];
  return revenueDescending(rows);
}

export function paretoChart(db: Db, maxBars = 200): ParetoChart {
  const desc = customerRevenue(db);
  return { summary: paretoSummary(desc), bars: desc.length === 0 ? [] : paretoBars(desc, maxBars) };
}
