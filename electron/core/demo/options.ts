/** Sizes and seed of a demo shop, with the defaults shared by every generator so their outputs match. */

export interface DemoOptions {
  /** Number of customers; defaults to 5000, or to orderLines / 10 when orderLines is given. */
  customers?: number;
  /** Target number of order lines (returns included); defaults to 10 per customer. */
  orderLines?: number;
  /** Any integer; the same seed gives the same files byte for byte. Defaults to 1. */
  seed?: number;
}

export interface DemoSize {
  readonly customers: number;
  readonly orderLines: number;
  readonly seed: number;
}

const DEFAULT_CUSTOMERS = 5000;
const LINES_PER_CUSTOMER = 10;

export function resolveDemoSize(options: DemoOptions = {}): DemoSize {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error(`Demo seed must be an integer, got ${seed}`);
  const customers =
    options.customers ??
    (options.orderLines === undefined
      ? DEFAULT_CUSTOMERS
      : Math.max(1, Math.round(options.orderLines / LINES_PER_CUSTOMER)));
  if (!Number.isSafeInteger(customers) || customers < 1)
    throw new Error(`Demo customers must be >= 1, got ${customers}`);
  const orderLines = options.orderLines ?? customers * LINES_PER_CUSTOMER;
  if (!Number.isSafeInteger(orderLines) || orderLines < 0) {
    throw new Error(`Demo orderLines must be a whole number >= 0, got ${orderLines}`);
  }
  // Folded to 32 bits here, so the random streams see the same seed whatever its size.
  return { customers, orderLines, seed: seed | 0 };
}
