/**
 * columnCache/customerColumns.ts read from the tables: the metric columns cut from the shared
 * metrics scan and the attribute columns read through the row visitor give, in every variant of
 * the data, exactly the column the row-by-row read gave (null where a value is not of the
 * column's kind: a text in a number column, an integer past 2^53).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { customerBase } from '../../electron/core/columnCache/customerBase.js';
import {
  type ColumnSource,
  type CustomerColumn,
  customerColumn,
  textColumn,
} from '../../electron/core/columnCache/customerColumns.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import type { Session } from '../../electron/core/session.js';
import { VARIANTS, type Variant, variantProject } from './metricsVariants.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** The column as it was read before: every row of the table, the first value of another kind gives up. */
function rowByRow(db: Db, source: ColumnSource): CustomerColumn | null {
  const { base } = customerBase(db);
  const rows = db.prepare(`SELECT customer, ${source.column} FROM ${source.table}`).raw().all() as Array<
    [number, unknown]
  >;
  const numbers = new Float64Array(base.ids.length).fill(Number.NaN);
  const texts: Array<string | null> = new Array(base.ids.length).fill(null);
  for (const [customer, value] of rows) {
    const row = base.rowOf[customer] ?? -1;
    if (row < 0 || value === null) continue;
    if (source.kind === 'number' && (typeof value !== 'number' || Math.abs(value) > 2 ** 53)) return null;
    if (source.kind === 'text' && typeof value !== 'string') return null;
    if (source.kind === 'number') numbers[row] = value as number;
    else texts[row] = value as string;
  }
  return source.kind === 'number' ? { kind: 'number', values: numbers } : textColumn(texts);
}

const attr = (column: string, kind: ColumnSource['kind']): ColumnSource => ({ table: 'customer_attrs', column, kind });
const metric = (column: string): ColumnSource => ({ table: 'customer_metrics', column, kind: 'number' });
/** Full name (text), country (category), age (number, with NULLs), signup (a date, one in 1969), score. */
const SOURCES: ColumnSource[] = [
  metric('frequency'),
  metric('monetary'),
  metric('first_day'),
  metric('last_day'),
  attr('c1', 'text'),
  attr('c2', 'text'),
  attr('c3', 'number'),
  attr('c4', 'number'),
  attr('c6', 'number'),
];

describe('customer columns from the tables', () => {
  it.each(Object.keys(VARIANTS) as Variant[])('equal the row-by-row read: %s', async (variant) => {
    const { session, db } = await variantProject(variant);
    sessions.push(session);
    const { base } = customerBase(db);
    for (const source of SOURCES) {
      expect(customerColumn(db, base, source).column, source.column).toEqual(rowByRow(db, source));
    }
  });

  it('gives the imported values, a day before 1970 and null for a text in monetary', async () => {
    const { session, db } = await variantProject('a text in monetary and in last_day');
    sessions.push(session);
    const { base } = customerBase(db);
    expect(customerColumn(db, base, metric('monetary'))).toEqual({ column: null, toStore: [] });
    const frequency = customerColumn(db, base, metric('frequency'));
    expect(frequency.column).toEqual({ kind: 'number', values: Float64Array.of(2, 2, 1, 0, 1, 0, 0, 1, 1, 0) });
    expect(frequency.toStore.map((c) => c.name)).toEqual(['col/number/customer_metrics/frequency']);
    const signup = customerColumn(db, base, attr('c4', 'number')).column;
    // Seconds since 1970: k06 signed up on 1969-12-31.
    expect(signup?.kind === 'number' && Array.from(signup.values).slice(0, 8)).toEqual([
      1673740800,
      1656547200,
      1677628800,
      Number.NaN,
      1704067200,
      -86400,
      Number.NaN,
      1703980800,
    ]);
  });

  it('codes texts into a sorted dictionary in one pass', () => {
    expect(textColumn(['b', null, 'a', 'b', 'é', 'A', null])).toEqual({
      kind: 'text',
      dictionary: ['A', 'a', 'b', 'é'],
      codes: Int32Array.of(2, -1, 1, 2, 3, 0, -1),
    });
    expect(textColumn([null, null])).toEqual({ kind: 'text', dictionary: [], codes: Int32Array.of(-1, -1) });
  });
});
