/**
 * Lifetime-value test projects.
 * The CDNOW 1/10 sample (../shared/data/cdnow, see SOURCES.md §7) as a project. The file is
 * fixed-width without a header, which the importer does not read, so it is rewritten as a CSV in
 * the test's temporary folder (never into the repository) and imported through the real runner.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../../electron/core/session.js';
import { importTyped } from '../segments/project.js';
import { fixture, newSession, sharedData, tempDir } from '../support/session.js';

/** The CDNOW sample as CSV text: one order per line of the original (customer, date, dollar value). */
export function cdnowCsv(): string {
  const lines = fs.readFileSync(sharedData('cdnow/CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/);
  const rows = lines.map((line, i) => {
    const [customer, , date, , amount] = line.trim().split(/\s+/) as [string, string, string, string, string];
    return `o${i + 1},${customer},${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)},${amount}`;
  });
  return `order_id,customer_id,order_date,amount\n${rows.join('\n')}\n`;
}

/** Writes the CSV into dir and returns its path. */
export function writeCdnowCsv(dir: string): string {
  const file = path.join(dir, 'cdnow.csv');
  fs.writeFileSync(file, cdnowCsv());
  return file;
}

export async function cdnowProject(): Promise<Session> {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'cdnow.segwb'));
  await importTyped(session, writeCdnowCsv(dir), 'orders', {
    order_id: { type: 'identifier', role: 'order_id' },
    customer_id: { type: 'identifier', role: 'customer_id' },
    order_date: { type: 'date', role: 'order_date' },
    amount: { type: 'number', role: 'amount' },
  });
  return session;
}

/** test/fixtures/clv/orders.csv as a project (purchaseDays.test.ts works its summary out by hand). */
export async function clvFixtureProject() {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'clv.segwb'));
  await importTyped(session, fixture('clv/orders.csv'), 'orders', {
    order_id: { type: 'identifier', role: 'order_id' },
    customer_id: { type: 'identifier', role: 'customer_id' },
    order_date: { type: 'date', role: 'order_date' },
    amount: { type: 'number', role: 'amount' },
  });
  return session;
}
