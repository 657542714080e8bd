/** segwb import FILE --project P [--kind] [--sheet] [--preset] [--encoding] [--delimiter] [--date-order] [--map role=Header]... [--json] */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportProgress, ImportReport, PreviewOverrides } from '../../shared/model/import.js';
import { DateOrder, Encoding } from '../../shared/model/import.js';
import { Role, SingleFileKind } from '../../shared/model/roles.js';
import { nameDatasetSource } from '../core/sources/datasetSource.js';
import { parse, requireString, UsageError } from './args.js';
import { importEventsCommand } from './eventsImport.js';
import { needsAnswer } from './importAnswer.js';
import { sourceReasons } from './importReasons.js';
import { importSet } from './importSetCommand.js';
import { cliEngine, invoke, openProject } from './session.js';
import { fromSource } from './sourceImport.js';
import { terminalSafe } from './terminalText.js';
import { num, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const importUsage = `Usage: segwb import FILE [FILE...] --project P.segwb [options]
  Imports CSV/TSV files, Excel workbooks (.xlsx) or fixed-width texts into a project (created
  when it does not exist). Several files (orders, order lines, products, payments, reviews,
  customers, lookup tables) go in together as one all-or-nothing import. Shopify, WooCommerce
  and Mailchimp exports and the Olist files are recognised from their header.
  When the project already holds data of a kind the files bring, say what to do with it:
  --replace                   replace it (Undo import brings it back: segwb datasets undo)
  --append                    merge the file into it: by order id or customer id, the file's
                              row winning where both have one
  --kind orders|customers|events  what one row is (default: guessed from the file; events:
                              a REES46, GA4 or Matomo events export)
  --kind FILE=KIND            with several files: the kind of one of them (customers, orders,
                              order_lines, products, payments, reviews, lookup)
  --link "A.col=B.col"        with several files: rows of A point to rows of B by these columns
  --sheet NAME                the workbook's sheet to import (default: the one with the most rows)
  --preset ID                 read the file as this export: shopify_orders, shopify_customers,
                              woocommerce_orders, mailchimp_audience (default: recognised)
  --encoding NAME             utf-8, utf-16le, utf-16be, windows-1252, windows-1256, iso-8859-1, ...
  --delimiter D               , ; tab |  (also: comma, semicolon, pipe)
  --date-order dmy|mdy|ymd    how to read dates like 01/02/2024
  --decimal .|,               decimal separator of numbers
  --no-header                 the first line is data, not column names
  --map role=Header           give a column a role (repeatable), e.g. --map amount="Total paid"
  --json                      print the report as JSON
  --from URL --table T        import table T of a database instead of a FILE: PostgreSQL
                              (postgresql://USER:PASSWORD@HOST/DB) or a DuckDB file (duckdb:PATH);
                              read only, copied through COPY; the other options apply as to a file`;

const DELIMITERS: Record<string, PreviewOverrides['delimiter']> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
  '|': '|',
  pipe: '|',
};

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    kind: { type: 'string', multiple: true },
    link: { type: 'string', multiple: true },
    replace: { type: 'boolean' },
    append: { type: 'boolean' },
    sheet: { type: 'string' },
    preset: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    'date-order': { type: 'string' },
    decimal: { type: 'string' },
    'no-header': { type: 'boolean' },
    map: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    from: { type: 'string' },
    table: { type: 'string' },
  });
  if (values.help) {
    console.log(usageText('import', importUsage));
    return 0;
  }
  if (values.append === true && values.replace === true) throw new UsageError(say('usage.replaceOrAppend'));
  const mode = values.append === true ? 'append' : values.replace === true ? 'replace' : 'new';
  if (values.sheet !== undefined && (typeof values.sheet !== 'string' || values.sheet.trim() === '')) {
    throw new UsageError(say('usage.sheetName'));
  }
  const kinds = Array.isArray(values.kind) ? (values.kind as string[]) : [];
  const fileKinds = kinds.filter((k) => k.includes('='));
  const links = Array.isArray(values.link) ? (values.link as string[]) : [];
  const project = requireString(values, 'project');
  if (values.from !== undefined || values.table !== undefined) {
    if (positionals.length > 0) throw new UsageError(say('usage.fileOrSource'));
    const from = requireString(values, 'from');
    const table = requireString(values, 'table');
    return fromSource(from, table, (file, named) => importOne(values, kinds, mode, file, project, named));
  }
  const file = positionals[0];
  if (!file) throw new UsageError(say('usage.giveFile'));
  if (positionals.length > 1 || fileKinds.length > 0 || links.length > 0) {
    if (fileKinds.length !== kinds.length) throw new UsageError(say('usage.kindPerFile'));
    if (mode === 'append') throw new UsageError(say('usage.appendOne'));
    return importSet({
      replace: mode === 'replace',
      files: positionals,
      project,
      kinds: fileKinds,
      links,
      sheet: typeof values.sheet === 'string' ? values.sheet : undefined,
      json: values.json === true,
    });
  }
  return importOne(values, kinds, mode, file, project);
}

