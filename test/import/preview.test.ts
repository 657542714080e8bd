import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { WorkbenchError } from '../../shared/errors.js';
import { fixture } from './paths.js';

const roles = (p: Awaited<ReturnType<typeof previewFile>>) =>
  Object.fromEntries(p.columns.map((c) => [c.header, c.role]));
const types = (p: Awaited<ReturnType<typeof previewFile>>) =>
  Object.fromEntries(p.columns.map((c) => [c.header, c.type]));

async function rejection(promise: Promise<unknown>): Promise<WorkbenchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return error as WorkbenchError;
}

describe('previewFile on the fixtures', () => {
  it('reads a Windows-1256 Persian orders file', async () => {
    const p = await previewFile(fixture('persian-orders-1256.csv'));
    expect(p.encoding.value).toBe('windows-1256');
    expect(p.headers).toEqual(['شماره سفارش', 'شناسه مشتري', 'تاريخ سفارش', 'مبلغ', 'کشور']);
    expect(roles(p)).toEqual({
      'شماره سفارش': 'order_id',
      'شناسه مشتري': 'customer_id',
      'تاريخ سفارش': 'order_date',
      مبلغ: 'amount',
      کشور: 'country',
    });
    expect(p.kind.value).toBe('orders');
    expect(p.dateOrder).toEqual({ value: 'ymd', basis: 'data', evidence: '2024-01-01' });
    expect(p.rows.length).toBe(30);
    expect(p.rows[0]).toEqual(['1001', 'C001', '2024-01-01', '12.50', 'IR']);
    expect(p.warnings).toEqual([]);
  });

  it('reads Arabic customers in Windows-1256 with CRLF', async () => {
    const p = await previewFile(fixture('arabic-customers-1256.csv'));
    expect([p.encoding.value, p.lineEnding, p.delimiter, p.kind.value]).toEqual([
      'windows-1256',
      'crlf',
      ',',
      'customers',
    ]);
    expect(Object.values(roles(p))).toEqual(['customer_id', 'first_name', 'last_name', 'city', 'phone']);
    expect(p.rows[1]).toEqual(['102', 'فاطمة', 'الحسن', 'جدة', '+966 55 765 4321']);
    expect(p.columns[0]?.type).toBe('identifier');
  });

  it('reads UTF-16LE with a BOM', async () => {
    const p = await previewFile(fixture('utf16le-bom.csv'));
    expect(p.encoding).toEqual({ value: 'utf-16le', confidence: 1, candidates: [] });
    expect(p.headers).toEqual(['customer_id', 'first_name', 'city', 'signup_date']);
    expect(p.lineEnding).toBe('crlf');
    expect(p.rows).toEqual([
      ['W1', 'Siân', 'Aberdâr', '2023-03-01'],
      ['W2', 'Jürgen', 'Köln', '2023-03-02'],
      ['W3', 'Dafydd', 'Caerdydd', '2023-03-05'],
    ]);
    expect(roles(p)).toEqual({ customer_id: 'customer_id', first_name: 'first_name', city: 'city', signup_date: null });
    expect(types(p).signup_date).toBe('date');
  });

  it('reads UTF-8 with a BOM, semicolons and decimal commas', async () => {
    const p = await previewFile(fixture('utf8-bom-semicolon.csv'));
    expect([p.encoding.value, p.delimiter, p.decimal, p.lineEnding]).toEqual(['utf-8', ';', ',', 'lf']);
    expect(p.headers).toEqual(['Customer ID', 'Order Date', 'Amount', 'City']);
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'data', evidence: '17.01.2024' });
    expect(types(p)).toEqual({ 'Customer ID': 'identifier', 'Order Date': 'date', Amount: 'number', City: 'text' });
    expect(p.kind.value).toBe('orders');
    expect(p.options).toMatchObject({
      kind: 'orders',
      encoding: 'utf-8',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'dmy',
    });
  });

  it('reads a pipe-delimited file with month-first dates', async () => {
    const p = await previewFile(fixture('pipe.csv'));
    expect(p.delimiter).toBe('|');
    expect(p.dateOrder).toEqual({ value: 'mdy', basis: 'data', evidence: '12/20/2023' });
    expect(roles(p)).toEqual({
      order_id: 'order_id',
      customer_id: 'customer_id',
      order_date: 'order_date',
      amount: 'amount',
    });
  });

  it('keeps quoted newlines, commas and quotes inside cells', async () => {
    const p = await previewFile(fixture('quoted-newlines.csv'));
    expect(p.lineEnding).toBe('crlf');
    expect(p.rows).toEqual([
      ['1', 'Smith, John', 'line one\nline two', '12.50'],
      ['2', "O'Brien, Ann", 'said "hello"', '7.00'],
      ['3', 'Plain', '', '3.25'],
    ]);
    expect(p.columns[2]).toMatchObject({ header: 'notes', empty: 1, distinct: 2 });
  });

  it('reads Persian digits and Arabic separators', async () => {
    const p = await previewFile(fixture('persian-digits.csv'));
    expect(types(p)).toEqual({ 'شناسه مشتری': 'identifier', 'تاریخ سفارش': 'date', مبلغ: 'number', تعداد: 'number' });
    expect(roles(p)).toEqual({
      'شناسه مشتری': 'customer_id',
      'تاریخ سفارش': 'order_date',
      مبلغ: 'amount',
      تعداد: 'quantity',
    });
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'data', evidence: '۱۵/۰۱/۲۰۲۴' });
    expect(p.kind.value).toBe('orders');
  });

  it('maps Welsh headers', async () => {
    const p = await previewFile(fixture('welsh-headers.csv'));
    expect(Object.values(roles(p))).toEqual([
      'customer_id',
      'first_name',
      'last_name',
      'email',
      'phone',
      'city',
      'country',
    ]);
    expect(p.kind).toEqual({
      value: 'customers',
      reason: 'No date column: one row per customer.',
      wording: { key: 'kind_no_date', values: {} },
    });
    expect(p.warnings).toEqual([]);
  });

  it('fills ready-to-import options: every column included, roles and types as suggested', async () => {
    const p = await previewFile(fixture('pipe.csv'));
    expect(p.options).toEqual({
      kind: 'orders',
      encoding: 'utf-8',
      delimiter: '|',
      hasHeader: true,
      dateOrder: 'mdy',
      decimal: '.',
      columns: [
        { index: 0, header: 'order_id', type: 'identifier', role: 'order_id', include: true },
        { index: 1, header: 'customer_id', type: 'identifier', role: 'customer_id', include: true },
        { index: 2, header: 'order_date', type: 'date', role: 'order_date', include: true },
        { index: 3, header: 'amount', type: 'number', role: 'amount', include: true },
      ],
    });
  });
});

