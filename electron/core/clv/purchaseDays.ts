/**
 * The per-customer summary both models are fitted on, from purchase days (issue 9 §2): a purchase
 * day is a calendar day with at least one order of positive amount. For a calibration end E
 * (inclusive) and a unit u in days: x = purchase days on or before E, minus 1; t_x = (last - first
 * purchase day) / u; T = (E - first purchase day) / u; m = the mean, over the repeat purchase days
 * (all but the first), of the day's total amount (every order of that day, returns included).
 * Customers whose first purchase day is after E are left out (counted).
 */

/** One customer's orders on one day, as read from order_totals. */
export interface CustomerDay {
  customerId: string;
  day: number;
  /** Sum of the day's order amounts. */
  total: number;
  /** At least one of the day's orders has a positive amount. */
  purchase: boolean;
}

export interface PurchaseSummary {
  customerId: string;
  x: number;
  tx: number;
  T: number;
  /** Mean total of the repeat purchase days; null when x = 0. */
  m: number | null;
  /** Purchase days in (E, holdoutEnd]: the holdout's actual repeat purchases. */
  holdoutPurchases: number;
}

export interface SummaryOptions {
  /** Calibration end E, days since 1970-01-01, inclusive. */
  calibrationEnd: number;
  /** Days per unit: 1 or 7. */
  unitDays: number;
  /** Last day (inclusive) counted as holdout; calibrationEnd when there is none. */
  holdoutEnd: number;
}

export interface Summaries {
  customers: PurchaseSummary[];
  /** Customers with a purchase day, all after E. */
  firstPurchaseAfterEnd: number;
}

/** Summaries from customer days sorted by customer then day (one row per customer and day). */
export function summarise(days: readonly CustomerDay[], options: SummaryOptions): Summaries {
  const customers: PurchaseSummary[] = [];
  let firstPurchaseAfterEnd = 0;
  let i = 0;
  while (i < days.length) {
    const id = (days[i] as CustomerDay).customerId;
    let first: number | null = null;
    let last = 0;
    let purchaseDays = 0;
    let repeatTotal = 0;
    let holdout = 0;
    let hadPurchase = false;
    for (; i < days.length && (days[i] as CustomerDay).customerId === id; i++) {
      const d = days[i] as CustomerDay;
      if (!d.purchase) continue;
      hadPurchase = true;
      if (d.day > options.calibrationEnd) {
        if (first !== null && d.day <= options.holdoutEnd) holdout++;
        continue;
      }
      if (first === null) first = d.day;
      else repeatTotal += d.total;
      last = d.day;
      purchaseDays++;
    }
    if (first === null) {
      if (hadPurchase) firstPurchaseAfterEnd++;
      continue;
    }
    const x = purchaseDays - 1;
    customers.push({
      customerId: id,
      x,
      tx: (last - first) / options.unitDays,
      T: (options.calibrationEnd - first) / options.unitDays,
      m: x > 0 ? repeatTotal / x : null,
      holdoutPurchases: holdout,
    });
  }
  return { customers, firstPurchaseAfterEnd };
}
