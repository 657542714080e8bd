/**
 * segwb rfm: RFM scores and segments of a project (exact JSON interface, issue 4 §6):
 * {breaks: {recency, frequency, monetary}, customers: [{customer_id, r, f, m, segment}],
 *  segments: [{segment, customers, revenue}], warnings: [{code: 'short_history', span_days, ...}]},
 * customers with at least one positive order.
 */
import { RfmBins, RfmSchemeName } from '../../shared/contract/rfm.js';
import { round6 } from '../core/db/rounding.js';
import { readAsOf } from '../core/metrics/asOf.js';
import { computeRfm } from '../core/rfm/compute.js';
import { historyWarnings } from '../core/rfm/population.js';
import { allCustomerRows } from '../core/rfm/result.js';
import { resolveSettings } from '../core/rfm/settings.js';
import { segmentSummaries } from '../core/rfm/summary.js';
import { rfmSql } from '../core/warehouse/rfmSql.js';
import { optionalInt, parse, requireString, UsageError } from './args.js';
import { rfmHistoryText } from './engineWords.js';
import { cliEngine, openProject } from './session.js';
import { optionalAsOfDay, requireDialect } from './warehouseOptions.js';
import { listSeparator, num, rfmName, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const rfmUsage = `Usage: segwb rfm --project P.segwb [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of YYYY-MM-DD] [--json]
  RFM scores (1 = low, bins = high; a recent customer scores high on R) of the customers with
  at least one order, and the segment each falls in.
  --bins N     3, 4 or 5 score bins (default 5); the breaks are quantiles k/N (type 7)
  --scheme S   rfm-classic (default): the R rfm package's 10 segments, first match, else Others;
               rf-grid: the R x F grid of 10 names (defined for 5 bins)
  --as-of D    the data as known at the start of day D: only orders dated before D count,
               and recency is counted back from D
  --sql        print instead one SELECT of customer_id, r, f, m and segment over the warehouse
               tables (docs/warehouse.md), with --dialect postgres|duckdb|sqlite`;

export async function rfmCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    bins: { type: 'string' },
    scheme: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    sql: { type: 'boolean' },
    dialect: { type: 'string' },
  });
  if (values.help) {
    console.log(usageText('rfm', rfmUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const bins = RfmBins.safeParse(optionalInt(values, 'bins') ?? 5);
  if (!bins.success) throw new UsageError(say('rfm.bins', { value: String(values.bins) }));
  const scheme = RfmSchemeName.exclude(['custom']).safeParse(values.scheme ?? 'rfm-classic');
  if (!scheme.success) throw new UsageError(say('rfm.scheme', { value: String(values.scheme) }));
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : undefined;
  if (values.dialect !== undefined && !values.sql) throw new UsageError(say('usage.dialectWithSql'));
  const sql = values.sql ? { dialect: requireDialect(values), asOfDay: optionalAsOfDay(values) } : null;
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const db = engine.session.requireProject().db;
    if (sql) {
      const settings = resolveSettings({ bins: bins.data, scheme: scheme.data });
      console.log(`${rfmSql(sql.dialect, settings, sql.asOfDay ?? readAsOf(db).day)};`);
      return 0;
    }
    const c = computeRfm(db, { bins: bins.data, scheme: scheme.data, asOf });
    // A short history: recency and frequency say little (the named schemes have no row warnings).
    const warnings = historyWarnings(db, c.model.asOfDay);
    const segments = segmentSummaries(c).map((s) => ({
      segment: s.segment,
      customers: s.customers,
      revenue: s.revenue,
    }));
    if (values.json) {
      const customers = allCustomerRows(db, c).map(({ customer_id, r, f, m, segment }) => ({
        customer_id,
        r,
        f,
        m,
        segment,
      }));
      console.log(JSON.stringify({ breaks: c.model.breaks, customers, segments, warnings }));
    } else {
      for (const w of warnings) console.log(say('rfm.warning', { message: rfmHistoryText(w) }));
      const b = c.model.breaks;
      const list = (xs: number[]) =>
        xs.length === 0 ? say('rfm.noCustomers') : xs.map((x) => num(round6(x))).join(listSeparator());
      console.log(
        say('rfm.breaks', { recency: list(b.recency), frequency: list(b.frequency), monetary: list(b.monetary) }),
      );
      console.log([say('rfm.columns.segment'), say('rfm.columns.customers'), say('rfm.columns.revenue')].join('\t'));
      for (const s of segments) console.log([rfmName(s.segment), num(s.customers), num(s.revenue)].join('\t'));
    }
    return 0;
  } finally {
    engine.close();
  }
}
