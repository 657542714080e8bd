import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { exportSegmentCsv } from '../../electron/core/segments/export.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import { fixtureProject } from './store-fixture.js';

let db: Db;
let dir: string;
let everyone: number;
beforeEach(async () => {
  const project = await fixtureProject();
  db = project.session.requireProject().db;
  dir = project.dir;
  everyone = saveSegment(db, { name: 'Everyone', rule: { and: [] } }).id;
});

function readCsv(file: string): { bom: boolean; rows: string[][]; text: string } {
  const text = fs.readFileSync(file, 'utf8');
  const bom = text.startsWith('\uFEFF');
  const rows = Papa.parse<string[]>((bom ? text.slice(1) : text).trimEnd()).data;
  return { bom, rows, text };
}

describe('segment export, columns layout', () => {
  it('writes customer id, contact fields and metrics by default, one row per member', () => {
    const file = path.join(dir, 'everyone.csv');
    expect(exportSegmentCsv(db, everyone, file, { layout: 'columns', bom: false })).toEqual({ rows: 8, skipped: 0 });
    const { bom, rows, text } = readCsv(file);
    expect(bom).toBe(false);
    expect(text.split('\r\n')).toHaveLength(10); // header, 8 rows, and the last line break
    expect(rows).toEqual([
      [
        'customer_id',
        'email',
        'first_name',
        'last_name',
        'phone',
        'recency_days',
        'frequency',
        'monetary',
        'aov',
        'first_order',
        'last_order',
      ],
      [
        'c1',
        'ann@example.com',
        'Ann',
        'Smith',
        "'+44 20 7946 0018",
        '30',
        '2',
        '150',
        '75',
        '2024-01-10',
        '2024-03-01',
      ],
      ['c2', 'bob@example.com', 'Bob', 'Jones', '', '45', '1', '20', '20', '2024-02-15', '2024-02-15'],
      ['c3', '', 'Cem', 'Kaya', '', '3', '3', '325', '108.333333', '2024-03-20', '2024-03-28'],
      ['c4', 'dora@example.com', 'Dora', 'Müller', '', '304', '1', '80', '80', '2023-06-01', '2023-06-01'],
      ['c5', 'eve@example.com', "'=Eve", 'Lee', '', '1', '1', '5', '5', '2024-03-30', '2024-03-30'],
      ['c6', 'fay@example.com', 'Fay', "O'Neil, Jr", '', '86', '1', '40', '40', '2024-01-05', '2024-01-05'],
      // c7 only returned goods: net revenue -30 stays a number, not escaped text.
      ['c7', '', 'Gus', 'Grün', '', '', '0', '-30', '', '', ''],
      ['c8', 'hal@example.com', 'Hal', 'Ng', '', '', '0', '0', '', '', ''],
    ]);
  });

  it('writes the chosen columns after the customer id, escaping text that a spreadsheet would run', () => {
    const file = path.join(dir, 'chosen.csv');
    const options = {
      layout: 'columns' as const,
      bom: true,
      columns: ['note', 'vip', 'signup_date', 'monetary', 'age'],
    };
    const uk = saveSegment(db, {
      name: 'Notes',
      rule: { or: ['c1', 'c3', 'c4', 'c6', 'c7'].map((k) => ({ field: 'customer_id', op: 'equals', value: k })) },
    });
    expect(exportSegmentCsv(db, uk.id, file, options).rows).toBe(5);
    const { bom, rows } = readCsv(file);
    expect(bom).toBe(true);
    expect(rows).toEqual([
      ['customer_id', 'note', 'vip', 'signup_date', 'monetary', 'age'],
      ['c1', `'=HYPERLINK("http://x")`, 'true', '2023-05-01', '150', '29'],
      ['c3', "'-5 stars", 'false', '2023-07-01', '325', '33'],
      ['c4', "'@home", 'true', '2023-01-20', '80', '52'],
      ['c6', "'+1 call back", 'false', '2023-11-30', '40', '38'],
      ['c7', '', 'false', '2022-09-09', '-30', '60'],
    ]);
  });

  it('replaces an existing file and leaves no temp file behind', () => {
    const file = path.join(dir, 'again.csv');
    fs.writeFileSync(file, 'old');
    exportSegmentCsv(db, everyone, file, { layout: 'columns', bom: false, columns: ['customer_id'] });
    expect(readCsv(file).rows).toEqual([
      ['customer_id'],
      ['c1'],
      ['c2'],
      ['c3'],
      ['c4'],
      ['c5'],
      ['c6'],
      ['c7'],
      ['c8'],
    ]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('writes only the header for an empty segment', () => {
    const none = saveSegment(db, { name: 'Nobody', rule: { or: [] } });
    const file = path.join(dir, 'nobody.csv');
    expect(exportSegmentCsv(db, none.id, file, { layout: 'columns', bom: false, columns: ['email'] }).rows).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('customer_id,email\r\n');
  });

  it.each([
    [['shoe_size'], 'There is no customer field "shoe_size" to export.'],
    [['amount'], '"amount" is an order field; an export has one row per customer'],
  ])('refuses columns %j clearly', (columns, message) => {
    const file = path.join(dir, 'bad.csv');
    expect(() => exportSegmentCsv(db, everyone, file, { layout: 'columns', bom: false, columns })).toThrow(message);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('says when the folder or the segment does not exist, and cleans up after a failed write', () => {
    expect(() =>
      exportSegmentCsv(db, everyone, path.join(dir, 'no', 'such', 'x.csv'), { layout: 'columns', bom: false }),
    ).toThrow(`The folder ${path.join(dir, 'no', 'such')} does not exist.`);
    expect(() => exportSegmentCsv(db, 77, path.join(dir, 'x.csv'), { layout: 'columns', bom: false })).toThrow(
      'There is no segment with id 77 in this project.',
    );
    const folder = path.join(dir, 'taken');
    fs.mkdirSync(folder);
    expect(() => exportSegmentCsv(db, everyone, folder, { layout: 'columns', bom: false })).toThrow();
    expect(fs.existsSync(`${folder}.part`)).toBe(false);
  });
});
