import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerDetail } from '../../electron/core/customers/detail.js';
import type { Session } from '../../electron/core/session.js';
import { insertSegment, smallProject } from '../segments/project.js';

let session: Session;
let buyers: number;

beforeAll(async () => {
  session = await smallProject();
  buyers = insertSegment(session, 'Buyers', { field: 'frequency', op: '>=', value: 1 });
  insertSegment(session, 'France', { field: 'country', op: 'in', value: ['France'] });
  insertSegment(session, 'Shoe buyers in Wales', {
    and: [
      { field: 'country', op: 'in', value: ['Wales'] },
      { orders: { where: { field: 'category', op: 'in', value: ['Shoes'] } }, measure: 'count', op: '>=', value: 1 },
    ],
  });
  // A saved rule that no longer fits the data has no members (and does not break the panel).
  insertSegment(session, 'Broken', { field: 'gone', op: 'is_empty' });
});
afterAll(() => session.close());

describe('the customer panel', () => {
  it("gives a customer's attributes, orders newest first with their lines, and saved segments", () => {
    const detail = customerDetail(session.requireProject().db, 'k01');
    expect(detail.values).toMatchObject({ customer_id: 'k01', 'Full name': 'Zoë Adams', vip: true, monetary: 13.5 });
    expect(detail.lineColumns.map((c) => c.key)).toEqual(['product', 'category', 'channel', 'quantity', 'unit_price']);
    expect(detail.orderCount).toBe(3);
    expect(detail.orders).toEqual([
      {
        order_id: 'R1',
        date: '2024-03-05',
        amount: -80,
        counted: true,
        lines: [
          {
            amount: -80,
            values: { product: 'Boots', category: 'Shoes', channel: 'store', quantity: -1, unit_price: 80 },
          },
        ],
      },
      {
        order_id: 'O2',
        date: '2024-03-01',
        amount: 80,
        counted: true,
        lines: [
          {
            amount: 80,
            values: { product: 'Boots', category: 'Shoes', channel: 'store', quantity: 1, unit_price: 80 },
          },
        ],
      },
      {
        order_id: 'O1',
        date: '2024-01-10',
        amount: 13.5,
        counted: true,
        lines: [
          { amount: 10, values: { product: 'Mug', category: 'Kitchen', channel: 'web', quantity: 2, unit_price: 5 } },
          { amount: 3.5, values: { product: 'Tea', category: 'Food', channel: 'web', quantity: 1, unit_price: 3.5 } },
        ],
      },
    ]);
    expect(detail.segments.map((s) => s.name)).toEqual(['Buyers', 'Shoe buyers in Wales']);
    expect(detail.segments[0]?.id).toBe(buyers);
  });

  it('gives a customer without orders an empty order list', () => {
    const detail = customerDetail(session.requireProject().db, 'k06');
    expect({ orders: detail.orders, count: detail.orderCount, segments: detail.segments.map((s) => s.name) }).toEqual({
      orders: [],
      count: 0,
      segments: ['France'],
    });
  });

  it('marks orders on or after the as-of date as not counted', () => {
    const db = session.requireProject().db;
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', '2024-03-05')").run();
    try {
      expect(customerDetail(db, 'k01').orders.map((o) => [o.order_id, o.counted])).toEqual([
        ['R1', false],
        ['O2', true],
        ['O1', true],
      ]);
    } finally {
      db.prepare("DELETE FROM meta WHERE key = 'as_of'").run();
    }
  });

  it('says when the customer is not in the project', () => {
    expect(() => customerDetail(session.requireProject().db, 'k99')).toThrow(
      'There is no customer "k99" in this project. The data may have changed: search for the customer again.',
    );
  });
});
