/**
 * Browser mode's segment download reaches the user's screen when the server refuses it: the client
 * fetches the CSV and turns the server's 400 into an error with its message (it used to be a bare
 * link, so a refusal vanished). And the Mailchimp layout is only offered with an email field.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSegment } from '../../electron/core/segments/store.js';
import { ApiError } from '../../renderer/src/api/apiError.js';
import {
  fetchSegmentCsv,
  hasEmailField,
  type SegmentExportChoice,
  segmentCsvPath,
  segmentFileName,
} from '../../renderer/src/api/segmentExport.js';
import type { FieldInfo } from '../../shared/api.js';
import { fixture, importFile } from '../support/session.js';
import { startTestServer, type TestServer } from './webTestServer.js';

const NO_EMAIL =
  'The Mailchimp layout needs an email field, and this project has none. Import a customers file with email addresses, or export the columns layout.';

describe('fetchSegmentCsv against the browser-mode server', () => {
  let t: TestServer;
  let withEmail = 0;
  let base = '';
  const fetchHere: typeof fetch = (url, init) => fetch(`${base}${String(url)}`, init);

  beforeAll(async () => {
    t = await startTestServer();
    base = `http://127.0.0.1:${t.server.port}`;
    const session = t.engine.session;
    session.create(path.join(t.projectsDir, 'shop.segwb'));
    await importFile(session, fixture(path.join('segments-store', 'orders.csv')), { kind: 'orders', dateOrder: 'ymd' });
    withEmail = saveSegment(session.requireProject().db, { name: 'All', rule: { and: [] } }).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('a refused Mailchimp export rejects with the server message', async () => {
    const url = segmentCsvPath({
      id: withEmail,
      layout: 'mailchimp',
      columns: [],
      bom: false,
      personal: 'keep',
      format: 'csv',
    });
    const failure = await fetchSegmentCsv(url, t.server.token, fetchHere).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).toShape()).toEqual({ code: 'INVALID_PARAMS', message: NO_EMAIL });
  });

  it('a columns export arrives as CSV', async () => {
    const url = segmentCsvPath({
      id: withEmail,
      layout: 'columns',
      columns: [],
      bom: false,
      personal: 'keep',
      format: 'csv',
    });
    const csv = await fetchSegmentCsv(url, t.server.token, fetchHere);
    expect((await csv.text()).split(',')[0]).toBe('customer_id');
  });

  it("a wrong token rejects with the server's refusal", async () => {
    const url = segmentCsvPath({
      id: withEmail,
      layout: 'columns',
      columns: [],
      bom: false,
      personal: 'keep',
      format: 'csv',
    });
    const failure = await fetchSegmentCsv(url, 'wrong', fetchHere).catch((error: unknown) => error);
    expect((failure as ApiError).code).toBe('UNAUTHORIZED');
  });
});

describe('hasEmailField', () => {
  const field = (key: string, role: FieldInfo['role'], source: FieldInfo['source'] = 'customers'): FieldInfo => ({
    key,
    label: key,
    type: 'text',
    role,
    source,
  });
  it.each([
    [[field('mail', 'email')], true],
    [[field('email', null)], true],
    [[field('E-Mail', null)], true],
    [[field('email_address', null)], true],
    [[field('country', null), field('frequency', null, 'metrics')], false],
    [[field('email', null, 'orders')], false],
    [[], false],
  ])('%j -> %s', (fields, expected) => {
    expect(hasEmailField(fields)).toBe(expected);
  });
});

describe('the download path of a choice', () => {
  const base: SegmentExportChoice = {
    id: 7,
    layout: 'columns',
    columns: ['email', 'age'],
    bom: true,
    personal: 'keep',
    format: 'csv',
  };

  it('carries the layout, format, columns and personal-data choice', () => {
    expect(segmentCsvPath(base)).toBe('/api/segment.csv?id=7&layout=columns&bom=1&columns=email%2Cage');
    expect(segmentCsvPath({ ...base, personal: 'mask', format: 'xlsx' })).toBe(
      '/api/segment.csv?id=7&layout=columns&format=xlsx&columns=email%2Cage&personal=mask',
    );
    expect(segmentCsvPath({ ...base, layout: 'meta_custom_audience', personal: 'omit' })).toBe(
      '/api/segment.csv?id=7&layout=meta_custom_audience&bom=1',
    );
  });

  it('names the file after the segment, with the extension of the format', () => {
    expect(segmentFileName('VIP: 2024/Q1', 'xlsx')).toBe('VIP 2024 Q1.xlsx');
    expect(segmentFileName('VIP')).toBe('VIP.csv');
  });
});
