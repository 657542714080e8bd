import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCustomersCsv } from '../../electron/core/customers/exportCsv.js';
import type { Session } from '../../electron/core/session.js';
import { importTyped, smallProject } from '../segments/project.js';
import { fixture, newSession, tempDir } from '../support/session.js';

let session: Session;
const out = tempDir();

beforeAll(async () => {
  session = await smallProject();
});
afterAll(() => session.close());

describe('exporting the visible rows', () => {
  it('writes every customer the search, rule and sort find, in the columns shown', () => {
    const file = path.join(out, 'visible.csv');
    const result = exportCustomersCsv(session.requireProject().db, file, {
      search: 'zoë',
      rule: { field: 'frequency', op: '>=', value: 1 },
      sort: { key: 'monetary', dir: 'desc' },
      columns: ['customer_id', 'Full name', 'vip', 'signup', 'monetary', 'last_order'],
      bom: true,
    });
    expect(result).toEqual({ path: file, rows: 2 });
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '\uFEFFcustomer_id,Full name,vip,signup,monetary,last_order\r\n' +
        // The file spells ZOË with a combining diaeresis; the export keeps it as the file gave it.
        'k05,ZOE\u0308 Baker,false,2024-01-01,160,2024-03-09\r\n' +
        'k01,Zoë Adams,true,2023-01-15,13.5,2024-03-01\r\n',
    );
  });

  it('writes all pages, every column by default', () => {
    const file = path.join(out, 'all.csv');
    const result = exportCustomersCsv(session.requireProject().db, file, {
      sort: { key: 'customer_id', dir: 'desc' },
      bom: false,
    });
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    expect(result.rows).toBe(10);
    expect(lines[0]).toBe(
      'customer_id,Full name,country,age,signup,vip,score,recency_days,frequency,monetary,aov,first_order,last_order,tenure_days',
    );
    expect(lines[1]).toBe('k10,,,,,,,,0,-5,,,,');
    expect(lines[10]).toBe('k01,Zoë Adams,Wales,34,2023-01-15,true,10,9,2,13.5,6.75,2024-01-10,2024-03-01,60');
    expect(lines.length).toBe(12);
  });

  it('escapes text that a spreadsheet would run as a formula', async () => {
    const dir = tempDir();
    const other = newSession(dir);
    other.create(path.join(dir, 'formula.segwb'));
    await importTyped(other, fixture('customers/formula.csv'), 'customers', {
      customer_id: { type: 'identifier', role: 'customer_id' },
      name: { type: 'text' },
      city: { type: 'category' },
    });
    const file = path.join(out, 'formula.csv');
    exportCustomersCsv(other.requireProject().db, file, { columns: ['customer_id', 'name', 'city'], bom: false });
    other.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(
      'customer_id,name,city\r\n' +
        `x1,"'=HYPERLINK(""http://evil"")",Tehran\r\n` +
        `x2,"Smith, Jo",'@home\r\n` +
        `x3,'-5 apples,'+98\r\n`,
    );
  });

  it('refuses a column the Data view does not have, and a folder that does not exist', () => {
    const db = session.requireProject().db;
    expect(() => exportCustomersCsv(db, path.join(out, 'x.csv'), { columns: ['product'], bom: false })).toThrow(
      /There is no customer column "product"/,
    );
    expect(() => exportCustomersCsv(db, path.join(out, 'missing', 'x.csv'), { bom: false })).toThrow(
      /does not exist. Choose another place to save./,
    );
  });
});
