/** GET /api/segment.csv: a saved segment's members as a browser download, over the real engine. */
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveSegment } from '../../electron/core/segments/store.js';
import { contentDisposition, XLSX_TYPE } from '../../electron/web/segmentCsv.js';
import { API_SEGMENT_CSV } from '../../shared/transport.js';
import { fixture, importFile } from '../support/session.js';
import { startTestServer, type TestServer } from './webTestServer.js';

const DORA = {
  email: 'c7a1ac5989359eab635859250607bad9a4c6278a718c78f0a2e0c601277bc1b4',
  first: '69db31976ead37b85cc42a49c95fd06eec99cfd9b7ff219a25c0f59cb4049343',
  last: '2dbd218072117713f2d5996a726a9b216ed791ffd0783b6ba4ab6d61b8333192',
};

describe('GET /api/segment.csv', () => {
  let t: TestServer;
  const exportedTo: string[] = [];
  let uk = 0;
  let germany = 0;
  beforeAll(async () => {
    t = await startTestServer({
      wrapEngine: (engine) => ({
        session: engine.session,
        onEvent: engine.onEvent,
        call(method, params) {
          if (method === 'segments/export') exportedTo.push((params as { path: string }).path);
          return engine.call(method, params);
        },
      }),
    });
    const session = t.engine.session;
    session.create(path.join(t.projectsDir, 'shop.segwb'));
    const shop = (name: string) => fixture(path.join('segments-store', name));
    await importFile(session, shop('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
    await importFile(session, shop('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
    const db = session.requireProject().db;
    uk = saveSegment(db, { name: 'UK customers', rule: { field: 'country', op: 'in', value: ['UK'] } }).id;
    germany = saveSegment(db, { name: 'Deutschland: Käufer', rule: { field: 'country', op: 'in', value: ['DE'] } }).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('downloads the chosen columns with the token in the query, then deletes the temp file', async () => {
    const res = await t.request(`${API_SEGMENT_CSV}?id=${uk}&columns=email,age&token=${t.server.token}`, {
      noToken: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="segment-${uk}.csv"; filename*=UTF-8''UK%20customers.csv`,
    );
    expect(res.text).toBe(
      'customer_id,email,age\r\nc1,ann@example.com,29\r\nc2,bob@example.com,41\r\nc6,fay@example.com,38\r\nc8,hal@example.com,19\r\n',
    );
    const file = exportedTo.at(-1) ?? '';
    expect(path.basename(file)).toBe(`segment-${uk}.csv`);
    await vi.waitFor(() => expect(fs.existsSync(path.dirname(file))).toBe(false));
  });

  it('masks or leaves out personal fields when asked, and refuses an unknown choice', async () => {
    const masked = await t.request(`${API_SEGMENT_CSV}?id=${uk}&columns=email,age&personal=mask`);
    expect(masked.text).toBe(
      'customer_id,email,age\r\nc1,a…@example.com,29\r\nc2,b…@example.com,41\r\nc6,f…@example.com,38\r\nc8,h…@example.com,19\r\n',
    );
    const omitted = await t.request(`${API_SEGMENT_CSV}?id=${uk}&columns=email,age&personal=omit`);
    expect(omitted.text).toBe('customer_id,age\r\nc1,29\r\nc2,41\r\nc6,38\r\nc8,19\r\n');
    const wrong = await t.request(`${API_SEGMENT_CSV}?id=${uk}&personal=hide`);
    expect(wrong.status).toBe(400);
  });

  it('downloads the Google Customer Match layout: hashed, country code in clear', async () => {
    const res = await t.request(`${API_SEGMENT_CSV}?id=${germany}&layout=google_customer_match`);
    expect(res.status).toBe(200);
    // printf '%s' dora@example.com | sha256sum; printf '%s' dora | sha256sum; printf '%s' müller | sha256sum
    expect(res.text).toBe(
      `Email,Phone,First Name,Last Name,Country,Zip\r\n${DORA.email},,${DORA.first},${DORA.last},DE,\r\n`,
    );
  });

  it('downloads an .xlsx workbook with typed cells under the segment name', async () => {
    const res = await t.request(`${API_SEGMENT_CSV}?id=${uk}&columns=email,age&format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="segment-${uk}.xlsx"; filename*=UTF-8''UK%20customers.xlsx`,
    );
    const file = path.join(t.projectsDir, 'uk.xlsx');
    fs.writeFileSync(file, res.body);
    const sheets = (await readXlsxFile(file)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
    expect(sheets[0]?.data).toEqual([
      ['customer_id', 'email', 'age'],
      ['c1', 'ann@example.com', 29],
      ['c2', 'bob@example.com', 41],
      ['c6', 'fay@example.com', 38],
      ['c8', 'hal@example.com', 19],
    ]);
    const wrong = await t.request(`${API_SEGMENT_CSV}?id=${uk}&format=pdf`);
    expect(wrong.status).toBe(400);
  });

  it('downloads the Mailchimp layout with a BOM', async () => {
    const res = await t.request(`${API_SEGMENT_CSV}?id=${germany}&layout=mailchimp&bom=1`);
    expect(res.status).toBe(200);
    expect(res.text).toBe(
      '\uFEFFEmail Address,First Name,Last Name,Tags\r\ndora@example.com,Dora,Müller,Deutschland: Käufer\r\n',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="segment-${germany}.csv"; filename*=UTF-8''Deutschland%20K%C3%A4ufer.csv`,
    );
  });

  it.each([
    ['', 400, 'INVALID_PARAMS'],
    ['id=0', 400, 'INVALID_PARAMS'],
    ['id=1.5', 400, 'INVALID_PARAMS'],
    ['id=abc', 400, 'INVALID_PARAMS'],
    ['id=1&layout=xls', 400, 'INVALID_PARAMS'],
    ['id=1&columns=shoe_size', 400, 'INVALID_PARAMS'],
    ['id=99', 404, 'NOT_FOUND'],
  ])('?%s -> %i %s', async (query, status, code) => {
    const res = await t.request(`${API_SEGMENT_CSV}?${query}`);
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a request without the token, and other verbs', async () => {
    expect((await t.request(`${API_SEGMENT_CSV}?id=${uk}`, { noToken: true })).status).toBe(401);
    expect((await t.request(`${API_SEGMENT_CSV}?id=${uk}&token=wrong`, { noToken: true })).status).toBe(401);
    expect((await t.request(`${API_SEGMENT_CSV}?id=${uk}`, { method: 'POST' })).status).toBe(405);
  });

  it('names the download after the segment, without characters a file name cannot hold', () => {
    expect(contentDisposition('a/b: "c"?', 3)).toBe(
      `attachment; filename="segment-3.csv"; filename*=UTF-8''a%20b%20c.csv`,
    );
    expect(contentDisposition("O'Neil (VIP)", 6)).toBe(
      `attachment; filename="segment-6.csv"; filename*=UTF-8''O%27Neil%20%28VIP%29.csv`,
    );
    expect(contentDisposition(null, 4)).toBe('attachment; filename="segment-4.csv"');
    expect(contentDisposition('///', 5)).toBe('attachment; filename="segment-5.csv"');
  });
});
