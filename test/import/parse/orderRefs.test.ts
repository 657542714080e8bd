/**
 * The per-order state of an import keeps only the newest orders in memory (OrderRefs'
 * generations, OrderAccumulator's pages) and the rest in a spill file. A line for an order
 * sent long ago must still find that order and update its figures exactly as if all were in memory.
 */
import { describe, expect, it } from 'vitest';
import { OrderRefs } from '../../../electron/core/import/parse/orderRefs.js';
import { OrderAccumulator } from '../../../electron/core/metrics/orderAccumulator.js';

/** More than the filter's first capacity (1M), so it is rebuilt from the spill file once. */
const ORDERS = 1_500_000;
const CUSTOMERS = 50_021;
const DAY = 86_400;

describe('OrderRefs and OrderAccumulator with spilled orders', () => {
  it('find every old order again, keep new keys new and sum late lines exactly', () => {
    const acc = new OrderAccumulator();
    const refs = new OrderRefs((ref) => acc.customerOf(ref));
    const lookup = (order: string, customer: number, day: number, amount: number): number => {
      let ref = refs.find(order, customer);
      if (ref === 0) {
        ref = acc.newOrder(customer, day);
        refs.add(ref);
      }
      acc.addLine(ref, day * DAY, amount);
      return ref;
    };
    let lateFound = 0;
    let wrongRefs = 0;
    let otherCustomerFound = 0;
    for (let i = 0; i < ORDERS; i += 1) {
      if (lookup(`O${i}`, i % CUSTOMERS, 1000 + (i % 400), 2) !== i + 1) wrongRefs += 1;
      if (i % 1000 === 999) {
        // A late line of an order 900,000 orders back (spilled), on an earlier day, cancelling it.
        const old = i - 900_000;
        if (old >= 0) {
          if (lookup(`O${old}`, old % CUSTOMERS, 10, -2) === old + 1) lateFound += 1;
          // The same order id for another customer is another order.
          if (refs.find(`O${old}`, (old + 1) % CUSTOMERS) !== 0) otherCustomerFound += 1;
        }
      }
    }
    expect(wrongRefs).toBe(0);
    expect(lateFound).toBe(600);
    expect(otherCustomerFound).toBe(0);
    expect(acc.orderCount).toBe(ORDERS);
    // Late lines moved 600 orders to day 10 and took them to 0: they no longer count.
    expect(acc.dayOf(99_999 + 1)).toBe(10);
    expect(acc.amountOf(99_999 + 1)).toBe(0);
    expect(acc.amountOf(100_000 + 1)).toBe(2);
    expect(acc.customerOf(99_999 + 1)).toBe(99_999 % CUSTOMERS);
    const t = acc.totals();
    expect(t.count).toBe(CUSTOMERS);
    let frequency = 0;
    let monetary = 0;
    for (let s = 0; s < t.count; s += 1) {
      frequency += t.frequency[s] as number;
      monetary += t.monetary[s] as number;
    }
    expect(frequency).toBe(ORDERS - 600);
    expect(monetary).toBe(2 * (ORDERS - 600));
    // Customer 49,978 bought orders 49,978 + k * 50,021 for k = 0..28; k = 1 (order 99,999) was cancelled.
    const s = t.customer.indexOf(49_978);
    const days = Array.from({ length: 29 }, (_, k) => 1000 + ((49_978 + k * CUSTOMERS) % 400)).filter(
      (_, k) => k !== 1,
    );
    expect(t.frequency[s]).toBe(28);
    expect(t.firstDay[s]).toBe(Math.min(...days));
    expect(t.lastDay[s]).toBe(Math.max(...days));
  });
});
