/**
 * GA4 (BigQuery export flattened to CSV) and Matomo (visits, one row per action) fixtures written
 * from the formats' documented columns: every mapping checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { recogniseLayout } from '../../electron/core/import/events/layouts.js';
import { fixture } from '../support/session.js';
import { emptyProject, fileFacts, importEvents } from './support.js';

const EVENTS_SQL = `SELECT c.customer_key AS customer, e.ts, e.type, e.type_original, e.session, e.product, e.category,
  e.price, e.device, e.source, e.medium, e.page FROM events e JOIN customers c ON c.id = e.customer ORDER BY e.id`;

describe('GA4 export', () => {
  it('maps user, microsecond timestamps, event names, device, traffic source, session, page and items', async () => {
    const { db } = emptyProject();
    const result = await importEvents(db, fixture('events/ga4-export.csv'));
    expect(result).toEqual({
      layout: 'ga4',
      rows_read: 6,
      rows_imported: 5,
      rows_rejected: 1,
      rejected_by_reason: { 'invalid date': 1 },
      rejects: [{ row: 7, column: 'event_timestamp', reason: 'invalid date', value: null }],
      customers_added: 2,
      ...fileFacts(fixture('events/ga4-export.csv')),
    });
    const rows = db.prepare(EVENTS_SQL).all();
    expect(rows[1]).toEqual({
      customer: '1197596843.1709647331',
      ts: 1709647400,
      type: 'view',
      type_original: 'view_item',
      session: '1709647331',
      product: 'SKU_1',
      category: 'Mugs',
      price: 12.5,
      device: 'mobile',
      source: 'google',
      medium: 'organic',
      page: 'https://shop.example/mugs/blue',
    });
    // A signed-in user's user_id wins over the pseudo id.
    expect(rows.map((r) => `${(r as { customer: string }).customer} ${(r as { type: string }).type}`)).toEqual([
      '1197596843.1709647331 view',
      '1197596843.1709647331 view',
      '1197596843.1709647331 cart',
      'u-77 view',
      'u-77 purchase',
    ]);
  });
});

describe('Matomo visits export', () => {
  it('maps visitor or user id, timestamp or the pretty server time, action types, device and referrer', async () => {
    const { db } = emptyProject();
    const result = await importEvents(db, fixture('events/matomo-visits.csv'));
    expect(result).toEqual({
      layout: 'matomo',
      rows_read: 4,
      rows_imported: 3,
      rows_rejected: 1,
      rejected_by_reason: { 'missing customer id': 1 },
      rejects: [{ row: 5, column: 'userId', reason: 'missing customer id', value: null }],
      customers_added: 2,
      ...fileFacts(fixture('events/matomo-visits.csv')),
    });
    const rows = db.prepare(EVENTS_SQL).all();
    expect(rows).toEqual([
      {
        customer: '5c7a1e2f3b4d5e6f',
        ts: 1709647331,
        type: 'view',
        type_original: 'action',
        session: '501',
        product: null,
        category: null,
        price: null,
        device: 'smartphone',
        source: 'Google',
        medium: 'search',
        page: 'https://shop.example/',
      },
      {
        customer: '5c7a1e2f3b4d5e6f',
        ts: 1709647420,
        type: 'cart',
        type_original: 'ecommerceAbandonedCart',
        session: '501',
        product: null,
        category: null,
        price: null,
        device: 'smartphone',
        source: 'Google',
        medium: 'search',
        page: 'https://shop.example/cart',
      },
      {
        customer: 'anna@example.com',
        // No timestamp: "Mar 6, 2024 09:15:00" as written.
        ts: Date.UTC(2024, 2, 6, 9, 15) / 1000,
        type: 'purchase',
        type_original: 'ecommerceOrder',
        session: '502',
        product: null,
        category: null,
        price: 42,
        device: 'desktop',
        source: 'spring-sale',
        medium: 'campaign',
        page: 'https://shop.example/thanks',
      },
    ]);
  });

  it('reads idvisitor as visitorId and refuses a file of no known layout', async () => {
    expect(recogniseLayout(['idvisitor', 'type', 'serverTimePretty'])?.name).toBe('matomo');
    expect(recogniseLayout(['customer', 'date', 'amount'])).toBeNull();
    const { db } = emptyProject();
    await expect(importEvents(db, fixture('events/orders-seasons.csv'))).rejects.toThrow(
      'orders-seasons.csv is not an events file this version reads',
    );
  });
});
