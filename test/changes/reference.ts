/**
 * An independent computation of migration and cohorts from a plain list of orders (the test's own
 * reading of a file): no SQL, no engine code. Money is summed in cents, so that the engine's
 * figures can be compared exactly after rounding to cents.
 */

export interface PlainOrder {
  customer: string;
  /** Days since 1970-01-01. */
  day: number;
  cents: number;
}

const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The rf-grid names by R (rows 1..5) and F (columns 1..5), from the scheme's definition. */
const RF_GRID: string[][] = [
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal_customers', 'loyal_customers'],
  ['promising', 'potential_loyalists', 'potential_loyalists', 'loyal_customers', 'loyal_customers'],
  ['new_customers', 'potential_loyalists', 'potential_loyalists', 'champions', 'champions'],
];

/** Type-7 quantile at k / bins of ascending values. */
function quantile(sorted: number[], k: number, bins: number): number {
  const h = ((sorted.length - 1) * k) / bins;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= sorted.length) return below;
  return below + (h - lo) * ((sorted[lo + 1] as number) - below);
}

/** Each buyer's rf-grid segment (5 bins) as of a day: the orders dated before it. */
export function rfGridAt(orders: readonly PlainOrder[], asOf: number): Map<string, string> {
  const last = new Map<string, number>();
  const count = new Map<string, number>();
  for (const o of orders) {
    if (o.day >= asOf || o.cents <= 0) continue;
    last.set(o.customer, Math.max(last.get(o.customer) ?? -Infinity, o.day));
    count.set(o.customer, (count.get(o.customer) ?? 0) + 1);
  }
  const buyers = [...last.keys()];
  const recency = buyers.map((c) => asOf - (last.get(c) as number));
  const frequency = buyers.map((c) => count.get(c) as number);
  const breaks = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return [1, 2, 3, 4].map((k) => quantile(s, k, 5));
  };
  const rb = breaks(recency);
  const fb = breaks(frequency);
  const score = (x: number, b: number[]) => 1 + b.filter((v) => x > v).length;
  const out = new Map<string, string>();
  buyers.forEach((c, i) => {
    const r = 6 - score(recency[i] as number, rb);
    const f = score(frequency[i] as number, fb);
    out.set(c, (RF_GRID[r - 1] as string[])[f - 1] as string);
  });
  return out;
}

export interface PlainCell {
  from: string;
  to: string;
  customers: number;
  cents: number;
}

/** Net cents per customer of the orders dated in [from, to). */
export function windowCents(orders: readonly PlainOrder[], from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) if (o.day >= from && o.day < to) out.set(o.customer, (out.get(o.customer) ?? 0) + o.cents);
  return out;
}

/** Cells from each customer's groups at both dates (several groups: one count in each pair). */
export function plainCells(
  customers: Iterable<string>,
  groupsFrom: (c: string) => string[],
  groupsTo: (c: string) => string[],
  cents: Map<string, number>,
): PlainCell[] {
  const cells = new Map<string, PlainCell>();
  for (const c of customers) {
    for (const from of groupsFrom(c)) {
      for (const to of groupsTo(c)) {
        const key = `${from}\t${to}`;
        const cell = cells.get(key) ?? { from, to, customers: 0, cents: 0 };
        cell.customers += 1;
        cell.cents += cents.get(c) ?? 0;
        cells.set(key, cell);
      }
    }
  }
  return [...cells.values()];
}

export type Period = 'month' | 'week' | 'quarter';

/** The label of a day's period, straight from the calendar date. */
export function periodLabel(day: number, period: Period): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  if (period === 'month') return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  if (period === 'quarter') return `${y}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  // ISO 8601: the week's Thursday decides the year; week 1 holds January 4th.
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date((day - weekday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = Date.UTC(year, 0, 4) / DAY_MS - ((jan4.getUTCDay() + 6) % 7);
  const week = Math.floor((day - weekday - week1Monday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period label from the first day's to the last day's, in order. */
export function periodsBetween(first: number, last: number, period: Period): string[] {
  const labels: string[] = [];
  for (let day = first; day <= last; day += 1) {
    const label = periodLabel(day, period);
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

export interface PlainCohort {
  cohort: string;
  customers: number;
  periods: { offset: number; active: number; cents: number }[];
}

/** Cohorts of the orders dated before asOf, by the definition of issue 10 §2. */
export function plainCohorts(orders: readonly PlainOrder[], asOf: number, period: Period): PlainCohort[] {
  const first = new Map<string, number>();
  for (const o of orders) {
    if (o.day < asOf && o.cents > 0) first.set(o.customer, Math.min(first.get(o.customer) ?? Infinity, o.day));
  }
  if (first.size === 0) return [];
  const labels = periodsBetween(Math.min(...first.values()), asOf - 1, period);
  const position = new Map(labels.map((label, i) => [label, i]));
  const index = (day: number) => position.get(periodLabel(day, period)) as number;
  const cohortOf = new Map([...first].map(([id, day]) => [id, index(day)]));
  const size = labels.map(() => 0);
  for (const c of cohortOf.values()) size[c] = (size[c] as number) + 1;
  const cents = new Map<string, number>();
  const active = new Map<string, Set<string>>();
  for (const o of orders) {
    const c = cohortOf.get(o.customer);
    if (c === undefined || o.day >= asOf || o.day < (first.get(o.customer) as number)) continue;
    const key = `${c} ${index(o.day) - c}`;
    cents.set(key, (cents.get(key) ?? 0) + o.cents);
    if (o.cents > 0) active.set(key, (active.get(key) ?? new Set()).add(o.customer));
  }
  return labels
    .map((label, c) => ({
      cohort: label,
      customers: size[c] as number,
      periods: labels.slice(c).map((_, offset) => ({
        offset,
        active: active.get(`${c} ${offset}`)?.size ?? 0,
        cents: cents.get(`${c} ${offset}`) ?? 0,
      })),
    }))
    .filter((c) => c.customers > 0);
}
