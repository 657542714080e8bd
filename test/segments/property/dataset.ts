/**
 * A random project for the property test, written as CSV files and imported for real: customers
 * with attributes of every type (empty cells, ties, Unicode text, dates before 1970 and with
 * times), order-only customers, customers without orders, and orders with several lines,
 * returns, mixed orders and lines on different days.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runInTransaction } from '../../../electron/core/db/transaction.js';
import { importEventsFile } from '../../../electron/core/import/events/importEvents.js';
import type { Session } from '../../../electron/core/session.js';
import { newSession, tempDir } from '../../support/session.js';
import { type ColumnSpec, importTyped } from '../project.js';

/** A small seeded generator (mulberry32), so one seed gives one dataset. */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Text tokens: case and accent variants, NFD forms, Arabic and Persian letters, final sigma. */
export const TEXT_TOKENS = [
  'Zoë',
  'ZOË',
  'Zoe\u0308',
  'zoe',
  'ÉCOLE',
  'école',
  'Ecole',
  'کتاب',
  'كتاب',
  'یاس',
  'ياس',
  'ΟΔΟΣ',
  'Straße',
  'İstanbul',
  'ali',
  'Ali',
  'baba',
  'Mug',
  'tea',
];
export const COUNTRIES = ['Wales', 'France', 'Iran', 'ایران', 'Côte d’Ivoire', 'Deutschland'];
export const TIERS = ['A', 'B', '01', '1'];
export const CATEGORIES = ['Shoes', 'Kitchen', 'Food', 'کتاب'];
export const CHANNELS = ['web', 'store', 'Web'];

const CUSTOMER_COLUMNS: Record<string, ColumnSpec> = {
  customer_id: { type: 'identifier', role: 'customer_id' },
  'Full name': { type: 'text' },
  country: { type: 'category', role: 'country' },
  tier: { type: 'category' },
  age: { type: 'number' },
  signup: { type: 'datetime' },
  vip: { type: 'boolean' },
};
const ORDER_COLUMNS: Record<string, ColumnSpec> = {
  order_id: { type: 'identifier', role: 'order_id' },
  customer_id: { type: 'identifier', role: 'customer_id' },
  order_date: { type: 'datetime', role: 'order_date' },
  product: { type: 'text', role: 'product' },
  category: { type: 'category', role: 'category' },
  channel: { type: 'category', role: 'channel' },
  quantity: { type: 'number', role: 'quantity' },
  unit_price: { type: 'number', role: 'unit_price' },
};

const DAY_MS = 86_400_000;

function isoDateTime(rng: Random, fromDay: number, toDay: number): string {
  const day = rng.int(fromDay, toDay);
  const text = new Date(day * DAY_MS).toISOString().slice(0, 10);
  return rng.chance(0.5)
    ? `${text} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`
    : text;
}

function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function maybe(rng: Random, pEmpty: number, value: () => string): string {
  return rng.chance(pEmpty) ? '' : value();
}

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`;
}

function text(rng: Random): string {
  return Array.from({ length: rng.int(1, 3) }, () => rng.pick(TEXT_TOKENS)).join(' ');
}

const EVENT_NAMES = ['page_view', 'page_view', 'view_item', 'add_to_cart', 'remove_from_cart', 'purchase', 'scroll'];
const DEVICES = ['mobile', 'desktop', 'tablet', 'Mobile'];
const SOURCES = ['google', 'newsletter', '(direct)', 'facebook'];
const MEDIUMS = ['organic', 'email', '(none)', 'cpc'];

/**
 * Events in the GA4 layout for some of the customers (and visitors never seen elsewhere): sessions
 * of several events, some without a session, device or source, times on the same second, carts
 * with and without a purchase in their session, around the as-of dates the tests use.
 */
function eventRows(rng: Random, keys: string[]): string[][] {
  const rows: string[][] = [
    [
      'event_date',
      'event_timestamp',
      'event_name',
      'user_pseudo_id',
      'user_id',
      'device.category',
      'traffic_source.source',
      'traffic_source.medium',
      'ga_session_id',
      'page_location',
      'items.item_category',
      'items.price',
    ],
  ];
  const users = [...keys.filter(() => rng.chance(0.6)), ...Array.from({ length: rng.int(5, 15) }, (_, i) => `v${i}`)];
  for (const user of users) {
    for (let s = rng.int(1, 4); s > 0; s -= 1) {
      const session = rng.chance(0.1) ? '' : String(rng.int(1_000, 9_999));
      let seconds = rng.int(dayOf('2023-01-01'), dayOf('2024-12-31')) * 86_400 + rng.int(0, 86_399);
      for (let e = rng.int(1, 5); e > 0; e -= 1) {
        if (!rng.chance(0.1)) seconds += rng.int(0, 4_000);
        const date = new Date(seconds * 1000).toISOString();
        rows.push([
          date.slice(0, 10).replace(/-/g, ''),
          `${seconds}${String(rng.int(0, 999_999)).padStart(6, '0')}`,
          rng.pick(EVENT_NAMES),
          user,
          '',
          maybe(rng, 0.2, () => rng.pick(DEVICES)),
          maybe(rng, 0.3, () => rng.pick(SOURCES)),
          maybe(rng, 0.3, () => rng.pick(MEDIUMS)),
          session,
          maybe(rng, 0.2, () => `https://shop.example/${rng.pick(CATEGORIES)}`),
          maybe(rng, 0.3, () => rng.pick(CATEGORIES)),
          maybe(rng, 0.5, () => (rng.int(50, 10_000) / 100).toFixed(2)),
        ]);
      }
    }
  }
  return rows;
}

