/**
 * A customers file and an orders file that both have a Country column: both import, each field
 * keeps its source, and a rule on each counts its own data.
 */
import { describe, expect, it } from 'vitest';
import { countRule } from '../../electron/core/segments/count.js';
import { listFields } from '../../electron/core/segments/fieldList.js';
import { fixture, importFile, newSession } from '../support/session.js';

const customersFile = fixture('import/country-customers.csv');
const ordersFile = fixture('import/country-orders.csv');

function countryFields(db: Parameters<typeof listFields>[0]) {
  return listFields(db)
    .filter((f) => f.label === 'Country')
    .map((f) => ({ key: f.key, source: f.source }));
}

describe('a column name shared by the customers and the orders file', () => {
  it.each([
    ['customers first', [customersFile, ordersFile], 'country', 'country (orders)'],
    ['orders first', [ordersFile, customersFile], 'country (customers)', 'country'],
  ])(
    'imports both files (%s); a rule on each Country counts its own data',
    async (_order, files, customerKey, orderKey) => {
      const session = newSession();
      session.create(`${session.options.projectsDir}/shared.segwb`);
      for (const file of files) await importFile(session, file as string);
      const { db } = session.requireProject();
      expect(countryFields(db)).toEqual([
        { key: customerKey, source: 'customers' },
        { key: orderKey, source: 'orders' },
      ]);
      // Customers living in Wales: k1, k2.
      expect(countRule(db, { field: customerKey as string, op: 'equals', value: 'Wales' }).customers).toBe(2);
      // Customers with an order shipped to France: k1 (o1), k2 (o3).
      const inFrance = {
        orders: { where: { field: orderKey as string, op: 'equals', value: 'France' } },
        measure: 'count',
        op: '>=',
        value: 1,
      } as const;
      expect(countRule(db, inFrance).customers).toBe(2);
      // Customers with an order shipped to Iran: k3, k4 (only k3 lives there).
      const inIran = {
        orders: { where: { field: orderKey as string, op: 'equals', value: 'Iran' } },
        measure: 'count',
        op: '>=',
        value: 1,
      } as const;
      expect(countRule(db, inIran).customers).toBe(2);
      session.close();
    },
  );

  it('re-importing the same kind replaces its own fields and keeps the other kind', async () => {
    const session = newSession();
    session.create(`${session.options.projectsDir}/again.segwb`);
    await importFile(session, customersFile);
    await importFile(session, ordersFile);
    await importFile(session, ordersFile, undefined, true);
    await importFile(session, customersFile, undefined, true);
    const { db } = session.requireProject();
    expect(countryFields(db)).toEqual([
      { key: 'country', source: 'customers' },
      { key: 'country (orders)', source: 'orders' },
    ]);
    const count = db.prepare('SELECT source, COUNT(*) AS n FROM fields GROUP BY source ORDER BY source').all();
    expect(count).toEqual([
      { source: 'customers', n: 2 },
      { source: 'orders', n: 3 },
    ]);
    session.close();
  });
});
