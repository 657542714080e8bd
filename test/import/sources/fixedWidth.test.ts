/**
 * The CDNOW sample (../shared/data/cdnow, SOURCES.md §7): whitespace-separated text without a
 * header, imported with the default settings as an orders file. The expected figures are
 * computed here from the file's own lines, independently of the importer.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openSource } from '../../../electron/core/import/sources/openSource.js';
import { sampleData } from '../paths.js';
import { type Imported, importThroughEngine } from './sourceProject.js';

const FILE = sampleData('cdnow/CDNOW_sample.txt');

/** Totals straight from the text: fields split on spaces, dollars summed in cents. */
function expectedFigures() {
  const lines = fs
    .readFileSync(FILE, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const customers = new Set<string>();
  let cents = 0;
  let first = '99999999';
  let last = '00000000';
  for (const line of lines) {
    const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
    customers.add(id);
    cents += Math.round(Number(dollars) * 100);
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { rows: lines.length, customers: customers.size, cents, first, last };
}

describe('CDNOW_sample.txt', async () => {
  const expected = expectedFigures();
  let imported: Imported;
  afterAll(() => imported?.db.close());

  it('is recognised as a transaction log from its values, each guess with its reason', async () => {
    const source = await openSource(FILE);
    try {
      expect(source.format).toBe('fixed_width');
      const [table] = source.tables;
      expect(table?.kind).toBe('orders');
      expect(table?.map).toEqual({
        customer_id: 'Customer ID',
        order_date: 'Date',
        amount: 'Amount',
        quantity: 'Quantity',
      });
      expect(table?.kindReason).toBe(
        'Whitespace-separated text without a header, read as a transaction log: column 1 holds zero-padded integer ids that repeat ("01760" on 47 sampled rows); column 3 holds 8-digit dates (YYYYMMDD), e.g. 19970101; column 4 holds small whole numbers beside the amount; column 5 holds money-like decimals, e.g. 29.33.',
      );
      expect(
        fs
          .readFileSync(table?.csvPath ?? '', 'utf8')
          .split('\r\n')
          .slice(0, 3),
      ).toEqual([
        'Customer ID,Column 2,Date,Quantity,Amount',
        '00004,0001,1997-01-01,2,29.33',
        '00004,0001,1997-01-18,2,29.73',
      ]);
    } finally {
      source.cleanup();
    }
  });

  it('imports with the default settings: 2,357 customers, 6,919 rows, the exact revenue and dates', async () => {
    expect(expected).toEqual({
      rows: 6919,
      customers: 2357,
      cents: expected.cents,
      first: '19970101',
      last: '19980630',
    });
    imported = await importThroughEngine(FILE);
    const { report, preview, db } = imported;
    expect(preview.file.name).toBe('CDNOW_sample.txt');
    expect(preview.kind.value).toBe('orders');
    expect(preview.source?.format).toBe('fixed_width');
    expect([report.file, report.kind, report.rowsRead, report.rowsImported, report.rowsRejected]).toEqual([
      'CDNOW_sample.txt',
      'orders',
      6919,
      6919,
      0,
    ]);
    expect(report.customers).toBe(2357);
    const totals = db.prepare('SELECT COUNT(*) AS n, ROUND(SUM(amount) * 100) AS cents FROM order_lines').get() as {
      n: number;
      cents: number;
    };
    expect(totals).toEqual({ n: 6919, cents: expected.cents });
    const days = db.prepare('SELECT MIN(first_day) AS first, MAX(last_day) AS last FROM customer_metrics').get() as {
      first: number;
      last: number;
    };
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    expect([iso(days.first), iso(days.last)]).toEqual([expected.first, expected.last]);
    const file = db.prepare('SELECT file_name FROM datasets').get() as { file_name: string };
    expect(file.file_name).toBe('CDNOW_sample.txt');
  });
});
