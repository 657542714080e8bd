/** POST /api/table.xlsx: the comparison table and the RFM summary as workbook downloads, over the real engine. */
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../electron/web/segmentCsv.js';
import { API_TABLE_XLSX } from '../../shared/transport.js';
import { fixture, importFile } from '../support/session.js';
import { startTestServer, type TestServer } from './webTestServer.js';

describe('POST /api/table.xlsx', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    const session = t.engine.session;
    session.create(path.join(t.projectsDir, 'shop.segwb'));
    const shop = (name: string) => fixture(path.join('segments-store', name));
    await importFile(session, shop('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
    await importFile(session, shop('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
  });
  afterAll(async () => {
    await t.stop();
  });

  const post = (body: unknown) =>
    t.request(API_TABLE_XLSX, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function sheet(body: Buffer): Promise<unknown[][]> {
    const file = path.join(t.projectsDir, `table-${Date.now()}.xlsx`);
    fs.writeFileSync(file, body);
    return ((await readXlsxFile(file)) as unknown as Array<{ data: unknown[][] }>)[0]?.data ?? [];
  }

  it('downloads the comparison table with number cells', async () => {
    const res = await post({ table: 'compare', params: { segments: [{ all: true }] } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe('attachment; filename="segment-comparison.xlsx"');
    const rows = await sheet(res.body);
    // orders.csv by hand: 8 customers, revenue 100+50+20+300+10+15+80+5+40-30 = 590 over 9 paid orders.
    expect(rows[0]?.slice(0, 8)).toEqual([
      'segment',
      'customers',
      'share_customers',
      'revenue',
      'share_revenue',
      'revenue_per_customer',
      'aov',
      'mean_frequency',
    ]);
    expect(rows[1]?.slice(1, 8)).toEqual([8, 1, 590, 1, 73.75, 65.555556, 1.125]);
  });

  it('downloads the RFM summary', async () => {
    const res = await post({ table: 'rfm', params: { bins: 3, scheme: 'rf-grid' } });
    expect(res.status).toBe(200);
    const rows = await sheet(res.body);
    expect(rows[0]?.[0]).toBe('segment');
    // Every scored customer is in one RFM segment: 8 customers, less c8 (never ordered) and c7 (only a refund).
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(6);
  });

  it.each([
    [{ table: 'abc', params: {} }],
    [{ table: 'compare', params: { segments: [{ all: true }], path: '/tmp/x.xlsx' } }],
    [{ table: 'compare', params: { segments: [] } }],
  ])('refuses %j', async (body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
  });
});
