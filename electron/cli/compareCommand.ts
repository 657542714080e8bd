/**
 * segwb compare: the comparison table of saved segments (and "All customers") from scripts.
 * --json prints the rows exactly as `analysis/compare` returns them (issue 4 §6).
 */
import type { CompareRow } from '../../shared/contract/analysis.js';
import { refByName } from '../core/analysis/segmentRefs.js';
import type { Db } from '../core/db/projectFile.js';
import { foldName } from '../core/segments/names.js';
import { storedSegments } from '../core/segments/store.js';
import { parse, requireString, UsageError } from './args.js';
import { cliEngine, invoke, openProject, withAsOf } from './session.js';
import { num, pct, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const compareUsage = `Usage: segwb compare --project P.segwb --segments A,B,... [--as-of YYYY-MM-DD] [--json]
  Customers, revenue and their shares, revenue per customer, AOV, mean frequency, median recency
  and revenue index of each segment. Names are saved segments (any case) or "All customers".
  --as-of D   the data as known at the start of day D: only orders dated before D count`;

export async function compareCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    segments: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(usageText('compare', compareUsage));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(say('common.unexpected', { value: String(positionals[0]) }));
  const project = requireString(values, 'project');
  const list = requireString(values, 'segments');
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    const db = engine.session.requireProject().db;
    const segments = splitNames(list, knownNames(db)).map((name) => refByName(db, name));
    const asOf = values['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') throw new UsageError(say('usage.asOfNeedsDate'));
    const rows = await withAsOf(engine, asOf, () => invoke(engine, 'analysis/compare', { segments }));
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else printTable(rows);
    return 0;
  } finally {
    engine.close();
  }
}

function knownNames(db: Db): Set<string> {
  return new Set(storedSegments(db).map((s) => foldName(s.name)));
}

/**
 * Splits "A,B,C" at commas; a name that itself holds commas ("Big, recent") is kept whole when
 * the longest run of pieces matching a saved segment says so.
 */
export function splitNames(list: string, known: ReadonlySet<string>): string[] {
  const pieces = list.split(',');
  const names: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let end = i + 1;
    for (let j = pieces.length; j > i + 1; j -= 1) {
      if (known.has(foldName(pieces.slice(i, j).join(',')))) {
        end = j;
        break;
      }
    }
    const name = pieces.slice(i, end).join(',').trim();
    if (name === '') throw new UsageError(say('usage.emptySegmentName'));
    names.push(name);
    i = end;
  }
  return names;
}

const COLUMNS = [
  'segment',
  'customers',
  'shareCustomers',
  'revenue',
  'shareRevenue',
  'revenuePerCustomer',
  'aov',
  'frequency',
  'recency',
  'index',
] as const;

function printTable(rows: CompareRow[]): void {
  const fixed = (x: number | null, digits = 2) => (x === null ? '' : num(x, digits));
  const header = COLUMNS.map((c) => say(`compare.columns.${c}`));
  const lines = rows.map((r) => [
    r.segment,
    num(r.customers),
    pct(r.share_customers),
    fixed(r.revenue),
    pct(r.share_revenue),
    fixed(r.revenue_per_customer),
    fixed(r.aov),
    fixed(r.mean_frequency),
    r.median_recency === null ? '' : num(r.median_recency),
    fixed(r.revenue_index),
  ]);
  console.log([header, ...lines].map((cells) => cells.join('\t')).join('\n'));
}