export function writeDataset(
  dir: string,
  seed: number,
): { customersPath: string; ordersPath: string; eventsPath: string } {
  const rng = new Random(seed);
  const n = rng.int(60, 150);
  const customerRows: string[][] = [Object.keys(CUSTOMER_COLUMNS)];
  const orderRows: string[][] = [Object.keys(ORDER_COLUMNS)];
  const keys: string[] = [];
  const ordersFrom = dayOf('2023-01-01');
  const ordersTo = dayOf('2024-12-31');
  let orderNo = 0;
  for (let i = 1; i <= n; i += 1) {
    const key = rng.chance(0.5) ? `c${String(i).padStart(3, '0')}` : `C${i}`;
    keys.push(key);
    // About 10% only appear in the orders file (and then have orders).
    const onlyOrders = rng.chance(0.1);
    if (!onlyOrders) {
      customerRows.push([
        key,
        maybe(rng, 0.15, () => text(rng)),
        maybe(rng, 0.15, () => rng.pick(COUNTRIES)),
        maybe(rng, 0.2, () => rng.pick(TIERS)),
        maybe(rng, 0.15, () =>
          String(rng.chance(0.2) ? rng.int(-2, 90) + 0.5 : rng.int(18, 30) * (rng.chance(0.5) ? 1 : 2)),
        ),
        maybe(rng, 0.15, () => isoDateTime(rng, dayOf('1965-01-01'), dayOf('2024-12-31'))),
        maybe(rng, 0.2, () => rng.pick(['yes', 'no'])),
      ]);
    }
    // About 20% of the others never ordered.
    const orders = !onlyOrders && rng.chance(0.2) ? 0 : rng.int(1, 6);
    for (let o = 0; o < orders; o += 1) {
      orderNo += 1;
      const orderId = `O${orderNo}`;
      const kind = rng.pick(['sale', 'sale', 'sale', 'sale', 'sale', 'sale', 'return', 'cancelled'] as const);
      const date = isoDateTime(rng, ordersFrom, ordersTo);
      const firstDay = dayOf(date.slice(0, 10));
      const lines: Array<[number, string]> = [];
      for (let l = rng.int(1, 3); l > 0; l -= 1) {
        const price = (rng.int(50, 10_000) / 100).toFixed(2);
        // Sales may include a returned line; a cancelled order nets to exactly 0.
        if (kind === 'return') lines.push([-rng.int(1, 3), price]);
        else lines.push([rng.chance(0.08) ? -1 : rng.int(1, 4), price]);
        if (kind === 'cancelled') lines.push([-(lines.at(-1) as [number, string])[0], price]);
      }
      for (const [quantity, price] of lines) {
        // Some lines fall on later days than the order's first line.
        const lineDate = rng.chance(0.15) ? isoDateTime(rng, firstDay, firstDay + 3) : date;
        orderRows.push([
          orderId,
          key,
          lineDate,
          maybe(rng, 0.1, () => text(rng)),
          maybe(rng, 0.1, () => rng.pick(CATEGORIES)),
          maybe(rng, 0.2, () => rng.pick(CHANNELS)),
          String(quantity),
          price,
        ]);
      }
    }
  }
  const customersPath = path.join(dir, 'customers.csv');
  const ordersPath = path.join(dir, 'orders.csv');
  fs.writeFileSync(customersPath, csv(customerRows));
  fs.writeFileSync(ordersPath, csv(orderRows));
  // Its own generator: the customers and orders of a seed stay what they were before events existed.
  const eventsPath = path.join(dir, 'events.csv');
  fs.writeFileSync(eventsPath, csv(eventRows(new Random(seed + 1_000), keys)));
  return { customersPath, ordersPath, eventsPath };
}

export async function datasetProject(seed: number): Promise<Session> {
  const dir = tempDir();
  const files = writeDataset(dir, seed);
  const session = newSession(dir);
  session.create(path.join(dir, 'property.segwb'));
  await importTyped(session, files.customersPath, 'customers', CUSTOMER_COLUMNS);
  await importTyped(session, files.ordersPath, 'orders', ORDER_COLUMNS);
  const db = session.requireProject().db;
  await runInTransaction(db, () => importEventsFile(db, files.eventsPath));
  return session;
}
