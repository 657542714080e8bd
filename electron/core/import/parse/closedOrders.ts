/**
 * Streams order_totals rows while the file is read instead of all at the end, where nothing else
 * can overlap with them. An order goes out once ORDER_LAG newer orders exist (lines of an order
 * are usually adjacent, at worst a few orders interleave); should a line of an order that went
 * out still come (the file is not grouped by order), the order is marked reopened and its final
 * figures are sent again at the end, as updates. So the result never depends on the file's order.
 */

import { roundMoney } from '../../db/rounding.js';
import type { OrderAccumulator } from '../../metrics/orderAccumulator.js';
import type { RowBatch } from './rowBatch.js';

const ORDER_LAG = 1024;

/** Final figures of orders that got lines after they had been sent. */
export interface ReopenedOrders {
  count: number;
  ref: Int32Array;
  day: Int32Array;
  amount: Float64Array;
}

export class ClosedOrders {
  /** Refs 1..sent have been sent. */
  private sent = 0;
  /** One bit per ref: 1/8 byte an order, as the per-order state elsewhere no longer grows with them. */
  private reopened: Int32Array = new Int32Array(1 << 7);
  private reopenedCount = 0;

  constructor(private readonly orders: OrderAccumulator) {}

  /** Called for every line, with its order. */
  touch(ref: number): void {
    if (ref > this.sent) return;
    const word = ref >>> 5;
    const bit = 1 << (ref & 31);
    if (word >= this.reopened.length) this.reopened = grownBits(this.reopened, word);
    if (((this.reopened[word] as number) & bit) !== 0) return;
    this.reopened[word] = (this.reopened[word] as number) | bit;
    this.reopenedCount += 1;
  }

  /** Adds the orders that may go now to the batch (all of them when `all`). */
  fill(batch: RowBatch, all: boolean): void {
    const upTo = all ? this.orders.orderCount : this.orders.orderCount - ORDER_LAG;
    const count = Math.min(upTo - this.sent, batch.closedCustomer.length);
    if (count <= 0) return;
    batch.firstClosedRef = this.sent + 1;
    batch.closedOrders = count;
    for (let i = 0; i < count; i += 1) {
      const ref = this.sent + 1 + i;
      batch.closedCustomer[i] = this.orders.customerOf(ref);
      batch.closedDay[i] = this.orders.dayOf(ref);
      batch.closedAmount[i] = roundMoney(this.orders.amountOf(ref));
    }
    this.sent += count;
  }

  /** True while some orders have not been sent (call fill(…, true) on fresh batches until false). */
  get pending(): boolean {
    return this.sent < this.orders.orderCount;
  }

  /** After the last line: the orders to send again. */
  reopenedOrders(): ReopenedOrders {
    const n = this.reopenedCount;
    const out: ReopenedOrders = {
      count: n,
      ref: new Int32Array(n),
      day: new Int32Array(n),
      amount: new Float64Array(n),
    };
    let i = 0;
    for (let ref = 1; ref < this.reopened.length * 32 && i < n; ref += 1) {
      if (((this.reopened[ref >>> 5] as number) & (1 << (ref & 31))) === 0) continue;
      out.ref[i] = ref;
      out.day[i] = this.orders.dayOf(ref);
      out.amount[i] = roundMoney(this.orders.amountOf(ref));
      i += 1;
    }
    return out;
  }
}

function grownBits(words: Int32Array, index: number): Int32Array {
  let size = words.length * 2;
  while (size <= index) size *= 2;
  const grown = new Int32Array(size);
  grown.set(words);
  return grown;
}
