/**
 * ABC classes on the hand-made shop. Positive revenue, largest first: a1 600, a3 250, a6 100,
 * a2 50, b7 10 (1010). 80% = 808 is reached with a3 (850) -> A = monetary >= 250; 95% = 959.5 with
 * a2 (1000) -> B = 50 <= monetary < 250; C = the rest: b7 10, a4 0, a5 0 (never ordered).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abcClasses, abcThresholds } from '../../electron/core/analysis/abc.js';
import { projectAbc, saveAbcSegments } from '../../electron/core/analysis/abcSegments.js';
import { compareSegments } from '../../electron/core/analysis/query.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { revenueDescending } from '../../electron/core/pareto/pareto.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { storedSegments } from '../../electron/core/segments/store.js';
import { analysisProject } from './fixture.js';

describe('ABC classes', () => {
  it('classes every customer, with rules on monetary thresholds', async () => {
    const { session } = await analysisProject();
    const abc = projectAbc(session.requireProject().db);
    expect(abc.thresholds).toEqual({ a: 250, b: 50 });
    expect(abc.classes).toEqual([
      {
        class: 'A',
        name: 'A customers',
        rule: { field: 'monetary', op: '>=', value: 250 },
        customers: 2,
        revenue: 850,
        share_customers: 0.285714,
        share_revenue: 0.841584,
      },
      {
        class: 'B',
        name: 'B customers',
        rule: {
          and: [
            { field: 'monetary', op: '>=', value: 50 },
            { field: 'monetary', op: '<', value: 250 },
          ],
        },
        customers: 2,
        revenue: 150,
        share_customers: 0.285714,
        share_revenue: 0.148515,
      },
      {
        class: 'C',
        name: 'C customers',
        rule: { not: { field: 'monetary', op: '>=', value: 50 } },
        customers: 3,
        revenue: 10,
        share_customers: 0.428571,
        share_revenue: 0.009901,
      },
    ]);
  });

  it('puts customers tied at a threshold in the higher class', () => {
    // 40, 40, 10, 10: 80% = 80 is reached by the 2nd 40 (k80 = 2); 95% = 95 by the 4th.
    // Adding a third 40: 120 of 130; 80% = 104 -> k80 = 3, still threshold 40, A = all three 40s.
    expect(abcThresholds(revenueDescending([40, 40, 10, 10]))).toEqual({ a: 40, b: 10 });
    const classes = abcClasses([40, 40, 40, 10, 10, 0]).classes;
    expect(classes.map((c) => [c.class, c.customers])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
    ]);
    // Everyone equal: the first 80% needs everyone, so all are A and B is empty.
    expect(abcClasses([5, 5, 5]).classes.map((c) => c.customers)).toEqual([3, 0, 0]);
  });

  it('has no thresholds without revenue: everyone is C, and nothing can be saved', async () => {
    expect(abcClasses([0, -5]).thresholds).toBeNull();
    expect(abcClasses([0, -5]).classes.map((c) => c.customers)).toEqual([0, 0, 2]);
    const { session } = await analysisProject();
    const db = session.requireProject().db;
    db.exec('UPDATE customer_metrics SET monetary = 0');
    expect(() => saveAbcSegments(db)).toThrow(
      'No customer has revenue yet, so there are no ABC classes. Import an orders file first.',
    );
  });

  it('saves the classes as segments whose members are the classes', async () => {
    const { session } = await analysisProject();
    const db = session.requireProject().db;
    const saved = saveAbcSegments(db, '2024-03-10');
    expect(saved.map((s) => [s.name, s.counts.customers, s.color])).toEqual([
      ['A customers', 2, '#2e7d32'],
      ['B customers', 2, '#f9a825'],
      ['C customers', 3, '#9e9e9e'],
    ]);
    expect(saved[0]?.description).toBe(
      'All customers ranked by revenue: the first 80% of revenue. Rule: monetary >= 250, thresholds fixed on 2024-03-10 from the data then; save the ABC classes again to update them.',
    );
    const keys = new Map(
      (db.prepare('SELECT id, customer_key FROM customers').all() as Array<{ id: number; customer_key: string }>).map(
        (r) => [r.id, r.customer_key],
      ),
    );
    const members = (id: number) => memberIds(db, { segment: id }).map((m) => keys.get(m));
    expect(saved.map((s) => members(s.id))).toEqual([
      ['a1', 'a3'],
      ['a2', 'a6'],
      ['a4', 'a5', 'b7'],
    ]);
    // Together they are everyone, once.
    const sizes = compareSegments(
      db,
      saved.map((s) => ({ id: s.id })),
    );
    expect(sizes.reduce((n, r) => n + r.customers, 0)).toBe(7);
  });

  it('updates same-named segments when saved again, keeping ids and colours', async () => {
    const { session, dir } = await analysisProject();
    const db = session.requireProject().db;
    const first = saveAbcSegments(db);
    db.prepare("UPDATE segments SET color = '#000000' WHERE name = 'A customers'").run();
    // Fixed thresholds: a change in the data does not move a customer until the classes are saved
    // again. The change: a new order of 200 for a6 (100 -> 300), appended as a user would.
    const more = path.join(dir, 'more-orders.csv');
    fs.writeFileSync(
      more,
      'order_id,customer_id,order_date,product,category,amount\no99,a6,2024-03-05,Mug,Kitchen,200.00\n',
    );
    const { options } = await previewFile(more, { kind: 'orders', dateOrder: 'ymd' });
    await session.imports.run({
      jobId: 'more',
      projectPath: session.requireProject().path,
      filePath: more,
      options,
      replace: false,
      append: true,
      onProgress: () => {},
    });
    expect(
      db
        .prepare(
          "SELECT monetary FROM customer_metrics JOIN customers c ON c.id = customer WHERE c.customer_key = 'a6'",
        )
        .pluck()
        .get(),
    ).toBe(300);
    expect(storedSegments(db).find((s) => s.name === 'A customers')?.rule).toEqual({
      field: 'monetary',
      op: '>=',
      value: 250,
    });
    const again = saveAbcSegments(db);
    expect(again.map((s) => s.id)).toEqual(first.map((s) => s.id));
    expect(again[0]?.color).toBe('#000000');
    // Now 600, 300, 250, 50, 10 (1210): 80% = 968 needs 600 + 300 + 250 (1150) -> A = monetary >= 250;
    // those three also pass 95% = 1149.5, so B is empty and C = a2, a4, a5, b7.
    expect(again.map((s) => s.counts.customers)).toEqual([3, 0, 4]);
    expect(again[1]?.rule).toEqual({
      and: [
        { field: 'monetary', op: '>=', value: 250 },
        { field: 'monetary', op: '<', value: 250 },
      ],
    });
    expect(storedSegments(db)).toHaveLength(3);
  });
});
