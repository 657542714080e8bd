/**
 * Writes the demo shop's customers.csv and orders.csv to a folder, streaming: rows are encoded into
 * ~256 KB chunks and the writer waits for 'drain' when the disk falls behind, so memory stays flat even
 * for a gigabyte of order lines.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { csvLine } from './csv.js';
import { CUSTOMER_HEADER, generateCustomers } from './customers.js';
import { type DemoOptions, resolveDemoSize } from './options.js';
import { generateOrders, ORDER_HEADER } from './orders.js';

export interface DemoFiles {
  readonly customersPath: string;
  readonly ordersPath: string;
  /** Data rows in customers.csv (the header not counted). */
  readonly customers: number;
  /** Data rows in orders.csv, returns included. */
  readonly orderLines: number;
  /** Distinct order ids, returns included. */
  readonly orders: number;
  /** Of which returns ('R' ids). */
  readonly returnOrders: number;
  /** Size of both files together. */
  readonly bytes: number;
}

export interface WriteCount {
  rows: number;
  /** Runs of rows with the same first field: an order's lines are always adjacent. */
  groups: number;
  returnGroups: number;
  bytes: number;
}

const CHUNK_CHARS = 256 * 1024;

export async function writeCsv(path: string, header: readonly string[], rows: Iterable<string[]>): Promise<WriteCount> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {}); // observed below; avoid an unhandled rejection meanwhile
  const count: WriteCount = { rows: 0, groups: 0, returnGroups: 0, bytes: 0 };
  let chunk = csvLine(header);
  let lastKey = '';

  const flush = async (): Promise<void> => {
    const bytes = Buffer.from(chunk, 'utf8'); // encoded once: both counted and written
    count.bytes += bytes.length;
    const ok = out.write(bytes);
    chunk = '';
    if (!ok) await Promise.race([once(out, 'drain'), failed]);
  };

  try {
    for (const row of rows) {
      const key = row[0] ?? '';
      if (key !== lastKey) {
        count.groups++;
        if (key.startsWith('R')) count.returnGroups++;
        lastKey = key;
      }
      count.rows++;
      chunk += csvLine(row);
      if (chunk.length >= CHUNK_CHARS) await flush();
    }
    if (chunk.length > 0) await flush();
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } catch (error) {
    out.destroy();
    throw error;
  }
  return count;
}

/** Generates the seeded demo shop into `dir` (created if missing) as customers.csv and orders.csv. */
export async function writeDemoCsv(dir: string, options: DemoOptions = {}): Promise<DemoFiles> {
  const size = resolveDemoSize(options);
  await mkdir(dir, { recursive: true });
  const customersPath = join(dir, 'customers.csv');
  const ordersPath = join(dir, 'orders.csv');
  const customers = await writeCsv(customersPath, CUSTOMER_HEADER, generateCustomers(size));
  const orders = await writeCsv(ordersPath, ORDER_HEADER, generateOrders(size));
  return {
    customersPath,
    ordersPath,
    customers: customers.rows,
    orderLines: orders.rows,
    orders: orders.groups,
    returnOrders: orders.returnGroups,
    bytes: customers.bytes + orders.bytes,
  };
}
