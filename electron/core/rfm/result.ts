/** The RFM view's answer (rfm/compute) and the per-customer rows (a page for the UI, all for the CLI). */
import type { RfmCustomer, RfmResult, RfmSettings } from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { MetricKey } from '../../../shared/model/metrics.js';
import type { Db } from '../db/projectFile.js';
import { round6 } from '../db/rounding.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { computeRfm, type RfmComputation } from './compute.js';
import { allKeys, keyOrder, keysOf } from './keys.js';
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
  // A typed array until a sort by value needs an Array (its comparator sort is stable).
  let indices: Int32Array | number[] = keyOrder(db, c.population);
  if (page.segment !== undefined) {
    const s = c.model.table.names.indexOf(page.segment);
    if (s < 0) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `There is no RFM segment "${page.segment}" in this scheme: choose one of ${c.model.table.names.join(', ')}.`,
        { value: page.segment },
      );
    }
    indices = indices.filter((i) => c.segment[i] === s);
  }
  const sort = page.sort;
  if (sort && sort.key !== 'customer_id') {
    const values = c.population[sort.key === 'recency_days' ? 'recency' : sort.key];
    const sign = sort.dir === 'asc' ? 1 : -1;
    // A stable sort: ties keep customer id order, so pages never overlap.
    indices = Array.from(indices).sort((a, b) => sign * ((values[a] as number) - (values[b] as number)));
  } else if (sort?.dir === 'desc') {
    indices = indices.slice().reverse();
  }
  const shown = indices.slice(page.offset, page.offset + page.limit);
  const keys = keysOf(db, c.population, shown);
  return {
    total: indices.length,
    offset: page.offset,
    rows: Array.from(shown, (i, n) => customerRow(c, i, keys[n] as string)),
  };
}
