/**
 * segwb segment count|save|list|export: saved segments from scripts (exact JSON interfaces,
 * issue 3 §7). Rule files use the same JSON as the project file (shared/model/rules.ts).
 */
import path from 'node:path';
import type { SegmentCounts, SegmentInfo } from '../../shared/api.js';
import { WorkbenchError } from '../../shared/errors.js';
import { EXPORT_LAYOUTS, ExportLayout, HASHED_LAYOUTS } from '../../shared/model/exportLayouts.js';
import { PersonalData } from '../../shared/model/personalData.js';
import type { Rule } from '../../shared/model/rules.js';
import type { Engine } from '../core/engine.js';
import { foldName } from '../core/segments/names.js';
import { locateInRule, readRuleFile } from '../core/segments/ruleFile.js';
import { storedSegments } from '../core/segments/store.js';
import { ruleSql } from '../core/warehouse/ruleSql.js';
import { type Parsed, parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject } from './session.js';
import { countOnSourceCommand } from './sourceCount.js';
import { optionalAsOfDay, requireDialect } from './warehouseOptions.js';
import { listSeparator, num, pct, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const segmentUsage = `Usage: segwb segment <count|save|list|export|sql> --project P.segwb [options]
  count  --rule FILE.json [--json]        customers and revenue of a rule, and their shares of all
  count  --source URL --rule FILE.json [--json]
                                          the same, counted on a database holding the warehouse
                                          tables (postgresql://USER:PASSWORD@HOST/DB, or a DuckDB
                                          file: duckdb:PATH); no --project; only the answer comes back
  save   --name NAME --rule FILE.json     save a segment (updates the one of that name if there is one)
         [--color #RRGGBB] [--description TEXT] [--strategy TEXT] [--json]
  list   [--json]                         the saved segments with their current counts
  sql    (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite [--as-of YYYY-MM-DD]
                                          the rule as one SELECT of the members' customer_id over
                                          the warehouse tables (docs/warehouse.md), values inlined
  export --name NAME --out F.csv|F.xlsx   the segment's customers as CSV (UTF-8) or a workbook
         [--format csv|xlsx]              (default: from the file name; .xlsx has typed cells)
         [--layout columns|mailchimp|mautic|klaviyo|hubspot|
          google_customer_match|meta_custom_audience] [--columns a,b,...] [--bom]
         [--personal keep|mask|omit]      email, phone and names: kept, masked (a…@example.com,
                                          +44 … 18, S…) or left out (layout columns)
  A rule file holds one rule, e.g. {"and": [{"field": "country", "op": "in", "value": ["DE"]},
  {"field": "frequency", "op": ">=", "value": 2}]}: the same JSON as segments in the app.`;

const OPTIONS = {
  project: { type: 'string' },
  rule: { type: 'string' },
  name: { type: 'string' },
  color: { type: 'string' },
  description: { type: 'string' },
  strategy: { type: 'string' },
  out: { type: 'string' },
  layout: { type: 'string' },
  columns: { type: 'string' },
  bom: { type: 'boolean' },
  personal: { type: 'string' },
  format: { type: 'string' },
  dialect: { type: 'string' },
  'as-of': { type: 'string' },
  source: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = Parsed['values'];
const ACTIONS: Record<string, (engine: Engine, values: Values) => Promise<void>> = {
  count: countAction,
  save: saveAction,
  list: listAction,
  export: exportAction,
  sql: sqlAction,
};

export async function segmentCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) {
    console.log(usageText('segment', segmentUsage));
    return 0;
  }
  const [actionName, ...extra] = positionals;
  const action = actionName === undefined ? undefined : ACTIONS[actionName];
  if (!action)
    throw new UsageError(actionName ? say('common.unknownAction', { value: actionName }) : say('segment.sayAction'));
  if (extra.length > 0) throw new UsageError(say('common.unexpected', { value: String(extra[0]) }));
  if (values.source !== undefined) {
    if (actionName !== 'count') throw new UsageError(say('usage.sourceCountOnly'));
    if (values.project !== undefined) throw new UsageError(say('usage.sourceOrProject'));
    await countOnSourceCommand(values, aboutFile, (counts, json) =>
      json ? JSON.stringify(countsJson(counts), null, 2) : describeCounts(counts),
    );
    return 0;
  }
  const project = requireString(values, 'project');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    await action(engine, values);
    return 0;
  } finally {
    engine.close();
  }
}

async function countAction(engine: Engine, values: Values): Promise<void> {
  const file = requireString(values, 'rule');
  const rule = readRuleFile(path.resolve(file));
  const counts = await aboutFile(file, rule, invoke(engine, 'segments/count', { rule }));
  if (values.json) console.log(JSON.stringify(countsJson(counts), null, 2));
  else console.log(describeCounts(counts));
}

async function saveAction(engine: Engine, values: Values): Promise<void> {
  const name = requireString(values, 'name');
  const file = requireString(values, 'rule');
  const rule = readRuleFile(path.resolve(file));
  const existing = findByName(engine, name, false);
  const optional = (key: 'color' | 'description' | 'strategy') =>
    typeof values[key] === 'string' ? { [key]: values[key] as string } : {};
  const saved = await aboutFile(
    file,
    rule,
    invoke(engine, 'segments/save', {
      ...(existing ? { id: existing.id } : {}),
      name,
      rule,
      ...optional('color'),
      ...optional('description'),
      ...optional('strategy'),
    }),
  );
  if (values.json) console.log(JSON.stringify(segmentJson(saved), null, 2));
  else
    console.log(
      say(existing ? 'segment.updated' : 'segment.saved', {
        name: saved.name,
        id: saved.id,
        counts: describeCounts(saved.counts),
      }),
    );
}

