/**
 * Per-order and per-customer sums gathered while order lines stream in, so customer metrics
 * need no second pass over the lines (see README "Customer metrics" for the definitions).
 * Orders live in fixed-size pages of typed arrays: a file with millions of orders grows by one
 * page at a time instead of doubling (and briefly tripling) one big array, and only the newest
 * pages stay in memory (the rest in a spill file), so memory does not grow with the orders.
 */
import { roundMoney } from '../db/rounding.js';
import { SpillFile } from '../files/spillFile.js';

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
/** One order: customer (int32), day (int32), amount (float64), side by side. */
const RECORD_BYTES = 16;
const PAGE_BYTES = RECORD_BYTES << PAGE_BITS;
/**
 * Pages kept in memory (the newest; 256K orders, 4 MB). Older ones go to a spill file: an
 * order's lines are near each other in every export seen, so an old order is rarely touched
 * again (a late line, then one read and one write of its 16 bytes).
 */
const RESIDENT_PAGES = 4;

/** A page of records; `ints` and `floats` view the same bytes. */
class OrderPage {
  readonly bytes: Uint8Array;
  readonly ints: Int32Array;
  readonly floats: Float64Array;
  constructor(size = PAGE_BYTES) {
    this.bytes = new Uint8Array(size);
    this.ints = new Int32Array(this.bytes.buffer);
    this.floats = new Float64Array(this.bytes.buffer);
  }
}

export class OrderAccumulator {
  /** By page index; null once the page is in the spill file. */
  private readonly pages: Array<OrderPage | null> = [];
  private readonly spill = new SpillFile();
  /** One spilled order's record, read and written in place. */
  private readonly one = new OrderPage(RECORD_BYTES);
  private orders = 0;
  /** Per customer id: sum of line amounts, and whether the customer has any line. */
  private monetary = new Float64Array(1 << 12);
  private hasLines = new Uint8Array(1 << 12);

  /** Registers a new order and returns its ref (1-based, dense). */
  newOrder(customer: number, day: number): number {
    const ref = this.orders + 1;
    if (ref >>> PAGE_BITS === this.pages.length) this.addPage();
    const page = this.pages[ref >>> PAGE_BITS] as OrderPage;
    const i = ref & PAGE_MASK;
    page.ints[4 * i] = customer;
    page.ints[4 * i + 1] = day;
    page.floats[2 * i + 1] = 0;
    this.orders = ref;
    return ref;
  }

  customerOf(ref: number): number {
    const page = this.pages[ref >>> PAGE_BITS] ?? this.readSpilled(ref);
    return page.ints[4 * (page === this.one ? 0 : ref & PAGE_MASK)] as number;
  }

  dayOf(ref: number): number {
    const page = this.pages[ref >>> PAGE_BITS] ?? this.readSpilled(ref);
    return page.ints[4 * (page === this.one ? 0 : ref & PAGE_MASK) + 1] as number;
  }

  /** The order's lines summed (not rounded). */
  amountOf(ref: number): number {
    const page = this.pages[ref >>> PAGE_BITS] ?? this.readSpilled(ref);
    return page.floats[2 * (page === this.one ? 0 : ref & PAGE_MASK) + 1] as number;
  }

  addLine(ref: number, seconds: number, amount: number): void {
    const day = Math.floor(seconds / SECONDS_PER_DAY); // metrics/days secondsToDay, without its imports (zod)
    const resident = this.pages[ref >>> PAGE_BITS];
    const page = resident ?? this.readSpilled(ref);
    const i = resident ? ref & PAGE_MASK : 0;
    // An order's date is its earliest line's date.
    if (day < (page.ints[4 * i + 1] as number)) page.ints[4 * i + 1] = day;
    page.floats[2 * i + 1] = (page.floats[2 * i + 1] as number) + amount;
    if (!resident) this.spill.write(this.one.bytes, ref * RECORD_BYTES);
    const customer = page.ints[4 * i] as number;
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
    const scratch = this.pages.some((p) => p === null) ? new OrderPage() : null;
    for (let p = 0; p < this.pages.length; p += 1) {
      let page = this.pages[p];
      if (!page) {
        page = scratch as OrderPage;
        this.spill.read(page.bytes, p * PAGE_BYTES);
      }
      const first = p === 0 ? 1 : 0;
      const last = Math.min(PAGE_MASK, this.orders - (p << PAGE_BITS));
      for (let i = first; i <= last; i += 1) {
        if ((page.floats[2 * i + 1] as number) <= 1e-9) continue; // only orders with a positive amount count
        const s = slotOf[page.ints[4 * i] as number] as number;
        const day = page.ints[4 * i + 1] as number;
        if (t.frequency[s] === 0 || day < (t.firstDay[s] as number)) t.firstDay[s] = day;
        if (t.frequency[s] === 0 || day > (t.lastDay[s] as number)) t.lastDay[s] = day;
        t.frequency[s] = (t.frequency[s] as number) + 1;
      }
    }
    return t;
  }

  /** A new page; the oldest resident one goes to the spill file when too many are resident. */
  private addPage(): void {
    const oldest = this.pages.length - RESIDENT_PAGES;
    const evicted = oldest >= 0 ? this.pages[oldest] : null;
    if (evicted) {
      this.spill.write(evicted.bytes, oldest * PAGE_BYTES);
      this.pages[oldest] = null;
    }
    this.pages.push(evicted ?? new OrderPage());
  }

  /** Loads a spilled order's record into `one` (its slot 0). */
  private readSpilled(ref: number): OrderPage {
    this.spill.read(this.one.bytes, ref * RECORD_BYTES);
    return this.one;
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
