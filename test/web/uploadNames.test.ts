/** Browser-mode errors name an uploaded file as the user called it, never by its temp path. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStore } from '../../electron/web/uploads.js';
import type { ImportPreview } from '../../shared/model/import.js';
import { fixture } from '../support/session.js';
import { startTestServer, type TestServer } from './webTestServer.js';

describe('errors about an upload', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
  });

  async function upload(name: string, bytes: Buffer): Promise<string> {
    const res = await t.request('/api/upload', { method: 'POST', headers: { 'x-file-name': name }, body: bytes });
    return (res.json() as { result: { path: string } }).result.path;
  }

  it('a failing import of an upload names the file, not <stateDir>/uploads/<random>/', async () => {
    const file = await upload('my orders.csv', fs.readFileSync(fixture('import/orders-no-customer-ids.csv')));
    const preview = (await t.call('import/preview', { path: file })).json() as { result: ImportPreview };
    expect((await t.call('project/create', { path: 'names' })).status).toBe(200);
    const res = await t.call('import/run', { jobId: 'upload-names', path: file, options: preview.result.options });
    const outcome = res.json() as { ok: false; error: { code: string; message: string; details?: unknown } };
    expect(outcome.error.code).toBe('IMPORT_FAILED');
    expect(outcome.error.message).toBe(
      'No row of my orders.csv could be imported (3 rejected; first reason: missing_customer_id). Check the column roles and formats.',
    );
    expect(outcome.error.details).toEqual({
      file: 'my orders.csv',
      wording: {
        key: 'nothing_imported',
        values: { name: 'my orders.csv', rejected: 3, reason: 'missing_customer_id' },
      },
    });
    expect(res.text).not.toContain(t.stateDir);
    expect(res.text).not.toContain('uploads');
  });

  it('a preview of an upload that has gone names the file', async () => {
    const file = await upload('gone.csv', Buffer.from('a,b\n1,2\n'));
    fs.rmSync(file);
    const res = await t.call('import/preview', { path: file });
    expect(res.text).not.toContain(t.stateDir);
    expect(res.text).toContain('gone.csv');
  });
});

describe('UploadStore.withUserNames', () => {
  it('also hides Windows upload paths', () => {
    const store = new UploadStore('C:\\Users\\ann\\state\\uploads');
    const path = 'C:\\Users\\ann\\state\\uploads\\0a1b2c\\orders.csv';
    expect(
      store.withUserNames({
        ok: false,
        error: { code: 'FILE_NOT_FOUND', message: `File not found: ${path}`, details: { file: path } },
      }),
    ).toEqual({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', message: 'File not found: orders.csv', details: { file: 'orders.csv' } },
    });
  });
});
