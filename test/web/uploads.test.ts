/** Uploads stream to <stateDir>/uploads/<random>/<safe name>; the rejects download streams a temp CSV back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sanitiseFileName, UploadStore } from '../../electron/web/uploads.js';
import { startTestServer, type TestServer } from './webTestServer.js';

describe('sanitiseFileName', () => {
  it.each([
    ['orders.csv', 'orders.csv'],
    ['../../evil.csv', 'evil.csv'],
    ['..%2F..%2Fevil.csv', 'evil.csv'],
    ['C:\\Users\\x\\orders.csv', 'orders.csv'],
    ['%E9t%C3%A9.csv', '%E9t%C3%A9.csv'],
    ['%C3%A9t%C3%A9%202024.csv', 'été 2024.csv'],
    ['a\u0000b\u001fc\u007f.csv', 'abc.csv'],
    ['what?<>:"|*.csv', 'what.csv'],
    ['..', 'upload'],
    ['', 'upload'],
    [undefined, 'upload'],
    ['  .hidden.csv. ', 'hidden.csv'],
    ['CON.csv', '_CON.csv'],
    [`${'a'.repeat(300)}.csv`, `${'a'.repeat(196)}.csv`],
    ['invoice\u202Evsc.exe', 'invoicevsc.exe'],
    ['a\u2066b\u2069\u200Fc\u061C\u200E.csv', 'abc.csv'],
    ['x\u009By\u0085.csv', 'xy.csv'],
    [encodeURIComponent('\u202Eorders.csv'), 'orders.csv'],
  ])('%j -> %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });
});

describe('POST /api/upload', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('streams the bytes to <stateDir>/uploads/<random>/<sanitised name>', async () => {
    const bytes = Buffer.from('customer_id,amount\nc1,10.50\nc2,"1,5"\n\u00e9\n', 'utf8');
    const res = await t.request('/api/upload', {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent('../../evil.csv'), 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(res.status).toBe(200);
    const outcome = res.json() as { ok: boolean; result: { path: string } };
    expect(outcome.ok).toBe(true);
    const file = outcome.result.path;
    expect(path.basename(file)).toBe('evil.csv');
    expect(path.dirname(path.dirname(file))).toBe(path.join(t.stateDir, 'uploads'));
    expect(path.basename(path.dirname(file))).toMatch(/^[0-9a-f]{24}$/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('two uploads of the same name do not collide', async () => {
    const send = (body: string) =>
      t.request('/api/upload', { method: 'POST', headers: { 'x-file-name': 'same.csv' }, body });
    const a = (await send('a')).json() as { result: { path: string } };
    const b = (await send('b')).json() as { result: { path: string } };
    expect(a.result.path).not.toBe(b.result.path);
    expect(fs.readFileSync(a.result.path, 'utf8')).toBe('a');
    expect(fs.readFileSync(b.result.path, 'utf8')).toBe('b');
  });

  it('GET -> 405', async () => {
    expect((await t.request('/api/upload')).status).toBe(405);
  });

  it('the server removes its uploads when it stops', async () => {
    const other = await startTestServer();
    const res = await other.request('/api/upload', { method: 'POST', headers: { 'x-file-name': 'x.csv' }, body: 'x' });
    const file = (res.json() as { result: { path: string } }).result.path;
    expect(fs.existsSync(file)).toBe(true);
    await other.server.close();
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    await other.stop();
  });
});

describe('UploadStore.removeStale', () => {
  it('removes upload folders older than a day and keeps newer ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-uploads-'));
    try {
      fs.mkdirSync(path.join(dir, 'old'));
      fs.mkdirSync(path.join(dir, 'new'));
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
      fs.utimesSync(path.join(dir, 'old'), twoDaysAgo, twoDaysAgo);
      await new UploadStore(dir).removeStale();
      expect(fs.readdirSync(dir)).toEqual(['new']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing uploads folder is fine', async () => {
    await expect(
      new UploadStore(path.join(os.tmpdir(), 'segwb-no-such-dir-xyz')).removeStale(),
    ).resolves.toBeUndefined();
  });
});

describe('GET /api/rejects.csv', () => {
  const csv = 'row,reason\n3,"amount is not a number: ""abc"""\n';
  let t: TestServer;
  let savedTo = '';
  beforeAll(async () => {
    // The engine's import/saveRejects is exercised by the engine's own tests; here only the download path matters.
    t = await startTestServer({
      wrapEngine: (engine) => ({
        session: engine.session,
        onEvent: engine.onEvent,
        async call(method, params) {
          if (method !== 'import/saveRejects') return engine.call(method, params);
          const p = params as { datasetId: number; path: string };
          if (p.datasetId !== 7) return { ok: false, error: { code: 'NOT_FOUND', message: 'No dataset 8.' } };
          savedTo = p.path;
          fs.writeFileSync(p.path, csv);
          return { ok: true, result: { path: p.path, rows: 1 } };
        },
      }),
    });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('streams the CSV as an attachment and deletes the temp file', async () => {
    const res = await t.request(`/api/rejects.csv?datasetId=7&token=${t.server.token}`, { noToken: true });
    expect(res.status).toBe(200);
    expect(res.text).toBe(csv);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rejected-rows-7.csv"');
    expect(path.basename(savedTo)).toBe('rejected-rows-7.csv');
    // The temp folder goes once the stream has finished, which may be just after the client saw the end.
    await vi.waitFor(() => expect(fs.existsSync(path.dirname(savedTo))).toBe(false));
  });

  it('an engine error comes back as its CallOutcome', async () => {
    const res = await t.request('/api/rejects.csv?datasetId=8', {});
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No dataset 8.' } });
  });

  it.each([[''], ['datasetId=0'], ['datasetId=-1'], ['datasetId=1.5'], ['datasetId=abc']])('?%s -> 400', async (q) => {
    expect((await t.request(`/api/rejects.csv?${q}`)).status).toBe(400);
  });

  it('the real engine answers too: no project open -> 409 NO_PROJECT', async () => {
    const plain = await startTestServer();
    try {
      const res = await plain.request('/api/rejects.csv?datasetId=1');
      expect(res.status).toBe(409);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    } finally {
      await plain.stop();
    }
  });
});
