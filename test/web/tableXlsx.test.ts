/** POST /api/table.xlsx: the comparison table and the RFM summary as workbook downloads, over the real engine. */
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../../electron/web/segmentCsv.js';
import type { AbcClasses } from '../../shared/contract/analysis.js';
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

  it('downloads the ABC classes as the Pareto view shows them', async () => {
    const outcome = await t.engine.call('analysis/abc', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    const abc = { result: outcome.result as AbcClasses };
    const res = await post({ table: 'abc', params: {} });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="abc-classes.xlsx"');
    const rows = await sheet(res.body);
    expect(rows[0]).toEqual(['class', 'customers', 'share_customers', 'revenue', 'share_revenue', 'min_monetary']);
    expect(rows.slice(1)).toEqual(
      abc.result.classes.map((c) => [
        c.class,
        c.customers,
        c.share_customers,
        c.revenue,
        c.share_revenue,
        c.class === 'A' ? abc.result.thresholds?.a : c.class === 'B' ? abc.result.thresholds?.b : null,
      ]),
    );
    // By hand: c3 (325) alone is 52% of the 620 of positive revenue; with c1 (150) 77%; c4 (80) crosses 80%.
    expect(rows[1]?.slice(0, 2)).toEqual(['A', 3]);
  });

  it('downloads the cohorts, one row per cohort and offset with the retention', async () => {
    const res = await post({ table: 'cohorts', params: { period: 'quarter' } });
    expect(res.status).toBe(200);
    const rows = await sheet(res.body);
    expect(rows[0]).toEqual(['cohort', 'customers', 'offset', 'active', 'retention', 'revenue']);
    // First positive orders by quarter: 2023-Q2 c4; 2024-Q1 c1, c2, c3, c5, c6 (c7 only refunded).
    // c4 orders nothing after 2023-Q2; 2024-Q1 revenue 150 + 20 + 325 + 5 + 40 = 540.
    expect(rows.slice(1)).toEqual([
      ['2023-Q2', 1, 0, 1, 1, 80],
      ['2023-Q2', 1, 1, 0, 0, 0],
      ['2023-Q2', 1, 2, 0, 0, 0],
      ['2023-Q2', 1, 3, 0, 0, 0],
      ['2024-Q1', 5, 0, 5, 1, 540],
    ]);
  });

  it.each([
    [{ table: 'pareto', params: {} }],
    [{ table: 'compare', params: { segments: [{ all: true }], path: '/tmp/x.xlsx' } }],
    [{ table: 'compare', params: { segments: [] } }],
  ])('refuses %j', async (body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
  });
});
