/**
 * RFM on test/fixtures/rfm/orders.csv, checked against figures worked out by hand. As of
 * 2025-01-01 (the day after the last order) the ten buyers are:
 *
 *   customer  recency  frequency  monetary        customer  recency  frequency  monetary
 *   c01             1          2       300        c06            45          1       250
 *   c02             5          3       500        c07            60          5       100
 *   c03             5          8       800        c08            90          2      1000
 *   c04            20         10        20        c09           200          4       200
 *   c05            30          1        50        c10           365          6       500
 *
 * and c11 has only a return (frequency 0: not scored). Type-7 quantiles, N = 10, h = 9k/5 =
 * 1.8, 3.6, 5.4, 7.2, b = x[floor h] + frac(h) (x[floor h + 1] - x[floor h]) on sorted values:
 *   recency   1 5 5 20 30 45 60 90 200 365    -> 5+.8*0=5, 20+.6*10=26, 45+.4*15=51, 90+.2*110=112
 *   frequency 1 1 2 2 3 4 5 6 8 10            -> 1.8, 2.6, 4.4, 6.4
 *   monetary  20 50 100 200 250 300 500 500 800 1000 -> 90, 230, 380, 560
 * (numpy.quantile gives the same, up to an ulp). Scores: 1 + breaks exceeded strictly; R = 5 - exceeded.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import { computeRfm } from '../../electron/core/rfm/compute.js';
import { allCustomerRows, rfmResult } from '../../electron/core/rfm/result.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';
import { rfmProject } from './project.js';

let session: Session;
const db = () => session.requireProject().db;
const scores = (settings: Parameters<typeof computeRfm>[1]) =>
  allCustomerRows(db(), computeRfm(db(), settings)).map((c) => `${c.customer_id} ${c.r}${c.f}${c.m} ${c.segment}`);

beforeAll(async () => {
  session = await rfmProject('orders');
});
afterAll(() => session.close());

describe('default RFM (5 bins, quantile, rfm-classic)', () => {
  it('uses the type-7 quantile breaks, recency reversed', () => {
    const { breaks, asOf } = rfmResult(db(), {});
    expect(asOf).toBe('2025-01-01');
    // Exact: h is kept as the fraction 9k/5 (see quantile.ts), so whole breaks come out whole.
    expect(breaks).toEqual({
      recency: [5, 26, 51, 112],
      frequency: [1.8, 2.6, 4.4, 6.4],
      monetary: [90, 230, 380, 560],
    });
  });

  it('scores every buyer; a value equal to a break stays below it (c02, c03 at recency 5 = b1)', () => {
    // e.g. c08: recency 90 exceeds 5, 26, 51 -> R 5-3 = 2; frequency 2 exceeds 1.8 -> F 2;
    // monetary 1000 exceeds all four -> M 5; first row holding (2, 2, 5) is At Risk (R1-2 F2-5 M4-5).
    // c04 (4, 5, 1) fits no row of the table: M 1 is below every row with R 4 and F 5.
    expect(scores({})).toEqual([
      'c01 523 New Customers',
      'c02 534 Potential Loyalist',
      'c03 555 Champions',
      'c04 451 Others',
      'c05 311 About To Sleep',
      'c06 313 Promising',
      'c07 242 Loyal Customers',
      'c08 225 At Risk',
      'c09 132 Lost',
      "c10 144 Can't Lose Them",
    ]);
  });

  it('summarises each segment of the table in order, Others last; shares of the 10 buyers and of the 3715 total revenue', () => {
    const result = rfmResult(db(), {});
    expect(result).toMatchObject({ customers: 10, unscored: 1, revenue: 3720, warnings: [], ruleFieldsMatch: true });
    // The total every share is of: all customers, net of returns (c11, not scored, returned 5).
    expect(result.total_revenue).toBe(3715);
    const bySegment = Object.fromEntries(result.segments.map((s) => [s.segment, s]));
    expect(result.segments.map((s) => [s.segment, s.customers])).toEqual([
      ['Champions', 1],
      ['Potential Loyalist', 1],
      ['Loyal Customers', 1],
      ['Promising', 1],
      ['New Customers', 1],
      ["Can't Lose Them", 1],
      ['At Risk', 1],
      ['Need Attention', 0],
      ['About To Sleep', 1],
      ['Lost', 1],
      ['Others', 1],
    ]);
    // c02: 3 orders, 500 -> AOV 166.666667; 500 / 3715 = 0.134590
    expect(bySegment['Potential Loyalist']).toEqual({
      segment: 'Potential Loyalist',
      customers: 1,
      orders: 3,
      revenue: 500,
      aov: 166.666667,
      median_recency_days: 5,
      median_frequency: 3,
      median_monetary: 500,
      share_customers: 0.1,
      share_revenue: 0.13459,
    });
    expect(bySegment['Need Attention']).toEqual({
      segment: 'Need Attention',
      customers: 0,
      orders: 0,
      revenue: 0,
      aov: null,
      median_recency_days: null,
      median_frequency: null,
      median_monetary: null,
      share_customers: 0,
      share_revenue: 0,
    });
  });
});

describe('rf-grid', () => {
  it('names (R, F) cells: c07 24, c09 13 and c10 14 are at_risk; c05 31 and c06 31 about_to_sleep', () => {
    expect(
      scores({ scheme: 'rf-grid' }).map((s) =>
        s
          .split(' ')
          .slice(0, 1)
          .concat(s.split(' ')[2] as string),
      ),
    ).toEqual([
      ['c01', 'potential_loyalists'],
      ['c02', 'potential_loyalists'],
      ['c03', 'champions'],
      ['c04', 'loyal_customers'],
      ['c05', 'about_to_sleep'],
      ['c06', 'about_to_sleep'],
      ['c07', 'at_risk'],
      ['c08', 'hibernating'],
      ['c09', 'at_risk'],
      ['c10', 'at_risk'],
    ]);
  });

  it('summarises several members: medians and AOV', () => {
    const result = rfmResult(db(), { scheme: 'rf-grid' });
    expect(result.segments.map((s) => [s.segment, s.customers])).toEqual([
      ['hibernating', 1],
      ['at_risk', 3],
      ['cant_lose', 0],
      ['about_to_sleep', 2],
      ['need_attention', 0],
      ['loyal_customers', 1],
      ['promising', 0],
      ['new_customers', 0],
      ['potential_loyalists', 2],
      ['champions', 1],
    ]);
    // at_risk = c07 (60, 5, 100), c09 (200, 4, 200), c10 (365, 6, 500): 15 orders, 800;
    // AOV 800/15 = 53.333333; medians of three: 200, 5, 200; 800/3715 = 0.215343.
    expect(result.segments[1]).toEqual({
      segment: 'at_risk',
      customers: 3,
      orders: 15,
      revenue: 800,
      aov: 53.333333,
      median_recency_days: 200,
      median_frequency: 5,
      median_monetary: 200,
      share_customers: 0.3,
      share_revenue: 0.215343,
    });
    // about_to_sleep = c05 (30, 1, 50), c06 (45, 1, 250): medians of two are means: 37.5, 1, 150.
    expect(result.segments[3]).toMatchObject({ orders: 2, revenue: 300, aov: 150, median_recency_days: 37.5 });
    expect(result.segments[3]?.median_monetary).toBe(150);
    expect(result.ruleFieldsMatch).toBe(false);
  });

  it('gives the R x F grid: customers and mean monetary per cell', () => {
    const grid = rfmResult(db(), {}).grid;
    expect(grid).toHaveLength(25);
    expect(grid.slice(0, 2)).toEqual([
      { r: 1, f: 1, customers: 0, revenue: 0, avg_monetary: null },
      { r: 1, f: 2, customers: 0, revenue: 0, avg_monetary: null },
    ]);
    const filled = grid.filter((c) => c.customers > 0).map((c) => [`${c.r}${c.f}`, c.customers, c.avg_monetary]);
    expect(filled).toEqual([
      ['13', 1, 200],
      ['14', 1, 500],
      ['22', 1, 1000],
      ['24', 1, 100],
      ['31', 2, 150], // c05 50 + c06 250
      ['45', 1, 20],
      ['52', 1, 300],
      ['53', 1, 500],
      ['55', 1, 800],
    ]);
  });
});

describe('other bins, thresholds and dates', () => {
  it('4 bins: h = 9k/4 = 2.25, 4.5, 6.75; ties at a break (c01 f 2 = 2, c02 and c10 m 500 = 500)', () => {
    // recency 5+.25*15=8.75, 30+.5*15=37.5, 60+.75*30=82.5; frequency 2+.25*0=2, 3+.5*1=3.5,
    // 5+.75*1=5.75; monetary 100+.25*100=125, 250+.5*50=275, 500+.75*0=500. R = 4 - exceeded.
    const result = rfmResult(db(), { bins: 4 });
    expect(result.breaks).toEqual({
      recency: [8.75, 37.5, 82.5],
      frequency: [2, 3.5, 5.75],
      monetary: [125, 275, 500],
    });
    expect(scores({ bins: 4 }).map((s) => s.slice(0, 7))).toEqual([
      'c01 413',
      'c02 423',
      'c03 444',
      'c04 341',
      'c05 311',
      'c06 212',
      'c07 231',
      'c08 114',
      'c09 132',
      'c10 143',
    ]);
    // Champions needs scores of 5: with 4 bins nobody can be one, and the result says so.
    expect(result.warnings.map((w) => [w.code, 'name' in w ? w.name : null])).toEqual([['out_of_range', 'Champions']]);
    expect(result.grid).toHaveLength(16);
  });

  it('thresholds: the breaks typed by the user', () => {
    // R = 5 - #{7, 30, 90, 180} exceeded: c05 30 and c08 90 sit on a break and stay below it.
    // F = 1 + #{1, 2, 4, 7}; M = 1 + #{50, 100, 300, 600}.
    const thresholds = { recency: [7, 30, 90, 180], frequency: [1, 2, 4, 7], monetary: [50, 100, 300, 600] };
    expect(rfmResult(db(), { method: 'thresholds', thresholds }).breaks).toEqual(thresholds);
    expect(scores({ method: 'thresholds', thresholds })).toEqual([
      'c01 523 New Customers',
      'c02 534 Potential Loyalist',
      'c03 555 Champions',
      'c04 451 Others',
      'c05 411 New Customers',
      'c06 313 Promising',
      'c07 342 Potential Loyalist',
      'c08 325 Promising',
      'c09 133 Need Attention',
      "c10 144 Can't Lose Them",
    ]);
  });

  it('counts recency back from the as-of date asked for, else the project one', () => {
    // 30 days later every recency grows by 30: the breaks move by 30, the ranks (scores) stay.
    const later = rfmResult(db(), { asOf: '2025-01-31', customers: { offset: 0, limit: 1 } });
    expect(later.asOf).toBe('2025-01-31');
    expect(later.breaks.recency).toEqual([35, 56, 81, 142]);
    expect(later.page?.rows[0]).toEqual({
      customer_id: 'c01',
      recency_days: 31,
      frequency: 2,
      monetary: 300,
      r: 5,
      f: 2,
      m: 3,
      segment: 'New Customers',
    });
    expect(later.ruleFieldsMatch).toBe(false);
    writeAsOf(db(), '2025-01-31');
    try {
      expect(rfmResult(db(), {}).breaks.recency).toEqual(later.breaks.recency);
      expect(rfmResult(db(), {}).ruleFieldsMatch).toBe(true);
    } finally {
      writeAsOf(db(), null);
    }
  });
});

describe('customer pages', () => {
  it('sorts (ties by customer id) and filters by segment', () => {
    const top = rfmResult(db(), { customers: { offset: 0, limit: 3, sort: { key: 'monetary', dir: 'desc' } } }).page;
    // 1000 c08, 800 c03, then 500 twice: c02 before c10.
    expect(top?.total).toBe(10);
    expect(top?.rows.map((r) => r.customer_id)).toEqual(['c08', 'c03', 'c02']);
    const atRisk = rfmResult(db(), { scheme: 'rf-grid', customers: { offset: 1, limit: 10, segment: 'at_risk' } }).page;
    expect(atRisk).toMatchObject({ total: 3, offset: 1 });
    expect(atRisk?.rows.map((r) => r.customer_id)).toEqual(['c09', 'c10']);
    const last = rfmResult(db(), { customers: { offset: 0, limit: 2, sort: { key: 'customer_id', dir: 'desc' } } });
    expect(last.page?.rows.map((r) => r.customer_id)).toEqual(['c10', 'c09']);
  });

  it('refuses a segment the scheme does not have, naming the ones it has', () => {
    expect(() => rfmResult(db(), { customers: { offset: 0, limit: 5, segment: 'champions' } })).toThrow(
      /no RFM segment "champions".*Champions, Potential Loyalist/,
    );
  });
});

describe('small projects', () => {
  it('one customer: every break is its own value, so R is 5 and F, M are 1 (New Customers)', async () => {
    const solo = await rfmProject('one-customer');
    try {
      // Orders of 20.00 (2024-03-01) and 5.50 (2024-03-10): recency 1 as of 2024-03-11.
      const result = rfmResult(solo.requireProject().db, { customers: { offset: 0, limit: 10 } });
      expect(result.breaks).toEqual({
        recency: [1, 1, 1, 1],
        frequency: [2, 2, 2, 2],
        monetary: [25.5, 25.5, 25.5, 25.5],
      });
      expect(result.page?.rows).toEqual([
        {
          customer_id: 'solo',
          recency_days: 1,
          frequency: 2,
          monetary: 25.5,
          r: 5,
          f: 1,
          m: 1,
          segment: 'New Customers',
        },
      ]);
      expect(
        allCustomerRows(solo.requireProject().db, computeRfm(solo.requireProject().db, { scheme: 'rf-grid' }))[0]
          ?.segment,
      ).toBe('new_customers');
    } finally {
      solo.close();
    }
  });

  it('all customers equal: they share one score (3 bins: R 3, so About To Sleep R2-3 F1-3 M1-4)', async () => {
    const same = await rfmProject('all-equal');
    try {
      const result = rfmResult(same.requireProject().db, { bins: 3 });
      expect(result.breaks).toEqual({ recency: [1, 1], frequency: [1, 1], monetary: [10, 10] });
      expect(
        allCustomerRows(same.requireProject().db, computeRfm(same.requireProject().db, { bins: 3 })).map(
          (c) => `${c.r}${c.f}${c.m}`,
        ),
      ).toEqual(['311', '311', '311']);
      expect(result.segments.filter((s) => s.customers > 0)).toMatchObject([
        { segment: 'About To Sleep', customers: 3, revenue: 30, share_customers: 1, share_revenue: 1 },
      ]);
    } finally {
      same.close();
    }
  });
});

describe('a project without orders', () => {
  it('scores no one: no breaks, empty segments, and the rule fields are empty for everyone', async () => {
    const dir = tempDir();
    const empty = newSession(dir);
    try {
      empty.create(path.join(dir, 'customers-only.segwb'));
      await importFile(empty, fixture('customers-small.csv'));
      const edb = empty.requireProject().db;
      const result = rfmResult(edb, { customers: { offset: 0, limit: 10 } });
      expect(result).toMatchObject({
        asOf: null,
        breaks: { recency: [], frequency: [], monetary: [] },
        customers: 0,
        revenue: 0,
        page: { total: 0, rows: [] },
      });
      expect(result.unscored).toBe(3); // c1, c2 and c7 (its second row is a duplicate)
      expect(result.segments.every((s) => s.customers === 0 && s.median_monetary === null)).toBe(true);
      expect(countRule(edb, { field: 'rfm_segment', op: 'is_empty' }).customers).toBe(result.unscored);
    } finally {
      empty.close();
    }
  });
});
