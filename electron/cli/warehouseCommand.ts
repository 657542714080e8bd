/**
 * segwb warehouse export: a project in the documented warehouse format (docs/warehouse.md),
 * schema.sql plus one CSV per table, to load into PostgreSQL or DuckDB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportWarehouse } from '../core/warehouse/exportWarehouse.js';
import { parse, requireString, UsageError } from './args.js';
import { cliEngine, openProject } from './session.js';
import { listSeparator, say } from './words/say.js';
import { usageText } from './words/usageText.js';

export const warehouseUsage = `Usage: segwb warehouse export --project P.segwb --out DIR [--dialect postgres|duckdb]
  Writes DIR/schema.sql (CREATE TABLE statements) and one CSV per table (customers, orders,
  order_lines, events; UTF-8, a header, ISO dates), to load with psql -f schema.sql and \\copy,
  or DuckDB's read_csv. The folder is created when missing. See docs/warehouse.md.
  --dialect D  postgres (default) or duckdb: the column types of schema.sql`;

export async function warehouseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    out: { type: 'string' },
    dialect: { type: 'string' },
  });
  if (values.help) {
    console.log(usageText('warehouse', warehouseUsage));
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== 'export')
    throw new UsageError(action ? say('common.unknownAction', { value: action }) : say('warehouse.sayAction'));
  if (extra.length > 0) throw new UsageError(say('common.unexpected', { value: String(extra[0]) }));
  const project = requireString(values, 'project');
  const out = path.resolve(requireString(values, 'out'));
  const dialect = values.dialect ?? 'postgres';
  if (dialect !== 'postgres' && dialect !== 'duckdb') {
    throw new UsageError(say('usage.warehouseDialect', { value: String(dialect) }));
  }
  const engine = cliEngine();
  try {
    await openProject(engine, project);
    fs.mkdirSync(out, { recursive: true });
    const result = exportWarehouse(engine.session.requireProject().db, out, dialect);
    const tables = result.tables
      .map((t) => say('warehouse.table', { table: t.table, rows: t.rows }))
      .join(listSeparator());
    console.log(say('warehouse.wrote', { dialect, count: result.tables.length, out, tables }));
    return 0;
  } finally {
    engine.close();
  }
}
