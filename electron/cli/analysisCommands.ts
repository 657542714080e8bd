/** segwb metrics / segwb pareto: the figures of an open project, as JSON or a short table. */

import type { CustomerMetrics, ParetoSummary } from '../../shared/api.js';
import type { ParetoItem } from '../../shared/contract/analysis.js';
import { METRIC_KEYS } from '../../shared/model/metrics.js';
import { refByName } from '../core/analysis/segmentRefs.js';
import type { Engine } from '../core/engine.js';
import { eachCustomerMetrics } from '../core/metrics/query.js';
import { paretoChart } from '../core/pareto/query.js';
import { type Parsed, parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject, withAsOf } from './session.js';
import { StreamedOutput, writeJsonArray } from './streamedOutput.js';
import { num, pct, say } from './words/say.js';
import { usageText } from './words/usageText.js';

/** The columns of `segwb metrics`: every metric but tenure_days. */
const CLI_METRICS = METRIC_KEYS.filter((key) => key !== 'tenure_days');

export const metricsUsage = `Usage: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  Per-customer recency, frequency and monetary value (see README "Customer metrics").
  --as-of D   the data as known at the start of day D: only orders dated before D count`;

export const paretoUsage = `Usage: segwb pareto --project P.segwb [--segment NAME] [--by FIELD] [--as-of YYYY-MM-DD] [--json]
  Who brings the revenue: k80 (customers needed for 80% of revenue), top-20% share, Gini.
  --segment NAME  only the customers of this saved segment ("All customers": everyone)
  --by FIELD      split revenue by the values of a category or text field (key or column name,
                  e.g. country, product): then customers, k80, share_for_80, top20_share and
                  gini describe those values ("items"), and "items" lists each value with its
                  net revenue, share and cumulative share, largest first. Values with no
                  positive net revenue are left out, as customers without revenue are.
  --as-of D       the data as known at the start of day D: only orders dated before D count`;

export async function metricsCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    project: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('metrics', metricsUsage));
    return 0;
  }
  const project = requireString(values, 'project');
  const asOf = optionalString(values, 'as-of');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    // Rows go out as SQLite reads them (inside withAsOf: its as-of date holds until the end).
    await withAsOf(engine, asOf, async () => {
      const rows = cliRows(eachCustomerMetrics(engine.session.requireProject().db));
      if (values.json) await writeJsonArray(rows);
      else await writeTable(rows);
    });
    return 0;
  } finally {
    engine.close();
  }
}

/** The CLI's columns of each customer's metrics, in CLI_METRICS order. */
function* cliRows(metrics: Iterable<CustomerMetrics>): Generator<Record<string, unknown>> {
  for (const r of metrics) {
    // A loop, not Object.fromEntries over pairs: three arrays fewer per customer.
    const row: Record<string, unknown> = {};
    for (const key of CLI_METRICS) row[key] = r[key];
    yield row;
  }
}

/** A header line, then one tab-separated line per customer (empty for no value). */
async function writeTable(rows: Iterable<Record<string, unknown>>): Promise<void> {
  const output = new StreamedOutput();
  await output.write(`${CLI_METRICS.join('\t')}\n`);
  for (const r of rows) {
    await output.write(
      `${Object.values(r)
        .map((v) => (v === null ? '' : String(v)))
        .join('\t')}\n`,
    );
  }
  await output.flush();
}

export async function paretoCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    project: { type: 'string' },
    segment: { type: 'string' },
    by: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('pareto', paretoUsage));
    return 0;
  }
  const project = requireString(values, 'project');
  const segmentName = optionalString(values, 'segment');
  const by = optionalString(values, 'by');
  const asOf = optionalString(values, 'as-of');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    return await withAsOf(engine, asOf, () => printParetoOf(engine, segmentName, by, values.json === true));
  } finally {
    engine.close();
  }
}

async function printParetoOf(engine: Engine, segmentName: string | undefined, by: string | undefined, json: boolean) {
  const db = engine.session.requireProject().db;
  // Without a new flag the figures come from the same code as before (unchanged output).
  if (segmentName === undefined && by === undefined) {
    printPareto(paretoChart(db).summary, null, json, say('pareto.customers'));
    return 0;
  }
  const analysis = await invoke(engine, 'analysis/pareto', {
    ...(segmentName === undefined ? {} : { segment: refByName(db, segmentName) }),
    ...(by === undefined ? {} : { by }),
  });
  const unit = analysis.by ? say('pareto.valuesOf', { label: analysis.by.label }) : say('pareto.customers');
  printPareto(analysis.summary, analysis.items, json, unit);
  return 0;
}

function printPareto(summary: ParetoSummary, items: ParetoItem[] | null, json: boolean, unit: string): void {
  if (json) {
    console.log(JSON.stringify(items ? { ...summary, items } : summary, null, 2));
    return;
  }
  console.log(
    say('pareto.bring80', { share: pct(summary.share_for_80), unit, k80: summary.k80, customers: summary.customers }),
  );
  console.log(
    say('pareto.top20', {
      unit,
      share: pct(summary.top20_share),
      revenue: summary.revenue,
      gini: num(summary.gini, 3),
    }),
  );
  for (const item of (items ?? []).slice(0, 20)) {
    console.log(
      `  ${pct(item.share).padStart(6)}  ${pct(item.cumulative_share).padStart(6)}  ${num(item.revenue)}  ${item.value}`,
    );
  }
}

function optionalString(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(say('common.needsValue', { name }));
  return value;
}
