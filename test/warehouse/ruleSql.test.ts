/** The schema and the SQL of rules on a small demo shop, as exact texts, and the refusals. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { csvCell } from '../../electron/core/warehouse/exportWarehouse.js';
import { ruleSql } from '../../electron/core/warehouse/ruleSql.js';
import { createTablesSql, warehouseSchema } from '../../electron/core/warehouse/schema.js';
import { thrown } from '../segments/members.js';
import { newSession, tempDir } from '../support/session.js';

let db: Db;
beforeAll(async () => {
  const dir = tempDir();
  db = (await createDemoProject(newSession(dir), { path: path.join(dir, 'd.segwb'), customers: 50, seed: 1 })).project
    .db;
});

describe('the warehouse schema of the demo shop', () => {
  it('has the documented orders and order_lines tables, order fields named by their keys', () => {
    const sql = createTablesSql(warehouseSchema(db), 'postgres');
    expect(sql).toContain(
      'CREATE TABLE "order_lines" (\n  "order_id" VARCHAR NOT NULL,\n  "customer_id" VARCHAR NOT NULL,\n  "order_time" TIMESTAMP,\n  "amount" DOUBLE PRECISION,\n  "product" VARCHAR,\n  "category" VARCHAR,\n  "channel" VARCHAR,\n  "quantity" DOUBLE PRECISION,\n  "unit_price" DOUBLE PRECISION\n);',
    );
    expect(sql).toContain('  "signup_date" DATE,\n');
    expect(createTablesSql(warehouseSchema(db), 'duckdb')).toContain('  "amount" DOUBLE,\n');
    expect(createTablesSql(warehouseSchema(db), 'sqlite')).toContain('  "signup_date" TEXT,\n');
  });
});

describe('rules as SQL', () => {
  it('writes a rule with not, a list of values and an orders condition as one SELECT', () => {
    const rule = {
      not: {
        and: [
          { field: 'country', op: 'in' as const, value: ['DE', "it's"] },
          {
            orders: { where: { field: 'category', op: 'contains' as const, value: 'Shoe' }, within_last_days: 90 },
            measure: 'count' as const,
            op: '>=' as const,
            value: 2,
          },
        ],
      },
    };
    expect(ruleSql(db, rule, { dialect: 'postgres' })).toBe(
      `SELECT c.customer_id FROM customers c WHERE (NOT COALESCE(((c."country" IN ('DE', 'it''s')) AND (c.customer_id IN (SELECT l.customer_id FROM order_lines l JOIN orders t ON t.order_id = l.order_id AND t.customer_id = l.customer_id WHERE (l.order_time < TIMESTAMP '2026-07-01 00:00:00') AND (l.order_time >= TIMESTAMP '2026-04-02 00:00:00') AND (strpos(translate(lower(normalize(l."category", NFC)), 'يك', 'یک'), 'shoe') > 0) AND (t.amount > 0) GROUP BY l.customer_id HAVING COUNT(DISTINCT l.order_id) >= 2))), FALSE)) ORDER BY c.customer_id`,
    );
  });

  it('counts back from --as-of and writes SQLite dates as text', () => {
    const sql = ruleSql(
      db,
      { field: 'last_order', op: 'within_last_days', value: 30 },
      { dialect: 'sqlite', asOf: 20_000 },
    );
    expect(sql).toBe(
      `SELECT c.customer_id FROM customers c LEFT JOIN (SELECT o.customer_id, COUNT(*) FILTER (WHERE o.amount > 1e-9) AS frequency, ROUND(SUM(o.amount), 6) AS monetary,
    MIN(CAST(julianday(o.order_date) - 2440587.5 AS INTEGER)) FILTER (WHERE o.amount > 1e-9) AS first_day, MAX(CAST(julianday(o.order_date) - 2440587.5 AS INTEGER)) FILTER (WHERE o.amount > 1e-9) AS last_day
    FROM orders o WHERE o.order_date < '2024-10-04' GROUP BY o.customer_id) m ON m.customer_id = c.customer_id WHERE (m.last_day >= 19970) ORDER BY c.customer_id`,
    );
  });

  it('refuses what cannot run on the warehouse tables, naming the condition and its place', () => {
    expect(
      thrown(() => ruleSql(db, { and: [{ field: 'p_alive', op: '>', value: 0.5 }] }, { dialect: 'duckdb' })),
    ).toEqual({
      code: 'INVALID_PARAMS',
      message:
        'The condition on "p_alive" cannot run where the data lives: the lifetime-value predictions come from a model fit kept in the project file, not data the warehouse tables hold. Remove it from the rule, or save the segment\'s members and use them as a list.',
      details: { path: '0', field: 'p_alive' },
    });
    expect(
      thrown(() => ruleSql(db, { field: 'city', op: 'contains', value: 'a\u0000' }, { dialect: 'postgres' })).message,
    ).toBe('The value "a\\0" holds a NUL character, which cannot be written in SQL text: remove it from the rule.');
  });
});

describe('CSV cells', () => {
  it('quotes text, leaves empty values unquoted and writes ISO dates and times', () => {
    expect(csvCell('text', 'say "hi"\n=1+2')).toBe('"say ""hi""\n=1+2"');
    expect(csvCell('text', '')).toBe('""');
    expect(csvCell('number', null)).toBe('');
    expect(csvCell('number', 0.1)).toBe('0.1');
    expect(csvCell('date', 14_944)).toBe('2010-12-01');
    expect(csvCell('timestamp', 14_944 * 86_400 + 3661)).toBe('2010-12-01 01:01:01');
    expect(csvCell('boolean', 1)).toBe('true');
    expect(csvCell('boolean', 0)).toBe('false');
  });
});
