/**
 * Excel workbooks import like CSV: the .xlsx is built here with write-excel-file from
 * marketing_campaign.csv (../shared/data, SOURCES.md §3; dates and numbers typed), and importing it
 * gives exactly the customers and values that importing the CSV gives. Plus sheets, merged
 * header cells, and the files that cannot be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { openSource } from '../../../electron/core/import/sources/openSource.js';
import { previewSource } from '../../../electron/core/import/sources/sourceImport.js';
import { tempDir } from '../../support/session.js';
import { sampleData } from '../paths.js';
import { importThroughEngine } from './sourceProject.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CSV's cells typed as Excel holds them: dd-mm-yyyy dates as dates, numbers as numbers, blanks empty. */
function typedCell(header: string, text: string): Cell {
  if (text === '') return null;
  if (header === 'Dt_Customer') {
    const [d, m, y] = text.split('-').map(Number) as [number, number, number];
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd/mm/yyyy' };
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

async function marketingWorkbook(): Promise<string> {
  const lines = fs
    .readFileSync(sampleData('marketing_campaign.csv'), 'utf8')
    .split('\r\n')
    .filter((l) => l !== '');
  const [header, ...rows] = lines.map((l) => l.split('\t'));
  const headers = header as string[];
  const data: Cell[][] = [headers, ...rows.map((r) => r.map((cell, i) => typedCell(headers[i] as string, cell)))];
  const notes: Cell[][] = [['Notes'], ['Made from marketing_campaign.csv']];
  const file = path.join(dir, 'marketing_campaign.xlsx');
  await writeXlsxFile([
    { sheet: 'Notes', data: notes },
    { sheet: 'Customers', data },
  ]).toFile(file);
  return file;
}

/** Every customer with every field, by field label: what a segment rule can see. */
function customerValues(db: Database.Database): Record<string, Record<string, unknown>> {
  const fields = db
    .prepare("SELECT label, column_name FROM fields WHERE source = 'customers' ORDER BY position")
    .all() as Array<{ label: string; column_name: string }>;
  const rows = db
    .prepare('SELECT c.customer_key AS id, a.* FROM customers c JOIN customer_attrs a ON a.customer = c.id')
    .all() as Array<Record<string, unknown>>;
  return Object.fromEntries(
    rows.map((r) => [String(r.id), Object.fromEntries(fields.map((f) => [f.label, r[f.column_name]]))]),
  );
}

describe('an .xlsx made from marketing_campaign.csv', () => {
  let book: string;
  beforeAll(async () => {
    book = await marketingWorkbook();
  });

  it('reads the sheet with the most rows by default and lists every sheet', async () => {
    const source = await openSource(book);
    try {
      expect([source.format, source.sheet]).toEqual(['xlsx', 'Customers']);
      expect(source.sheets).toEqual([
        { name: 'Notes', rows: 2 },
        { name: 'Customers', rows: 2241 },
      ]);
      const lines = fs.readFileSync(source.tables[0]?.csvPath ?? '', 'utf8').split('\r\n');
      expect(lines[1]).toBe(
        '5524,1957,Graduation,Single,58138,0,0,2012-09-04,58,635,88,546,172,88,88,3,8,10,4,7,0,0,0,0,0,0,3,11,1',
      );
    } finally {
      source.cleanup();
    }
  });

  it('imports exactly the customers and values of the CSV', async () => {
    const fromCsv = await importThroughEngine(sampleData('marketing_campaign.csv'));
    const fromBook = await importThroughEngine(book);
    try {
      expect(fromBook.report.file).toBe('marketing_campaign.xlsx');
      expect([fromBook.report.kind, fromBook.report.rowsImported, fromBook.report.customers]).toEqual([
        'customers',
        2240,
        2240,
      ]);
      expect(fromBook.preview.source).toMatchObject({ format: 'xlsx', sheet: 'Customers', preset: null });
      const csvValues = customerValues(fromCsv.db);
      expect(Object.keys(csvValues).length).toBe(2240);
      expect(customerValues(fromBook.db)).toEqual(csvValues);
      // Spot checks against the CSV's own text: row 1 (ID 5524), a blank income (ID 1994).
      expect(csvValues['5524']).toMatchObject({ Year_Birth: 1957, Income: 58138, MntWines: 635 });
      expect(csvValues['1994']?.Income).toBeNull();
    } finally {
      fromCsv.db.close();
      fromBook.db.close();
    }
  });

  it('reads a sheet by name, and an unknown sheet is refused with the list of sheets', async () => {
    const notes = await previewSource(book, {}, { sheet: 'Notes' });
    expect(notes.headers).toEqual(['Notes']);
    expect(notes.source?.sheet).toBe('Notes');
    await expect(previewSource(book, {}, { sheet: 'Orders' })).rejects.toThrow(
      'marketing_campaign.xlsx has no sheet "Orders". Its sheets: "Notes", "Customers".',
    );
  });
});

describe('merged header cells', () => {
  it('give their text to every column they span; repeated names are told apart', async () => {
    const file = path.join(dir, 'merged.xlsx');
    await writeXlsxFile([
      [{ value: 'Customer' }, { value: 'Spend', columnSpan: 2 }, null, { value: 'Joined' }],
      ['C1', 10.5, 3, { value: new Date(Date.UTC(2024, 0, 31, 14, 5, 0)), type: Date, format: 'yyyy-mm-dd hh:mm' }],
      ['C2', 0.1, 4, { value: new Date(Date.UTC(2023, 11, 1)), type: Date, format: 'dd/mm/yyyy' }],
    ]).toFile(file);
    const source = await openSource(file);
    try {
      expect(fs.readFileSync(source.tables[0]?.csvPath ?? '', 'utf8')).toBe(
        'Customer,Spend,Spend (2),Joined\r\nC1,10.5,3,2024-01-31 14:05:00\r\nC2,0.1,4,2023-12-01\r\n',
      );
    } finally {
      source.cleanup();
    }
  });
});

describe('files that are not readable workbooks', () => {
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it('a password-protected workbook says so', async () => {
    const file = write(
      'secret.xlsx',
      Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]),
    );
    await expect(openSource(file)).rejects.toThrow(
      'secret.xlsx is a password-protected workbook: it cannot be read without its password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, and import it again.',
    );
  });

  it('an old .xls asks to be saved as .xlsx', async () => {
    const file = write('old.xls', Buffer.concat([OLE, Buffer.alloc(504)]));
    await expect(openSource(file)).rejects.toThrow(/^old\.xls is an old Excel \(\.xls\) workbook/);
    // With its wording, for the app to say it in the user's language.
    await expect(openSource(file)).rejects.toMatchObject({
      details: { wording: { key: 'xls_workbook', values: { name: 'old.xls' } } },
    });
  });

  it('--sheet on a CSV file is refused', async () => {
    await expect(openSource(sampleData('Mall_Customers.csv'), { sheet: 'Sheet1' })).rejects.toThrow(
      'Mall_Customers.csv is not a workbook: --sheet applies to .xlsx files only.',
    );
  });
});
