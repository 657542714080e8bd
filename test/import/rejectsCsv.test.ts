import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeRejectsCsv } from '../../electron/core/import/rejectsCsv.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

describe('rejected rows as CSV', () => {
  it('lists every rejected row with line, reason, column, value and the row itself', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'p.segwb'));
    const report = await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
    const out = path.join(dir, 'rejects.csv');
    expect(writeRejectsCsv(session.requireProject().db, report.datasetId, out)).toBe(4);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // so Excel reads it as UTF-8
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows).toEqual([
      ['line', 'reason', 'column', 'value', 'row'],
      ['12', 'missing_customer_id', 'customer_id', '', ',,2024-03-01,Mug,1,5.00'],
      ['13', 'bad_date', 'order_date', '2024-02-31', 'D1,c6,2024-02-31,Mug,1,5.00'],
      ['14', 'bad_number', 'quantity', 'x', 'D2,c6,2024-03-02,Mug,x,5.00'],
      ['15', 'wrong_field_count', '', '4 of 6 fields', 'D3,c6,2024-03-03,Mug'],
    ]);
  });

  it('names a dataset that does not exist', () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'p.segwb'));
    expect(() => writeRejectsCsv(session.requireProject().db, 99, path.join(dir, 'x.csv'))).toThrow(
      'There is no import with id 99 in this project.',
    );
  });
});
