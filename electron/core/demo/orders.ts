/**
 * Rows of the demo shop's orders.csv in time order, simulated customer by customer through a queue of
 * next-order times: memory grows with the number of customers, never with the number of order lines.
 * Returns come back days after the sale as their own orders ('R' ids, negative quantities).
 */
import { drawLineCount, drawProduct, drawQuantity, returnRate } from './basket.js';
import { CHANNEL_WEIGHTS, CHANNELS } from './behaviour.js';
import { type Buyers, buildBuyers } from './buyers.js';
import { realTimeAt, timestamp, WINDOW_DAYS } from './calendar.js';
import { categories, products } from './catalog.js';
import { customerId } from './customers.js';
import { type DemoOptions, resolveDemoSize } from './options.js';
import { unitPrice } from './pricing.js';
import { OrderQueue } from './queue.js';
import { Rng, weightedTable } from './random.js';
import { type PendingReturn, type ReturnedLine, ReturnSchedule } from './returns.js';

export const ORDER_HEADER = [
  'order_id',
  'customer_id',
  'order_date',
  'product',
  'category',
  'channel',
  'quantity',
  'unit_price',
] as const;

const SIMULATION_STREAM = 4;
const channelTable = weightedTable(CHANNELS, CHANNEL_WEIGHTS).cumulative;
const PREFERRED_CHANNEL_SHARE = 0.75;
const RETURN_DELAY_MIN_DAYS = 2;
const RETURN_DELAY_MEAN_DAYS = 9;

function orderNumber(prefix: 'O' | 'R', n: number): string {
  return `${prefix}${String(n).padStart(7, '0')}`;
}

function productRow(
  id: string,
  customer: string,
  time: string,
  product: number,
  channel: number,
  qty: string,
  price: string,
) {
  const item = products[product];
  return [
    id,
    customer,
    time,
    item?.name ?? '',
    categories[item?.category ?? 0]?.name ?? '',
    CHANNELS[channel] ?? '',
    qty,
    price,
  ];
}

function returnRows(entry: PendingReturn, returnNumber: number): string[][] {
  const id = orderNumber('R', returnNumber);
  const customer = customerId(entry.customer);
  const time = timestamp(entry.time);
  return entry.lines.map((line) =>
    productRow(id, customer, time, line.product, entry.channel, String(-line.quantity), line.unitPrice),
  );
}

/** A product not yet in the order: a few more draws, then the next unused one in the catalogue. */
function distinctProduct(rng: Rng, buyers: Buyers, customer: number, used: Set<number>): number {
  let product = drawProduct(rng, buyers, customer);
  for (let retry = 0; retry < 3 && used.has(product); retry++) product = drawProduct(rng, buyers, customer);
  while (used.has(product)) product = (product + 1) % products.length;
  return product;
}

/** Yields the orders.csv rows (without the header), sales and returns interleaved in time order. */
export function* generateOrders(options: DemoOptions = {}): Generator<string[], void, undefined> {
  const size = resolveDemoSize(options);
  const rng = new Rng(size.seed, SIMULATION_STREAM);
  const buyers = buildBuyers(size, rng);
  const queue = new OrderQueue(buyers.next);
  for (let i = 0; i < buyers.count; i++) {
    if ((buyers.next[i] ?? Number.POSITIVE_INFINITY) < (buyers.end[i] ?? 0)) queue.push(i);
  }
  const returns = new ReturnSchedule();
  let orderCount = 0;
  let returnCount = 0;
  const used = new Set<number>();

  while (queue.size > 0) {
    const customer = queue.pop();
    const time = realTimeAt(buyers.next[customer] ?? 0);
    for (let due = returns.takeDue(time); due !== undefined; due = returns.takeDue(time)) {
      yield* returnRows(due, ++returnCount);
    }

    const id = orderNumber('O', ++orderCount);
    const customerText = customerId(customer);
    const when = timestamp(time);
    const day = Math.floor(time);
    const business = buyers.business[customer] === 1;
    const channel = rng.chance(PREFERRED_CHANNEL_SHARE) ? (buyers.channel[customer] ?? 0) : rng.pickIndex(channelTable);
    const lines = drawLineCount(rng, business);
    const returned: ReturnedLine[] = [];
    used.clear();
    for (let k = 0; k < lines; k++) {
      const product = distinctProduct(rng, buyers, customer, used);
      used.add(product);
      const quantity = drawQuantity(rng, buyers, customer, product);
      const price = unitPrice(product, day);
      yield productRow(id, customerText, when, product, channel, String(quantity), price);
      if (rng.chance(returnRate(product))) {
        // Businesses send back part of a bulk line, consumers the whole line.
        const back = business ? Math.max(1, Math.round(quantity * rng.uniform(0.2, 1))) : quantity;
        returned.push({ product, quantity: back, unitPrice: price });
      }
    }
    if (returned.length > 0) {
      const back = time + RETURN_DELAY_MIN_DAYS + rng.exponential(RETURN_DELAY_MEAN_DAYS);
      if (back < WINDOW_DAYS) returns.add({ time: back, customer, channel, lines: returned });
    }

    const rate = buyers.rate[customer] ?? 0;
    if (rate > 0) {
      const next = (buyers.next[customer] ?? 0) + rng.exponential(1 / rate);
      buyers.next[customer] = next;
      if (next < (buyers.end[customer] ?? 0)) queue.push(customer);
    }
  }
  for (let due = returns.takeDue(WINDOW_DAYS); due !== undefined; due = returns.takeDue(WINDOW_DAYS)) {
    yield* returnRows(due, ++returnCount);
  }
}
