/**
 * A first page in customer-key order read from the start of the key index (rfm/keys.ts
 * firstInKeyOrder, rfm/result.ts): the same customers as the whole key order filtered and cut,
 * ascending and descending, within a segment, and the pages of rfm/compute built on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { firstInKeyOrder, keyOrder } from '../../electron/core/rfm/keys.js';
import { rfmResult } from '../../electron/core/rfm/result.js';
import type { Session } from '../../electron/core/session.js';
import { rfmProject } from './project.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

/** The orders fixture with every second customer's key renamed, so that key order is not id order. */
async function shuffledKeys(): Promise<Db> {
  const session = await rfmProject('orders');
  sessions.push(session);
  const db = session.requireProject().db;
  db.exec("UPDATE customers SET customer_key = 'a' || customer_key WHERE id % 2 = 0");
  return db;
}

describe('the first customers in key order', () => {
  it('equal the whole key order filtered and cut, both ways', async () => {
    const db = await shuffledKeys();
    const c = computeRfm(db, {});
    const whole = Array.from(keyOrder(db, c.population));
    expect(whole.length).toBe(10);
    expect(whole.slice(0, 4).map((i) => c.population.ids[i])).toEqual([2, 4, 6, 8]);
    const champions = c.model.table.names.indexOf('Champions');
    const keeps: Array<[string, (i: number) => boolean]> = [
      ['everyone', () => true],
      ['Champions', (i) => c.segment[i] === champions],
      ['no one', () => false],
    ];
    for (const [label, keep] of keeps) {
      for (const descending of [false, true]) {
        const order = whole.filter(keep);
        if (descending) order.reverse();
        for (let count = 1; count <= 12; count += 1) {
          const first = firstInKeyOrder(db, c.population, count, descending, keep);
          expect(first && Array.from(first), `${label} ${descending} ${count}`).toEqual(order.slice(0, count));
        }
      }
    }
  });

  it('gives rfm/compute pages by customer id from the start of the index', async () => {
    const db = await shuffledKeys();
    const keys = (customers: object) => rfmResult(db, { customers } as never).page?.rows.map((r) => r.customer_id);
    expect(keys({ offset: 0, limit: 4 })).toEqual(['ac02', 'ac04', 'ac06', 'ac08']);
    expect(keys({ offset: 8, limit: 4, sort: { key: 'customer_id', dir: 'desc' } })).toEqual(['ac04', 'ac02']);
    const page = rfmResult(db, { customers: { offset: 0, limit: 2, segment: 'At Risk' } }).page;
    expect(page?.total).toBe(1);
    expect(page?.rows.map((r) => [r.customer_id, r.segment])).toEqual([['ac08', 'At Risk']]);
    const lost = rfmResult(db, { customers: { offset: 0, limit: 3, segment: 'Lost' } }).page;
    expect([lost?.total, lost?.rows.map((r) => r.customer_id)]).toEqual([1, ['c09']]);
  });
});
