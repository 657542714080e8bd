/**
 * Acquisition cohorts (issue 10 §2). A customer's cohort is the period of their first order with
 * a positive amount; offset k is k periods later. Per cell: the active customers (at least one
 * positive order in that period) and the net revenue of all their orders in it, returns
 * included. Orders dated before a customer's first positive order are ignored, and so are
 * customers who never placed one. Only orders dated before the project's as-of date count, as
 * in every other view.
 */
import type { Cohort, CohortPeriod, CohortsResult } from '../../../shared/contract/changes.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { readAsOf } from '../metrics/asOf.js';
import { memberIds } from '../segments/count.js';
import { periodLabel, periodTable } from './periods.js';

/** The positive-amount threshold the metrics use (metrics/store.ts). */
const POSITIVE = 1e-9;

interface OrderColumns {
  customer: number[];
  day: number[];
  amount: number[];
}

/** Every order before the as-of day as three columns (one JSON array each: no object per order). */
function readOrders(db: Db, beforeDay: number): OrderColumns {
  const row = db
    .prepare(
      `SELECT json_group_array(customer) AS customer, json_group_array(day) AS day, json_group_array(amount) AS amount
       FROM order_totals WHERE day < ?`,
    )
    .get(beforeDay) as Record<keyof OrderColumns, string>;
  return {
    customer: JSON.parse(row.customer) as number[],
    day: JSON.parse(row.day) as number[],
    amount: JSON.parse(row.amount) as number[],
  };
}

/**
 * `segment`: only that saved segment's members (as of the as-of date) count; their cohorts and
 * cells are as for everyone, the other customers left out.
 */
/** The orders of the given customers only. */
function onlyMembers(orders: OrderColumns, members: ReadonlySet<number>): OrderColumns {
  const kept: OrderColumns = { customer: [], day: [], amount: [] };
  orders.customer.forEach((id, i) => {
    if (!members.has(id)) return;
    kept.customer.push(id);
    kept.day.push(orders.day[i] as number);
    kept.amount.push(orders.amount[i] as number);
  });
  return kept;
}

export function cohorts(db: Db, kind: CohortPeriod, segment?: number): CohortsResult {
  const asOf = readAsOf(db).day;
  if (asOf === null) return { period: kind, cohorts: [] };
  // Before reading the orders: an unknown segment fails first.
  const members = segment === undefined ? null : new Set(memberIds(db, { segment }));
  const orders = members === null ? readOrders(db, asOf) : onlyMembers(readOrders(db, asOf), members);
  const n = orders.day.length;
  // Each customer's first positive day, by a dense ordinal per customer.
  const ordinal = new Map<number, number>();
  const firstDays: number[] = [];
  let minDay = asOf - 1;
  for (let i = 0; i < n; i += 1) {
    if ((orders.amount[i] as number) <= POSITIVE) continue;
    const id = orders.customer[i] as number;
    const day = orders.day[i] as number;
    const k = ordinal.get(id);
    if (k === undefined) {
      ordinal.set(id, firstDays.length);
      firstDays.push(day);
    } else if (day < (firstDays[k] as number)) firstDays[k] = day;
    if (day < minDay) minDay = day;
  }
  if (firstDays.length === 0) return { period: kind, cohorts: [] };
  const periods = periodTable(kind, minDay, asOf - 1);
  const periodOfDay = (day: number): number => periods[day - minDay] as number;
  const firstPeriod = periodOfDay(minDay);
  const lastPeriod = periodOfDay(asOf - 1);
  const span = lastPeriod - firstPeriod + 1;

  // Cells as flat arrays indexed [cohort - firstPeriod][offset].
  const size = new Float64Array(span);
  const revenue = new Float64Array(span * span);
  const active = new Float64Array(span * span);
  const cohortOf = new Int32Array(firstDays.length);
  firstDays.forEach((day, k) => {
    const c = periodOfDay(day) - firstPeriod;
    cohortOf[k] = c;
    size[c] = (size[c] as number) + 1;
  });

  // (customer, period) pairs with a positive order, sorted so that each is counted once.
  const pairs = new Float64Array(n);
  let pairCount = 0;
  for (let i = 0; i < n; i += 1) {
    const k = ordinal.get(orders.customer[i] as number);
    if (k === undefined) continue;
    const day = orders.day[i] as number;
    if (day < (firstDays[k] as number)) continue;
    const c = cohortOf[k] as number;
    const offset = periodOfDay(day) - firstPeriod - c;
    const cell = c * span + offset;
    const amount = orders.amount[i] as number;
    revenue[cell] = (revenue[cell] as number) + amount;
    if (amount > POSITIVE) pairs[pairCount++] = k * span + offset;
  }
  const sorted = pairs.subarray(0, pairCount).sort();
  for (let i = 0; i < sorted.length; i += 1) {
    const pair = sorted[i] as number;
    if (i > 0 && pair === sorted[i - 1]) continue;
    const k = Math.floor(pair / span);
    const cell = (cohortOf[k] as number) * span + (pair - k * span);
    active[cell] = (active[cell] as number) + 1;
  }

  const result: Cohort[] = [];
  for (let c = 0; c < span; c += 1) {
    if (size[c] === 0) continue;
    const cells = [];
    for (let offset = 0; offset < span - c; offset += 1) {
      const cell = c * span + offset;
      cells.push({ offset, active: active[cell] as number, revenue: round6(revenue[cell] as number) });
    }
    result.push({ cohort: periodLabel(kind, firstPeriod + c), customers: size[c] as number, periods: cells });
  }
  return { period: kind, cohorts: result };
}
