/**
 * Per-order and per-customer sums gathered while order lines stream in, so customer metrics
 * need no second pass over the lines (see README "Customer metrics" for the definitions).
 * Orders live in fixed-size pages of typed arrays: a file with millions of orders grows by one
 * page at a time instead of doubling (and briefly tripling) one big array.
 */
import { roundMoney } from '../db/rounding.js';

/** One customer's metrics, as stored in customer_metrics. */
export interface CustomerTotals {
  customer: number;
  frequency: number;
  monetary: number;
  firstDay: number | null;
  lastDay: number | null;
}

/** The same as columns (transferable between threads); firstDay/lastDay mean nothing when frequency is 0. */
export interface CustomerTotalsColumns {
  count: number;
  customer: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
}

const SECONDS_PER_DAY = 86_400;
const PAGE_BITS = 16;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

interface OrderPage {
  amount: Float64Array;
  day: Int32Array;
  customer: Int32Array;
}

export class OrderAccumulator {
  private readonly pages: OrderPage[] = [];
  private orders = 0;
  /** Per customer id: sum of line amounts, and whether the customer has any line. */
  private monetary = new Float64Array(1 << 12);
  private hasLines = new Uint8Array(1 << 12);

  /** Registers a new order and returns its ref (1-based, dense). */
  newOrder(customer: number, day: number): number {
    const ref = this.orders + 1;
    if (ref >>> PAGE_BITS === this.pages.length) this.pages.push(newPage());
    const page = this.pages[ref >>> PAGE_BITS] as OrderPage;
    const i = ref & PAGE_MASK;
    page.customer[i] = customer;
    page.day[i] = day;
    page.amount[i] = 0;
    this.orders = ref;
    return ref;
  }

  customerOf(ref: number): number {
    return (this.pages[ref >>> PAGE_BITS] as OrderPage).customer[ref & PAGE_MASK] as number;
  }

  dayOf(ref: number): number {
    return (this.pages[ref >>> PAGE_BITS] as OrderPage).day[ref & PAGE_MASK] as number;
  }

  /** The order's lines summed (not rounded). */
  amountOf(ref: number): number {
    return (this.pages[ref >>> PAGE_BITS] as OrderPage).amount[ref & PAGE_MASK] as number;
  }

  addLine(ref: number, seconds: number, amount: number): void {
    const day = Math.floor(seconds / SECONDS_PER_DAY); // metrics/days secondsToDay, without its imports (zod)
    const page = this.pages[ref >>> PAGE_BITS] as OrderPage;
    const i = ref & PAGE_MASK;
    // An order's date is its earliest line's date.
    if (day < (page.day[i] as number)) page.day[i] = day;
    page.amount[i] = (page.amount[i] as number) + amount;
    const customer = page.customer[i] as number;
    if (customer >= this.monetary.length) this.growCustomers(customer);
    this.monetary[customer] = (this.monetary[customer] as number) + amount;
    this.hasLines[customer] = 1;
  }

  get orderCount(): number {
    return this.orders;
  }

  /** Metrics of every customer with at least one order line, by customer id. */
  totals(): CustomerTotalsColumns {
    const slotOf = new Int32Array(this.monetary.length).fill(-1);
    let count = 0;
    for (let c = 0; c < this.hasLines.length; c += 1) if (this.hasLines[c] === 1) slotOf[c] = count++;
    const t: CustomerTotalsColumns = {
      count,
      customer: new Int32Array(count),
      frequency: new Int32Array(count),
      monetary: new Float64Array(count),
      firstDay: new Int32Array(count),
      lastDay: new Int32Array(count),
    };
    for (let c = 0; c < slotOf.length; c += 1) {
      const s = slotOf[c] as number;
      if (s < 0) continue;
      t.customer[s] = c;
      t.monetary[s] = roundMoney(this.monetary[c] as number);
    }
    for (let ref = 1; ref <= this.orders; ref += 1) {
      const page = this.pages[ref >>> PAGE_BITS] as OrderPage;
      const i = ref & PAGE_MASK;
      if ((page.amount[i] as number) <= 1e-9) continue; // only orders with a positive amount count
      const s = slotOf[page.customer[i] as number] as number;
      const day = page.day[i] as number;
      if (t.frequency[s] === 0 || day < (t.firstDay[s] as number)) t.firstDay[s] = day;
      if (t.frequency[s] === 0 || day > (t.lastDay[s] as number)) t.lastDay[s] = day;
      t.frequency[s] = (t.frequency[s] as number) + 1;
    }
    return t;
  }

  private growCustomers(customer: number): void {
    let size = this.monetary.length * 2;
    while (size <= customer) size *= 2;
    const monetary = new Float64Array(size);
    monetary.set(this.monetary);
    const hasLines = new Uint8Array(size);
    hasLines.set(this.hasLines);
    this.monetary = monetary;
    this.hasLines = hasLines;
  }
}

function newPage(): OrderPage {
  const size = 1 << PAGE_BITS;
  return { amount: new Float64Array(size), day: new Int32Array(size), customer: new Int32Array(size) };
}
