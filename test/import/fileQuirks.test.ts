/** Files that look odd but are tables: repeated column names, a weakly guessed encoding, mixed line endings. */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { detectHeader } from '../../electron/core/import/sniff/dialect.js';
import { importFile, newSession, tempDir } from '../support/session.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('repeated column names', () => {
  it('still make a header', () => {
    expect(
      detectHeader([
        ['Name', 'Name', 'Amount'],
        ['Ann', 'Lee', '12.50'],
      ]),
    ).toBe(true);
  });

  it('get distinct labels in the preview', async () => {
    const file = path.join(dir, 'names.csv');
    fs.writeFileSync(file, 'customer_id,Name,Name,name,Amount\nC1,Ann,Lee,x,12.50\nC2,Bob,Ray,y,3.00\n');
    const p = await previewFile(file);
    expect(p.hasHeader).toBe(true);
    expect(p.headers).toEqual(['customer_id', 'Name', 'Name (2)', 'name (3)', 'Amount']);
    expect(p.options.columns.map((c) => c.header)).toEqual(p.headers);
    expect(p.rows[0]).toEqual(['C1', 'Ann', 'Lee', 'x', '12.50']);
  });
});

describe('an encoding guessed without confidence', () => {
  const text = [
    'customer_id,名前,都市,登録日',
    'C001,山田太郎,東京,2024-01-05',
    'C002,佐藤花子,大阪,2024-02-11',
    'C003,鈴木一郎,名古屋,2024-03-20',
  ].join('\r\n');

  it('is named in the warnings, so the user checks the preview (a Shift-JIS file)', async () => {
    const file = path.join(dir, 'customers-sjis.csv');
    fs.writeFileSync(file, iconv.encode(`${text}\r\n`, 'Shift_JIS'));
    const p = await previewFile(file);
    expect(p.encoding.confidence).toBeLessThan(0.5);
    expect(p.warnings).toContain(
      `The file's encoding could not be recognised with confidence (read as ${p.encoding.value}): check that the names and text in the preview read correctly; if they do not, choose another encoding or save the file as UTF-8.`,
    );
  });

  it('is not mentioned when the file is UTF-8 or the encoding was chosen', async () => {
    const utf8 = path.join(dir, 'customers-utf8.csv');
    fs.writeFileSync(utf8, `${text}\r\n`);
    expect((await previewFile(utf8)).warnings).toEqual([]);
    const sjis = path.join(dir, 'customers-sjis.csv');
    const chosen = await previewFile(sjis, { encoding: 'windows-1252' });
    expect(chosen.warnings.filter((w) => w.includes('encoding'))).toEqual([]);
  });
});

describe('mixed line endings', () => {
  const endings = ['\r\n', '\n', '\r'];
  const file = path.join(dir, 'mixed-endings.csv');
  let body = 'order_id,customer_id,order_date,amount\r\n';
  for (let i = 1; i <= 300; i += 1) {
    body += `O${i},C${i % 25},2024-03-${String(1 + (i % 28)).padStart(2, '0')},${i}.25${endings[i % 3]}`;
  }
  fs.writeFileSync(file, body);

  it('are all line breaks to the preview', async () => {
    const p = await previewFile(file, { dateOrder: 'ymd' });
    expect(p.headers).toEqual(['order_id', 'customer_id', 'order_date', 'amount']);
    expect(p.rows.length).toBe(200);
    expect(p.rows[1]).toEqual(['O2', 'C2', '2024-03-03', '2.25']);
    expect(p.rows[199]).toEqual(['O200', 'C0', '2024-03-05', '200.25']);
    expect(p.warnings).toEqual([]);
  });

  it('are all line breaks to the import: 300 rows', async () => {
    const session = newSession(dir);
    session.create(path.join(dir, 'mixed.segwb'));
    const report = await importFile(session, file, { dateOrder: 'ymd' });
    expect([report.rowsRead, report.rowsImported, report.rowsRejected, report.orders]).toEqual([300, 300, 0, 300]);
  });
});
