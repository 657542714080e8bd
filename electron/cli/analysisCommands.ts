/** segwb metrics / segwb pareto: the figures of an open project, as JSON or a short table. */

import type { ParetoSummary } from '../../shared/api.js';
import type { ParetoItem } from '../../shared/contract/analysis.js';
import { METRIC_KEYS } from '../../shared/model/metrics.js';
import { refByName } from '../core/analysis/segmentRefs.js';
import { isoToDay } from '../core/metrics/days.js';
import { allCustomerMetrics } from '../core/metrics/query.js';
import { paretoChart } from '../core/pareto/query.js';
import { type Parsed, parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject } from './session.js';

/** The columns of `segwb metrics`: every metric but tenure_days. */
const CLI_METRICS = METRIC_KEYS.filter((key) => key !== 'tenure_days');

export const metricsUsage = `Usage: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  Per-customer recency, frequency and monetary value (see README "Customer metrics").
  --as-of D   compute recency for this date instead of the project's as-of date`;

export const paretoUsage = `Usage: segwb pareto --project P.segwb [--segment NAME] [--by FIELD] [--json]
  Who brings the revenue: k80 (customers needed for 80% of revenue), top-20% share, Gini.
  --segment NAME  only the customers of this saved segment ("All customers": everyone)
  --by FIELD      split revenue by the values of a category or text field (key or column name,
                  e.g. country, product): then customers, k80, share_for_80, top20_share and
                  gini describe those values ("items"), and "items" lists each value with its
                  net revenue, share and cumulative share, largest first. Values with no
                  positive net revenue are left out, as customers without revenue are.`;

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
    const rows = allCustomerMetrics(engine.session.requireProject().db, asOf).map((r) =>
      Object.fromEntries(CLI_METRICS.map((key) => [key, r[key]])),
    );
    if (values.json) console.log(JSON.stringify(rows));
    else {
      console.log(CLI_METRICS.join('\t'));
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
  const { values } = parse(args, {
    project: { type: 'string' },
    segment: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(paretoUsage);
    return 0;
  }
  const project = requireString(values, 'project');
  const segmentName = optionalString(values, 'segment');
  const by = optionalString(values, 'by');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const db = engine.session.requireProject().db;
    // Without a new flag the figures come from the same code as before (unchanged output).
    if (segmentName === undefined && by === undefined) {
      printPareto(paretoChart(db).summary, null, values.json === true, 'customers');
      return 0;
    }
    const analysis = await invoke(engine, 'analysis/pareto', {
      ...(segmentName === undefined ? {} : { segment: refByName(db, segmentName) }),
      ...(by === undefined ? {} : { by }),
    });
    const unit = analysis.by ? `values of ${analysis.by.label}` : 'customers';
    printPareto(analysis.summary, analysis.items, values.json === true, unit);
    return 0;
  } finally {
    engine.close();
  }
}

function printPareto(summary: ParetoSummary, items: ParetoItem[] | null, json: boolean, unit: string): void {
  if (json) {
    console.log(JSON.stringify(items ? { ...summary, items } : summary, null, 2));
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${pct(summary.share_for_80)} of ${unit} bring 80% of revenue (${summary.k80} of ${summary.customers}).`);
  console.log(
    `Top 20% of ${unit}: ${pct(summary.top20_share)} of revenue ${summary.revenue}. Gini ${summary.gini.toFixed(3)}.`,
  );
  for (const item of (items ?? []).slice(0, 20)) {
    console.log(
      `  ${pct(item.share).padStart(6)}  ${pct(item.cumulative_share).padStart(6)}  ${item.revenue}  ${item.value}`,
    );
  }
}

function optionalString(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}
