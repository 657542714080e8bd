/**
 * The order simulation's view of all customers: one typed-array slot per customer (tens of bytes each,
 * never one per order), filled from their attributes and buying behaviour, with the rates scaled so the
 * expected number of order lines matches the requested size.
 */

import { MEAN_LINES_BUSINESS, MEAN_LINES_CONSUMER } from './basket.js';
import { customerBehaviour } from './behaviour.js';
import { shopTimeAt, WINDOW_DAYS } from './calendar.js';
import type { DemoSize } from './options.js';
import type { Rng } from './random.js';
import { customerTraits } from './traits.js';

/** Return lines per sold line, as measured on the generator (they count towards the target). */
const RETURN_LINE_SHARE = 0.03;

export interface Buyers {
  readonly count: number;
  /** Shop time of each customer's next order. */
  readonly next: Float64Array;
  /** Shop time after which the customer orders no more. */
  readonly end: Float64Array;
  /** Orders per unit of shop time after an order; 0 for one-time buyers. */
  readonly rate: Float64Array;
  readonly business: Uint8Array;
  readonly favourite: Uint8Array;
  readonly second: Uint8Array;
  readonly channel: Uint8Array;
  readonly premium: Float32Array;
  readonly bulk: Float32Array;
}

function allocate(count: number): Buyers {
  return {
    count,
    next: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    end: new Float64Array(count),
    rate: new Float64Array(count),
    business: new Uint8Array(count),
    favourite: new Uint8Array(count),
    second: new Uint8Array(count),
    channel: new Uint8Array(count),
    premium: new Float32Array(count),
    bulk: new Float32Array(count),
  };
}

/**
 * Customers whose first order is fixed (new signups, one-time buyers) get it in `next` now; long-standing
 * repeat buyers draw it once the rate scale is known (a memoryless wait, so the window may start mid-gap).
 */
export function buildBuyers(size: DemoSize, rng: Rng): Buyers {
  const buyers = allocate(size.customers);
  const total = shopTimeAt(WINDOW_DAYS);
  let fixedLines = 0;
  let scalableLines = 0;
  for (let i = 0; i < size.customers; i++) {
    const traits = customerTraits(size.seed, i, size.customers);
    const behaviour = customerBehaviour(size.seed, traits);
    const business = traits.type === 'B2B';
    buyers.business[i] = business ? 1 : 0;
    buyers.favourite[i] = behaviour.favourites[0];
    buyers.second[i] = behaviour.favourites[1];
    buyers.channel[i] = behaviour.channel;
    buyers.premium[i] = behaviour.premium;
    buyers.bulk[i] = behaviour.bulk;
    if (behaviour.kind === 'never') continue;

    const linesPerOrder = business ? MEAN_LINES_BUSINESS : MEAN_LINES_CONSUMER;
    const signup = traits.signupDay + 0.5;
    const end = behaviour.kind === 'repeat' ? shopTimeAt(behaviour.lapseDay) : total;
    buyers.end[i] = end;
    let first: number;
    if (traits.signupDay >= 0) first = shopTimeAt(signup + behaviour.firstOrderDelay);
    else if (behaviour.kind === 'once') first = rng.uniform(0, total);
    else first = Number.NaN;
    buyers.next[i] = first;
    if (first < end) fixedLines += linesPerOrder;
    if (behaviour.kind === 'repeat') {
      buyers.rate[i] = behaviour.rate;
      scalableLines += behaviour.rate * Math.max(0, end - (Number.isNaN(first) ? 0 : first)) * linesPerOrder;
    }
  }

  const targetSales = size.orderLines / (1 + RETURN_LINE_SHARE);
  const scale = scalableLines > 0 ? Math.max(0, (targetSales - fixedLines) / scalableLines) : 0;
  for (let i = 0; i < size.customers; i++) {
    const rate = (buyers.rate[i] ?? 0) * scale;
    buyers.rate[i] = rate;
    if (Number.isNaN(buyers.next[i])) {
      // A long-standing customer's next order is a memoryless wait from the window start.
      buyers.next[i] = rate > 0 ? rng.exponential(1 / rate) : Number.POSITIVE_INFINITY;
    }
  }
  return buyers;
}