describe('previewFile overrides win', () => {
  it('kind', async () => {
    const p = await previewFile(fixture('pipe.csv'), { kind: 'customers' });
    expect(p.kind).toEqual({ value: 'customers', reason: 'Chosen by you.' });
    expect(roles(p).order_date).toBeNull();
  });

  it('map: role -> header text', async () => {
    const p = await previewFile(fixture('pipe.csv'), { map: { customer_id: 'order_id' } });
    expect(p.columns[0]).toMatchObject({ role: 'customer_id', roleReason: 'chosen by you' });
    expect(p.columns[1]?.role).toBeNull();
  });

  it('map naming a missing column is an error', async () => {
    const error = await rejection(previewFile(fixture('pipe.csv'), { map: { amount: 'Total' } }));
    expect(error.code).toBe('INVALID_PARAMS');
    expect(error.message).toBe('No column "Total" in pipe.csv');
    expect(error.details).toEqual({
      file: fixture('pipe.csv'),
      column: 'Total',
      wording: { key: 'no_such_column', values: { name: 'pipe.csv', column: 'Total' } },
    });
  });

  it('hasHeader, delimiter, decimal, dateOrder and encoding', async () => {
    const noHeader = await previewFile(fixture('pipe.csv'), { hasHeader: false });
    expect(noHeader.headers).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(noHeader.rows[0]).toEqual(['order_id', 'customer_id', 'order_date', 'amount']);

    const comma = await previewFile(fixture('pipe.csv'), { delimiter: ',' });
    expect(comma.headers).toEqual(['order_id|customer_id|order_date|amount']);

    const decimal = await previewFile(fixture('utf8-bom-semicolon.csv'), { decimal: '.' });
    expect(decimal.decimal).toBe('.');
    expect(types(decimal).Amount).toBe('text');

    const order = await previewFile(fixture('pipe.csv'), { dateOrder: 'dmy' });
    expect(order.dateOrder).toEqual({ value: 'dmy', basis: 'ambiguous', evidence: null });
    expect(order.warnings).not.toContain('The dates fit both day/month and month/day order: check the date order');

    const latin = await previewFile(fixture('persian-orders-1256.csv'), { encoding: 'windows-1252' });
    expect(latin.encoding.value).toBe('windows-1252');
    expect(latin.encoding.candidates[0]).toBe('windows-1256');
    expect(latin.headers[3]).toBe('ãÈáÛ');
  });
});

