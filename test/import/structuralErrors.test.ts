/** A file whose structure is broken (an unterminated quote, a change while it is read) is refused as a whole. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows } from '../../electron/core/import/parse/readRows.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function snapshot(session: ReturnType<typeof newSession>) {
  const { datasets, ...info } = projectInfo(session.requireProject());
  return {
    info,
    datasets: datasets.map(({ importedAt: _, ...d }) => d),
    metrics: allCustomerMetrics(session.requireProject().db),
  };
}

/** 300 order lines; line `brokenLine` (the header is line 1) opens a quote it never closes. */
function ordersWithOpenQuote(name: string, brokenLine: number, lines = 301): string {
  const rows = ['order_id,customer_id,order_date,product,amount'];
  for (let line = 2; line <= lines; line += 1) {
    const product = line === brokenLine ? '"Mug, large' : 'Mug';
    rows.push(`O${line},C${line % 40},2024-01-${String(1 + (line % 28)).padStart(2, '0')},${product},${line}.50`);
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

async function projectWithOrders() {
  const session = newSession(dir);
  session.create(path.join(dir, `p${Math.random().toString(36).slice(2)}.segwb`));
  await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
  return session;
}

describe('an unterminated quote', () => {
  it('refuses the whole import with the line, and keeps the earlier data', async () => {
    const session = await projectWithOrders();
    const before = snapshot(session);
    const file = ordersWithOpenQuote('open-quote.csv', 4);
    await expect(importFile(session, file, { kind: 'orders', dateOrder: 'ymd' }, true)).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message:
        'open-quote.csv, line 4: a quote (") opens a field that is never closed, so the rest of the file would be read as one cell. Nothing was imported; the project is unchanged. Close or remove the quote and import again.',
      details: { file, line: 4 },
    });
    expect(snapshot(session)).toEqual(before);
  });

  it('is found early in a large file (the open field runs past 4 MB)', async () => {
    const session = await projectWithOrders();
    const before = snapshot(session);
    const file = ordersWithOpenQuote('open-quote-big.csv', 4, 200_000);
    expect(fs.statSync(file).size).toBeGreaterThan(6 * 1024 * 1024);
    await expect(importFile(session, file, { kind: 'orders', dateOrder: 'ymd' }, true)).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message:
        'open-quote-big.csv, line 4: the row that starts there runs on for more than 4 MB without ending (usually a quote that is never closed). Nothing was imported; the project is unchanged. Fix the file and import again.',
      details: { file, line: 4 },
    });
    expect(snapshot(session)).toEqual(before);
  }, 10_000);
});

describe('a file that changes while it is read', () => {
  it('is refused by the reader', async () => {
    const file = path.join(dir, 'growing.csv');
    const line = 'C1,2024-01-01,12.50\n';
    fs.writeFileSync(file, `customer_id,order_date,amount\n${line.repeat(200_000)}`);
    let appended = false;
    const reading = readRows({
      path: file,
      encoding: 'utf-8',
      delimiter: ',',
      onBytes() {},
      onRows() {
        if (!appended) fs.appendFileSync(file, line.repeat(10));
        appended = true;
        return true;
      },
    });
    await expect(reading.done).rejects.toMatchObject({ problem: 'changed' });
  });

  it('refuses the import and keeps the earlier data', async () => {
    const session = await projectWithOrders();
    const before = snapshot(session);
    const file = path.join(dir, 'changing.csv');
    const rows = ['order_id,customer_id,order_date,amount'];
    for (let i = 0; i < 100_000; i += 1)
      rows.push(`O${i},C${i % 70},2024-02-${String(1 + (i % 28)).padStart(2, '0')},${i % 90}.25`);
    fs.writeFileSync(file, `${rows.join('\n')}\n`);
    const preview = await previewFile(file, { dateOrder: 'ymd' });
    let touched = false;
    const running = session.imports.run({
      jobId: 'changing',
      projectPath: session.requireProject().path,
      filePath: file,
      options: preview.options,
      replace: true,
      onProgress: () => {
        if (!touched) fs.appendFileSync(file, 'O9,C9,2024-02-03,1.00\n');
        touched = true;
      },
    });
    await expect(running).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message:
        'changing.csv changed while it was being read (its size or modification time differs now). Nothing was imported; the project is unchanged. Wait until the file is completely written, then import again.',
      details: { file },
    });
    expect(snapshot(session)).toEqual(before);
  });
});

describe('the preview of a file with an unterminated quote', () => {
  it('warns that the import will refuse it, naming the line', async () => {
    const file = ordersWithOpenQuote('open-quote-preview.csv', 4);
    const p = await previewFile(file, { dateOrder: 'ymd' });
    expect(p.warnings).toContain(
      'Line 4: a quote (") opens a field that is never closed, so the import will refuse this file. Close or remove the quote first.',
    );
  });
});