/** The rule (a file, or a saved segment by name, inlined) as portable SQL on stdout. */
async function sqlAction(engine: Engine, values: Values): Promise<void> {
  const dialect = requireDialect(values);
  const asOf = optionalAsOfDay(values);
  const file = typeof values.rule === 'string' ? values.rule : undefined;
  const name = typeof values.name === 'string' ? values.name : undefined;
  if ((file === undefined) === (name === undefined)) throw new UsageError(say('usage.ruleOrName'));
  const db = engine.session.requireProject().db;
  if (file !== undefined) {
    const rule = readRuleFile(path.resolve(file));
    console.log(
      `${await aboutFile(
        file,
        rule,
        Promise.resolve().then(() => ruleSql(db, rule, { dialect, asOf })),
      )};`,
    );
  } else {
    const segment = findByName(engine, name as string, true);
    console.log(`${ruleSql(db, { segment: segment.id }, { dialect, asOf })};`);
  }
}

async function listAction(engine: Engine, values: Values): Promise<void> {
  const segments = await invoke(engine, 'segments/list', {});
  if (values.json) {
    console.log(JSON.stringify(segments.map(segmentJson), null, 2));
    return;
  }
  if (segments.length === 0) console.log(say('segment.none'));
  for (const s of segments) console.log(`${num(s.id).padStart(4)}  ${s.name}: ${describeCounts(s.counts)}`);
}

async function exportAction(engine: Engine, values: Values): Promise<void> {
  const segment = findByName(engine, requireString(values, 'name'), true);
  const out = path.resolve(requireString(values, 'out'));
  const parsedLayout = ExportLayout.safeParse(values.layout ?? 'columns');
  if (!parsedLayout.success) {
    throw new UsageError(
      say('usage.layout', { allowed: EXPORT_LAYOUTS.join(listSeparator()), value: String(values.layout) }),
    );
  }
  const layout = parsedLayout.data;
  // Without --format, the file name says it: members.xlsx is a workbook, anything else CSV.
  const format = values.format ?? (out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError(say('usage.exportFormat', { value: String(format) }));
  const personal = PersonalData.safeParse(values.personal ?? 'keep');
  if (!personal.success) throw new UsageError(say('usage.personal', { value: String(values.personal) }));
  const columns =
    typeof values.columns === 'string'
      ? values.columns
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== '')
      : undefined;
  const { rows } = await invoke(engine, 'segments/export', {
    id: segment.id,
    path: out,
    layout,
    columns,
    bom: values.bom === true,
    personal: personal.data,
    format,
  });
  let note = '';
  if (layout !== 'columns') {
    const { customers } = await invoke(engine, 'segments/count', { rule: { segment: segment.id } });
    const skipped = customers - rows;
    // The ad platforms take a phone number instead of an email address; the other tools do not.
    const without = HASHED_LAYOUTS.has(layout) ? 'segment.leftOutEmailOrPhone' : 'segment.leftOutEmail';
    if (skipped > 0) note = say(without, { count: skipped });
  }
  console.log(`${say('segment.wrote', { rows, name: segment.name, file: path.basename(out) })}${note}`);
}

/** Saved segment by name (any capitalisation); required: a missing one is an error. */
function findByName(engine: Engine, name: string, required: true): { id: number; name: string };
function findByName(engine: Engine, name: string, required: false): { id: number; name: string } | null;
function findByName(engine: Engine, name: string, required: boolean): { id: number; name: string } | null {
  const wanted = foldName(name);
  const found = storedSegments(engine.session.requireProject().db).find((s) => foldName(s.name) === wanted);
  if (!found && required) {
    throw new WorkbenchError('NOT_FOUND', say('segment.notFound', { name: name.trim() }));
  }
  return found ?? null;
}

/** Problems inside the rule (they carry the node's path) are reported against the rule file. */
async function aboutFile<T>(file: string, rule: Rule, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const rulePath = error instanceof WorkbenchError ? error.details?.path : undefined;
    if (!(error instanceof WorkbenchError) || typeof rulePath !== 'string') throw error;
    const at = locateInRule(rule, rulePath);
    throw new WorkbenchError(error.code, `${path.basename(file)}: ${error.message} (at ${at})`, { file, path: at });
  }
}

function countsJson(c: SegmentCounts) {
  return {
    customers: c.customers,
    revenue: c.revenue,
    share_customers: c.share_customers,
    share_revenue: c.share_revenue,
  };
}

/** One saved segment as `segwb segment list --json` prints it (an exact interface). */
export function segmentJson(s: SegmentInfo) {
  return {
    id: s.id,
    name: s.name,
    ...countsJson(s.counts),
    rule: s.rule,
    color: s.color,
    description: s.description,
    strategy: s.strategy,
  };
}

function describeCounts(c: SegmentCounts): string {
  return say('segment.counts', {
    customers: c.customers,
    shareCustomers: pct(c.share_customers),
    revenue: c.revenue,
    shareRevenue: pct(c.share_revenue),
  });
}
