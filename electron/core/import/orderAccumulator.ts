/**
 * Per-order and per-customer sums gathered while order lines stream in, so customer metrics
 * need no second pass over the lines (see README "Customer metrics" for the definitions).
 */
import { secondsToDay } from '../metrics/days.js';

export interface CustomerTotals {
  customer: number;
  frequency: number;
  monetary: number;
  firstDay: number | null;
  lastDay: number | null;
}

export class OrderAccumulator {
  private orderAmount = new Float64Array(1 << 16);
  private orderDay = new Int32Array(1 << 16);
  private orderCustomer = new Int32Array(1 << 16);
  private orders = 0;
  private readonly monetary = new Map<number, number>();

  /** Registers a new order and returns its ref (1-based, dense). */
  newOrder(customer: number, day: number): number {
    if (this.orders + 1 >= this.orderAmount.length) this.grow();
    this.orders += 1;
    this.orderCustomer[this.orders] = customer;
    this.orderDay[this.orders] = day;
    this.orderAmount[this.orders] = 0;
    return this.orders;
  }

  customerOf(ref: number): number {
    return this.orderCustomer[ref] as number;
  }

  addLine(ref: number, seconds: number, amount: number): void {
    const day = secondsToDay(seconds);
    // An order's date is its earliest line's date.
    if (day < (this.orderDay[ref] as number)) this.orderDay[ref] = day;
    this.orderAmount[ref] = (this.orderAmount[ref] as number) + amount;
    const customer = this.orderCustomer[ref] as number;
    this.monetary.set(customer, (this.monetary.get(customer) ?? 0) + amount);
  }

  /** Every order with its customer, day (earliest line) and total amount. */
  forEachOrder(visit: (ref: number, customer: number, day: number, amount: number) => void): void {
    for (let ref = 1; ref <= this.orders; ref += 1) {
      visit(ref, this.orderCustomer[ref] as number, this.orderDay[ref] as number, roundMoney(this.orderAmount[ref] as number));
    }
  }

  get orderCount(): number {
    return this.orders;
  }

  /** Metrics of every customer with at least one order line. */
  totals(): CustomerTotals[] {
    const byCustomer = new Map<number, CustomerTotals>();
    for (const [customer, monetary] of this.monetary) {
      byCustomer.set(customer, {
        customer,
        frequency: 0,
        monetary: roundMoney(monetary),
        firstDay: null,
        lastDay: null,
      });
    }
    for (let ref = 1; ref <= this.orders; ref += 1) {
      if ((this.orderAmount[ref] as number) <= 1e-9) continue; // only orders with a positive amount count
      const t = byCustomer.get(this.orderCustomer[ref] as number) as CustomerTotals;
      const day = this.orderDay[ref] as number;
      t.frequency += 1;
      if (t.firstDay === null || day < t.firstDay) t.firstDay = day;
      if (t.lastDay === null || day > t.lastDay) t.lastDay = day;
    }
    return [...byCustomer.values()];
  }

  private grow(): void {
    const size = this.orderAmount.length * 2;
    const amount = new Float64Array(size);
    amount.set(this.orderAmount);
    const day = new Int32Array(size);
    day.set(this.orderDay);
    const customer = new Int32Array(size);
    customer.set(this.orderCustomer);
    this.orderAmount = amount;
    this.orderDay = day;
    this.orderCustomer = customer;
  }
}

/** Money is summed in floating point; six decimals remove the noise without touching cents. */
export function roundMoney(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
