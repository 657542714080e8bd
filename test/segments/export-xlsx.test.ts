import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportSegmentCsv, exportSegmentXlsx } from '../../electron/core/segments/export.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import { fixtureProject } from './store-fixture.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Sheets = Array<{ sheet: string; data: unknown[][] }>;

describe('segment members as .xlsx', () => {
  it('writes typed cells: text as text, numbers as numbers, dates as dates', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'UK: all', rule: { field: 'country', op: 'in', value: ['UK'] } });
    const columns = ['email', 'age', 'note', 'signup_date', 'frequency', 'monetary', 'first_order'];
    const file = path.join(dir, 'uk.xlsx');
    expect(await exportSegmentXlsx(db, id, file, { layout: 'columns', columns, bom: false })).toEqual({
      rows: 4,
      skipped: 0,
    });
    const sheets = (await readXlsxFile(file)) as unknown as Sheets;
    expect(sheets.map((s) => s.sheet)).toEqual(['UK  all']);
    expect(sheets[0]?.data).toEqual([
      ['customer_id', 'email', 'age', 'note', 'signup_date', 'frequency', 'monetary', 'first_order'],
      // A string cell is never evaluated, so the note stays as written (no ' as in a CSV).
      ['c1', 'ann@example.com', 29, '=HYPERLINK("http://x")', day('2023-05-01'), 2, 150, day('2024-01-10')],
      ['c2', 'bob@example.com', 41, null, day('2023-06-12'), 1, 20, day('2024-02-15')],
      ['c6', 'fay@example.com', 38, '+1 call back', day('2023-11-30'), 1, 40, day('2024-01-05')],
      ['c8', 'hal@example.com', 19, null, day('2024-02-28'), 0, 0, null],
    ]);
  });

  it("masks personal fields and writes the tools' layouts as text, as the CSV does", async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'Germany', rule: { field: 'country', op: 'in', value: ['DE'] } });
    const masked = path.join(dir, 'de.xlsx');
    await exportSegmentXlsx(db, id, masked, {
      layout: 'columns',
      columns: ['email', 'phone', 'last_name', 'age'],
      bom: false,
      personal: 'mask',
    });
    expect(((await readXlsxFile(masked)) as unknown as Sheets)[0]?.data).toEqual([
      ['customer_id', 'email', 'phone', 'last_name', 'age'],
      ['c3', null, null, 'K…', 33],
      ['c4', 'd…@example.com', null, 'M…', 52],
    ]);
    const mailchimp = path.join(dir, 'mailchimp.xlsx');
    const csv = path.join(dir, 'mailchimp.csv');
    await exportSegmentXlsx(db, id, mailchimp, { layout: 'mailchimp', bom: false });
    exportSegmentCsv(db, id, csv, { layout: 'mailchimp', bom: false });
    expect(((await readXlsxFile(mailchimp)) as unknown as Sheets)[0]?.data).toEqual([
      ['Email Address', 'First Name', 'Last Name', 'Tags'],
      ['dora@example.com', 'Dora', 'Müller', 'Germany'],
    ]);
    expect(fs.readFileSync(csv, 'utf8')).toBe(
      'Email Address,First Name,Last Name,Tags\r\ndora@example.com,Dora,Müller,Germany\r\n',
    );
  });
});
