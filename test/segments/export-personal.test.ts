import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCustomersCsv } from '../../electron/core/customers/exportCsv.js';
import { exportSegmentCsv } from '../../electron/core/segments/export.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { PersonalData } from '../../shared/model/personalData.js';
import { fixtureProject } from './store-fixture.js';

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;
const COLUMNS = ['email', 'phone', 'first_name', 'last_name', 'city'];

async function ukColumns(personal: PersonalData): Promise<string> {
  const { session, dir } = await fixtureProject();
  const db = session.requireProject().db;
  const { id } = saveSegment(db, { name: 'UK', rule: { field: 'country', op: 'in', value: ['UK'] } });
  const file = path.join(dir, 'uk.csv');
  exportSegmentCsv(db, id, file, { layout: 'columns', columns: COLUMNS, bom: false, personal });
  return fs.readFileSync(file, 'utf8');
}

describe('personal fields in a segment export', () => {
  it('kept as they are by default', async () => {
    expect(await ukColumns('keep')).toBe(
      lines(
        'customer_id,email,phone,first_name,last_name,city',
        "c1,ann@example.com,'+44 20 7946 0018,Ann,Smith,London",
        'c2,bob@example.com,,Bob,Jones,Leeds',
        `c6,fay@example.com,,Fay,"O'Neil, Jr",London`,
        'c8,hal@example.com,,Hal,Ng,York',
      ),
    );
  });

  it('masked: first character and domain of an email, country code and last two digits of a phone, initials', async () => {
    expect(await ukColumns('mask')).toBe(
      lines(
        'customer_id,email,phone,first_name,last_name,city',
        "c1,a…@example.com,'+44 … 18,A…,S…,London",
        'c2,b…@example.com,,B…,J…,Leeds',
        'c6,f…@example.com,,F…,O…,London',
        'c8,h…@example.com,,H…,N…,York',
      ),
    );
  });

  it('left out: the columns go, the rest stays', async () => {
    expect(await ukColumns('omit')).toBe(lines('customer_id,city', 'c1,London', 'c2,Leeds', 'c6,London', 'c8,York'));
  });

  it('a contact-import layout refuses to mask; the ad platforms hash anyway', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const { id } = saveSegment(db, { name: 'All', rule: { and: [] } });
    expect(() =>
      exportSegmentCsv(db, id, path.join(dir, 'm.csv'), { layout: 'mailchimp', bom: false, personal: 'mask' }),
    ).toThrow(
      'The Mailchimp layout is a list of contacts to import: it needs their email addresses in clear. Export the columns layout to mask personal fields.',
    );
    const file = path.join(dir, 'meta.csv');
    exportSegmentCsv(db, id, file, { layout: 'meta_custom_audience', bom: false, personal: 'omit' });
    expect(fs.readFileSync(file, 'utf8').split('\r\n')[1]).toMatch(
      /^71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476,/,
    );
  });
});

describe('personal fields in the Data view export', () => {
  it('masks and leaves out the same fields, escaping what a mask leaves formula-like', async () => {
    const { session, dir } = await fixtureProject();
    const db = session.requireProject().db;
    const columns = ['customer_id', 'email', 'first_name', 'phone', 'country'];
    const sort = { key: 'customer_id', dir: 'asc' } as const;
    const masked = path.join(dir, 'masked.csv');
    expect(exportCustomersCsv(db, masked, { columns, sort, bom: false, personal: 'mask' }).rows).toBe(8);
    expect(fs.readFileSync(masked, 'utf8')).toBe(
      lines(
        'customer_id,email,first_name,phone,country',
        "c1,a…@example.com,A…,'+44 … 18,UK",
        'c2,b…@example.com,B…,,UK',
        'c3,,C…,,DE',
        'c4,d…@example.com,D…,,DE',
        "c5,e…@example.com,'=…,,FR",
        'c6,f…@example.com,F…,,UK',
        'c7,,G…,,FR',
        'c8,h…@example.com,H…,,UK',
      ),
    );
    const omitted = path.join(dir, 'omitted.csv');
    exportCustomersCsv(db, omitted, { columns, sort, search: 'ann', bom: false, personal: 'omit' });
    expect(fs.readFileSync(omitted, 'utf8')).toBe(lines('customer_id,country', 'c1,UK'));
  });
});