/** One file (or a table copied to one: named says what to call it in the report). */
async function importOne(
  values: Record<string, unknown>,
  kinds: string[],
  mode: 'new' | 'append' | 'replace',
  file: string,
  project: string,
  named?: { shown: string; recorded: string },
): Promise<number> {
  values.kind = kinds[kinds.length - 1];
  if (values.kind === 'events') {
    if (mode === 'append') throw new UsageError(say('usage.appendEvents'));
    return importEventsCommand(file, project, values.json === true, mode === 'replace', named);
  }
  const overrides = overridesFrom(values);
  const source = {
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(typeof values.preset === 'string' ? { preset: values.preset } : {}),
  };
  const engine = cliEngine();
  try {
    const filePath = path.resolve(file);
    // Preview first: a file that cannot be read must not leave a new empty project behind.
    const preview = await invoke(engine, 'import/preview', { path: filePath, overrides, ...source });
    await openProject(engine, project, true);
    const showProgress = !values.json && process.stderr.isTTY;
    const unsubscribe = engine.onEvent((e) => {
      if (!showProgress || e.event !== 'import/progress') return;
      const p = e.payload as ImportProgress;
      if (p.totalBytes > 0) {
        const pct = Math.floor((100 * p.bytesRead) / p.totalBytes);
        process.stderr.write(`\rImporting ${terminalSafe(path.basename(filePath))}: ${pct}% (${p.rows} rows)`);
      }
    });
    const report = await invoke(engine, 'import/run', {
      jobId: randomUUID(),
      path: filePath,
      options: preview.options,
      replace: mode === 'replace',
      append: mode === 'append',
      ...source,
    }).catch(needsAnswer);
    unsubscribe();
    if (showProgress) process.stderr.write('\n');
    if (named !== undefined) {
      report.file = named.shown;
      nameDatasetSource(engine.session.requireProject().db, report.datasetId, named.recorded);
    }
    if (values.json) console.log(JSON.stringify(reportJson(report), null, 2));
    else printReport(report, sourceReasons(preview));
    return 0;
  } finally {
    // The history's snapshot of the import is written off the main thread, after the report.
    await engine.session.imports.settled();
    engine.close();
  }
}

function overridesFrom(values: Record<string, unknown>): PreviewOverrides {
  const o: PreviewOverrides = {};
  if (typeof values.kind === 'string') o.kind = enumValue(SingleFileKind.options, values.kind, '--kind');
  if (typeof values.encoding === 'string')
    o.encoding = enumValue(Encoding.options, values.encoding.toLowerCase(), '--encoding');
  if (typeof values.delimiter === 'string') {
    const d = DELIMITERS[values.delimiter.toLowerCase()];
    if (!d)
      throw new UsageError(say('usage.oneOf', { name: 'delimiter', allowed: ', ; tab |', value: values.delimiter }));
    o.delimiter = d;
  }
  if (typeof values['date-order'] === 'string')
    o.dateOrder = enumValue(DateOrder.options, values['date-order'], '--date-order');
  if (typeof values.decimal === 'string') o.decimal = enumValue(['.', ','] as const, values.decimal, '--decimal');
  if (values['no-header'] === true) o.hasHeader = false;
  const maps = Array.isArray(values.map) ? (values.map as string[]) : [];
  if (maps.length > 0) {
    o.map = {};
    for (const m of maps) {
      const eq = m.indexOf('=');
      if (eq < 1) throw new UsageError(say('usage.mapRole', { value: m }));
      const role = enumValue(Role.options, m.slice(0, eq), '--map role');
      o.map[role] = m.slice(eq + 1);
    }
  }
  return o;
}

function enumValue<T extends string>(allowed: readonly T[], value: string, flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(say('usage.oneOf', { name: flag.replace(/^--/, ''), allowed: allowed.join(', '), value }));
}

/** The CLI's JSON report (an exact interface: scripts read these keys). */
export function reportJson(r: ImportReport) {
  return {
    file: r.file,
    kind: r.kind,
    dataset_id: r.datasetId,
    rows_read: r.rowsRead,
    rows_imported: r.rowsImported,
    rows_rejected: r.rowsRejected,
    rejected_by_reason: Object.fromEntries(r.rejected.map((x) => [x.reason, x.count])),
    rejected_examples: Object.fromEntries(r.rejected.map((x) => [x.reason, x.examples])),
    customers: r.customers,
    orders: r.orders,
    duration_ms: r.durationMs,
    ...(r.append ? { append: r.append } : {}),
    files: [
      {
        file: r.file,
        kind: r.kind,
        rows_read: r.rowsRead,
        rows_imported: r.rowsImported,
        rows_rejected: r.rowsRejected,
        rejected_by_reason: Object.fromEntries(r.rejected.map((x) => [x.reason, x.count])),
      },
    ],
    links: [],
  };
}

function printReport(r: ImportReport, reasons: readonly string[]): void {
  // Labels padded to one column: 15 characters in English, as the output always had, or the longest label.
  const labels = ['rowsRead', 'rowsImported', 'rowsRejected', 'customers', 'orders'] as const;
  const width = Math.max(15, ...labels.map((l) => say(`import.${l}`).length + 2));
  const line = (label: (typeof labels)[number], value: number) =>
    console.log(`  ${say(`import.${label}`).padEnd(width)}${num(value)}`);
  console.log(say('import.imported', { file: r.file, kind: say(`kinds.${r.kind}`) }));
  for (const reason of reasons) console.log(`  ${terminalSafe(reason)}`);
  line('rowsRead', r.rowsRead);
  line('rowsImported', r.rowsImported);
  line('rowsRejected', r.rowsRejected);
  // Reasons padded to one column: 22 characters in English, as the output always had, or the longest reason.
  const reasonWidth = Math.max(22, ...r.rejected.map((x) => say(`import.reasons.${x.reason}`).length));
  for (const x of r.rejected) {
    const first = x.examples[0];
    const where = first
      ? `${say('import.firstLine', { line: first.line })}${first.column ? say('import.column', { column: first.column }) : ''}${first.value ? say('import.value', { value: first.value }) : ''}${say('import.close')}`
      : '';
    console.log(`    ${say(`import.reasons.${x.reason}`).padEnd(reasonWidth)} ${num(x.count)}${where}`);
  }
  line('customers', r.customers);
  if (r.kind === 'orders') line('orders', r.orders);
}
