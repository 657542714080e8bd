/** segwb metrics / segwb pareto: the figures of an open project, as JSON or a short table. */

import { isoToDay } from '../core/metrics/days.js';
import { allCustomerMetrics } from '../core/metrics/query.js';
import { paretoChart } from '../core/pareto/query.js';
import { parse, requireString } from './args.js';
import { cliEngine, openProject } from './session.js';

export const metricsUsage = `Usage: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  Per-customer recency, frequency and monetary value (see README "Customer metrics").
  --as-of D   compute recency for this date instead of the project's as-of date`;

export const paretoUsage = `Usage: segwb pareto --project P.segwb [--json]
  Who brings the revenue: k80 (customers needed for 80% of revenue), top-20% share, Gini.`;

export async function metricsCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    project: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(metricsUsage);
    return 0;
  }
  const project = requireString(values, 'project');
  const asOf = typeof values['as-of'] === 'string' ? isoToDay(values['as-of']) : undefined;
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const rows = allCustomerMetrics(engine.session.requireProject().db, asOf).map((r) => ({
      customer_id: r.customer_id,
      recency_days: r.recency_days,
      frequency: r.frequency,
      monetary: r.monetary,
      aov: r.aov,
      first_order: r.first_order,
      last_order: r.last_order,
    }));
    if (values.json) console.log(JSON.stringify(rows));
    else {
      console.log(
        ['customer_id', 'recency_days', 'frequency', 'monetary', 'aov', 'first_order', 'last_order'].join('\t'),
      );
      for (const r of rows)
        console.log(
          Object.values(r)
            .map((v) => (v === null ? '' : String(v)))
            .join('\t'),
        );
    }
    return 0;
  } finally {
    engine.close();
  }
}

export async function paretoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { project: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) {
    console.log(paretoUsage);
    return 0;
  }
  const project = requireString(values, 'project');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const { summary } = paretoChart(engine.session.requireProject().db);
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else {
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      console.log(
        `${pct(summary.share_for_80)} of customers bring 80% of revenue (${summary.k80} of ${summary.customers}).`,
      );
      console.log(
        `Top 20% of customers: ${pct(summary.top20_share)} of revenue ${summary.revenue}. Gini ${summary.gini.toFixed(3)}.`,
      );
    }
    return 0;
  } finally {
    engine.close();
  }
}
