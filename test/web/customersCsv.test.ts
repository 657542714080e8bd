/** POST /api/customers.csv: the Data view's rows (search, rule, sort, columns) as a browser download. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CUSTOMERS_CSV } from '../../shared/transport.js';
import { importTyped, SMALL_CUSTOMER_COLUMNS, SMALL_ORDER_COLUMNS } from '../segments/project.js';
import { fixture } from '../support/session.js';
import { startTestServer, type TestServer } from './webTestServer.js';

describe('POST /api/customers.csv', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    const session = t.engine.session;
    session.create(path.join(t.projectsDir, 'shop.segwb'));
    await importTyped(session, fixture('segments/customers.csv'), 'customers', SMALL_CUSTOMER_COLUMNS);
    await importTyped(session, fixture('segments/orders.csv'), 'orders', SMALL_ORDER_COLUMNS);
  });
  afterAll(async () => {
    await t.stop();
  });

  const post = (body: unknown) =>
    t.request(API_CUSTOMERS_CSV, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('downloads the rows the search, rule and sort find, in the columns asked', async () => {
    const res = await post({
      search: 'FRANCE',
      rule: { field: 'frequency', op: '>=', value: 1 },
      sort: { key: 'customer_id', dir: 'asc' },
      columns: ['customer_id', 'country', 'monetary'],
      bom: false,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="customers.csv"');
    expect(res.text).toBe('customer_id,country,monetary\r\nk02,France,75\r\n');
  });

  it.each([
    [{ path: '/etc/passwd' }, 400],
    [[1, 2], 400],
    [{ columns: ['shoe_size'] }, 400],
    [{ sort: { key: 'product', dir: 'asc' } }, 400],
    [{ rule: { field: 'nope', op: 'is_empty' } }, 400],
    [{ extra: 1 }, 400],
  ])('refuses %j with %i', async (body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
  });

  it('wants a POST with the token header', async () => {
    expect((await t.request(API_CUSTOMERS_CSV)).status).toBe(405);
    const noToken = await t.request(API_CUSTOMERS_CSV, {
      method: 'POST',
      noToken: true,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
  });
});