describe('previewFile errors', () => {
  it('a missing file', async () => {
    const missing = fixture('no-such-file.csv');
    const error = await rejection(previewFile(missing));
    expect(error.code).toBe('FILE_NOT_FOUND');
    // The file, and the words of the message (key and values) the app shows in the user's language.
    expect(error.details).toEqual({
      file: missing,
      wording: { key: 'file_not_found', values: { name: 'no-such-file.csv' } },
    });
  });

  it('an empty file', async () => {
    const error = await rejection(previewFile(fixture('empty.csv')));
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toBe('empty.csv is empty: there is nothing to import.');
    expect(error.details?.wording).toEqual({ key: 'file_empty', values: { name: 'empty.csv' } });
  });

  it('a workbook or a binary file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-binary-'));
    try {
      const xlsx = path.join(dir, 'orders.xlsx');
      fs.writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
      const workbook = await rejection(previewFile(xlsx));
      expect([workbook.code, workbook.message]).toEqual([
        'IMPORT_FAILED',
        'orders.xlsx looks like an Excel workbook or a zip archive, not a CSV file: save it as CSV first.',
      ]);
      const bin = path.join(dir, 'data.bin');
      fs.writeFileSync(bin, Buffer.from('id,name\n1,\u0000\u0001\u0002x\n', 'latin1'));
      expect((await rejection(previewFile(bin))).message).toBe(
        'data.bin looks like a binary file, not a CSV file: save it as CSV first.',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder', async () => {
    const error = await rejection(previewFile(path.dirname(fixture('empty.csv'))));
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toBe('import is a folder, not a file.');
    expect(error.details?.wording).toEqual({ key: 'is_folder', values: { name: 'import' } });
  });
});

describe('previewFile reads the head and the tail of a large file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-preview-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads old Mac CR-only line endings', async () => {
    const file = path.join(dir, 'cr.csv');
    fs.writeFileSync(file, 'customer_id,amount\rC1,2.50\rC2,3.75\r');
    const p = await previewFile(file);
    expect([p.lineEnding, p.hasHeader]).toEqual(['cr', true]);
    expect(p.rows).toEqual([
      ['C1', '2.50'],
      ['C2', '3.75'],
    ]);
  });

  it('finds the day-first proof in the tail of a 3 MB UTF-16LE file, aligned to whole lines', async () => {
    const lines = ['customer_id,order_date,amount'];
    // About 2.4 MB of ambiguous dates, then a last day that proves day-first.
    for (let i = 0; lines.length < 60_000; i += 1) lines.push(`C${i % 500},0${1 + (i % 9)}/12/2010 08:26,${i % 97}.25`);
    lines.push('C1,20/12/2010 16:11,1.50');
    const file = path.join(dir, 'big-utf16.csv');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${lines.join('\n')}\n`, 'utf-16le')]),
    );
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024 + 256 * 1024);

    const p = await previewFile(file);
    expect(p.encoding.value).toBe('utf-16le');
    expect(p.dateOrder).toEqual({ value: 'dmy', basis: 'data', evidence: '20/12/2010 16:11' });
    expect(p.rows.length).toBe(200);
    expect(p.warnings).toEqual([]);
  });
});
