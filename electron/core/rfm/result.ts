/** The RFM view's answer (rfm/compute) and the per-customer rows (a page for the UI, all for the CLI). */
import type { RfmCustomer, RfmResult, RfmSettings } from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { MetricKey } from '../../../shared/model/metrics.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { computeRfm, type RfmComputation } from './compute.js';
import { allKeys, firstInKeyOrder, keyOrder, keysOf } from './keys.js';
import { historyWarnings } from './population.js';
import { lintScheme } from './schemeLint.js';
import { readProjectSettings, sameSettings } from './settings.js';
import { rfGrid, scoredRevenue, segmentSummaries, totalRevenue } from './summary.js';

interface PageRequest {
  offset: number;
  limit: number;
  segment?: string;
  sort?: { key: Extract<MetricKey, 'customer_id' | 'recency_days' | 'frequency' | 'monetary'>; dir: 'asc' | 'desc' };
}

/** rfm/compute: the settings, and `customers` for a page of scored customers. */
export function rfmResult(db: Db, { customers: page, ...input }: RfmSettings & { customers?: PageRequest }): RfmResult {
  const c = computeRfm(db, input);
  const { settings, asOfDay, breaks } = c.model;
  const project = readProjectSettings(db).settings;
  return {
    asOf: asOfDay === null ? null : dayToIso(asOfDay),
    settings,
    breaks,
    customers: c.population.ids.length,
    revenue: round6(scoredRevenue(c)),
    total_revenue: round6(totalRevenue(c)),
    unscored: c.population.unscored,
    segments: segmentSummaries(c),
    grid: rfGrid(c),
    warnings: [...historyWarnings(db, asOfDay), ...lintScheme(settings.rows, settings.bins)],
    ruleFieldsMatch: sameSettings(settings, project) && asOfDay === readAsOf(db).day,
    page: page ? customerPage(db, c, page) : null,
  };
}

function customerRow(c: RfmComputation, i: number, key: string): RfmCustomer {
  const p = c.population;
  return {
    customer_id: key,
    recency_days: p.recency[i] as number,
    frequency: p.frequency[i] as number,
    monetary: p.monetary[i] as number,
    r: c.r[i] as number,
    f: c.f[i] as number,
    m: c.m[i] as number,
    segment: c.model.table.names[c.segment[i] as number] as string,
  };
}

/** Every scored customer, ordered by customer id (the CLI). */
export function allCustomerRows(db: Db, c: RfmComputation): RfmCustomer[] {
  return allKeys(db, c.population).map(({ index, key }) => customerRow(c, index, key));
}

function customerPage(db: Db, c: RfmComputation, page: PageRequest): NonNullable<RfmResult['page']> {
  const segment = page.segment === undefined ? undefined : segmentIndex(c, page.segment);
  const inSegment = segment === undefined ? undefined : (i: number) => c.segment[i] === segment;
  const indices = byKey(db, c, page, inSegment) ?? wholeOrder(db, c, page, inSegment);
  const keys = keysOf(db, c.population, indices.shown);
  return {
    total: indices.total,
    offset: page.offset,
    rows: Array.from(indices.shown, (i, n) => customerRow(c, i, keys[n] as string)),
  };
}

interface PageIndices {
  shown: ArrayLike<number>;
  total: number;
}

/** Rows past which a page in customer-id order takes the whole key order (kept in the project file). */
const FIRST_PAGE_ROWS = 1000;

/** A page near the start in customer-id order, from the start of the key index only (keys.ts); null otherwise. */
function byKey(
  db: Db,
  c: RfmComputation,
  page: PageRequest,
  inSegment: ((i: number) => boolean) | undefined,
): PageIndices | null {
  if ((page.sort && page.sort.key !== 'customer_id') || page.offset + page.limit > FIRST_PAGE_ROWS) return null;
  const first = firstInKeyOrder(db, c.population, page.offset + page.limit, page.sort?.dir === 'desc', inSegment);
  if (!first) return null;
  let total = c.population.ids.length;
  if (inSegment) {
    total = 0;
    for (let i = 0; i < c.segment.length; i += 1) if (inSegment(i)) total += 1;
  }
  return { shown: first.slice(page.offset), total };
}

function wholeOrder(
  db: Db,
  c: RfmComputation,
  page: PageRequest,
  inSegment: ((i: number) => boolean) | undefined,
): PageIndices {
  // A typed array until a sort by value needs an Array (its comparator sort is stable).
  let indices: Int32Array | number[] = keyOrder(db, c.population);
  if (inSegment) indices = indices.filter(inSegment);
  const sort = page.sort;
  if (sort && sort.key !== 'customer_id') {
    const values = c.population[sort.key === 'recency_days' ? 'recency' : sort.key];
    const sign = sort.dir === 'asc' ? 1 : -1;
    // A stable sort: ties keep customer id order, so pages never overlap.
    indices = Array.from(indices).sort((a, b) => sign * ((values[a] as number) - (values[b] as number)));
  } else if (sort?.dir === 'desc') {
    indices = indices.slice().reverse();
  }
  return { shown: indices.slice(page.offset, page.offset + page.limit), total: indices.length };
}

function segmentIndex(c: RfmComputation, name: string): number {
  const s = c.model.table.names.indexOf(name);
  if (s < 0) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `There is no RFM segment "${name}" in this scheme: choose one of ${c.model.table.names.join(', ')}.`,
      { value: name },
    );
  }
  return s;
}
