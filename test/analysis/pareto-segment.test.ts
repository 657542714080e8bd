/** Pareto within a segment and by a field on the hand-made shop (figures in fixture.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../electron/core/analysis/paretoBy.js';
import { paretoChart } from '../../electron/core/pareto/query.js';
import type { Session } from '../../electron/core/session.js';
import { analysisProject, saveFixtureSegments } from './fixture.js';

let session: Session;
let ids: Record<string, number>;

beforeAll(async () => {
  ({ session } = await analysisProject());
  ids = saveFixtureSegments(session);
});

const db = () => session.requireProject().db;

describe('Pareto within a segment', () => {
  it('is the foundation figures for everyone, plus the Lorenz curve', () => {
    const everyone = paretoAnalysis(db(), {});
    expect(everyone.summary).toEqual(paretoChart(db()).summary);
    expect(everyone.bars).toEqual(paretoChart(db()).bars);
    // 600, 250, 100, 50, 10: 850 >= 80% of 1010 -> k80 2; gini 2·4410/(5·1010) − 6/5.
    expect(everyone.summary).toEqual({
      customers: 5,
      revenue: 1010,
      k80: 2,
      share_for_80: 0.4,
      top20_share: 0.594059,
      gini: 0.546535,
    });
    expect(everyone.lorenz[0]).toEqual({ x: 0, y: 0 });
    expect(everyone.lorenz.at(-1)).toEqual({ x: 1, y: 1 });
    expect(everyone.lorenz).toHaveLength(6);
    // a4 (80 - 80) and a5 (never ordered) have no revenue.
    expect(everyone.excluded).toEqual({ count: 2, revenue: 0 });
    expect(everyone).toMatchObject({ segment: 'All customers', by: null, items: null });
    expect(paretoAnalysis(db(), { segment: { all: true } })).toEqual(everyone);
  });

  it('counts only the members of the segment', () => {
    // UK: a1 600, a6 100, a2 50 (750): 600 >= 80% of 750 -> k80 1; top 20% = round(0.6) = 1 customer.
    const uk = paretoAnalysis(db(), { segment: { id: ids.UK as number } });
    expect(uk.segment).toBe('UK');
    expect(uk.summary).toEqual({
      customers: 3,
      revenue: 750,
      k80: 1,
      share_for_80: 0.333333,
      top20_share: 0.8,
      gini: 0.488889, // 2·(50 + 200 + 1800)/(3·750) − 4/3
    });
    expect(uk.bars.map((b) => b.revenue)).toEqual([600, 100, 50]);
    expect(uk.excluded).toEqual({ count: 0, revenue: 0 });
    // Age 40+: a3 250 and a4 0 (left out).
    const older = paretoAnalysis(db(), { segment: { id: ids['Age 40+'] as number } });
    expect(older.summary).toMatchObject({ customers: 1, revenue: 250, k80: 1 });
    expect(older.excluded).toEqual({ count: 1, revenue: 0 });
  });

  it('is empty for an empty segment', () => {
    const none = paretoAnalysis(db(), { segment: { name: 'Nobody', rule: { or: [] } } });
    expect(none).toEqual({
      segment: 'Nobody',
      by: null,
      summary: { customers: 0, revenue: 0, k80: 0, share_for_80: 0, top20_share: 0, gini: 0 },
      bars: [],
      lorenz: [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
      items: null,
      excluded: { count: 0, revenue: 0 },
    });
  });
});

describe('Pareto by a field', () => {
  it('splits order revenue by product: net of returns, items instead of customers', () => {
    const byProduct = paretoAnalysis(db(), { by: 'product' });
    expect(byProduct.by).toEqual({ key: 'product', label: 'product', source: 'orders' });
    // Boots 600, Mug 280, Tea 130 (1010); Scarf 80 - 80 = 0 is left out.
    expect(byProduct.items).toEqual([
      { value: 'Boots', revenue: 600, share: 0.594059, cumulative_share: 0.594059 },
      { value: 'Mug', revenue: 280, share: 0.277228, cumulative_share: 0.871287 },
      { value: 'Tea', revenue: 130, share: 0.128713, cumulative_share: 1 },
    ]);
    expect(byProduct.summary).toEqual({
      customers: 3,
      revenue: 1010,
      k80: 2, // 600 < 808 <= 880
      share_for_80: 0.666667,
      top20_share: 0.594059, // round(0.6) = 1 item
      gini: 0.310231, // 2·(130 + 560 + 1800)/(3·1010) − 4/3
    });
    expect(byProduct.excluded).toEqual({ count: 1, revenue: 0 });
    expect(byProduct.lorenz).toHaveLength(4);
  });

  it('splits within a segment: only the members order lines', () => {
    // UK = a1, a2, a6: Boots 200 + 250, Mug 60 + 50 + 70, Tea 40 + 50 + 30.
    const result = paretoAnalysis(db(), { segment: { id: ids.UK as number }, by: 'product' });
    expect(result.items).toEqual([
      { value: 'Boots', revenue: 450, share: 0.6, cumulative_share: 0.6 },
      { value: 'Mug', revenue: 180, share: 0.24, cumulative_share: 0.84 },
      { value: 'Tea', revenue: 120, share: 0.16, cumulative_share: 1 },
    ]);
    expect(result.summary).toMatchObject({ customers: 3, revenue: 750, k80: 2 });
    expect(result.excluded).toEqual({ count: 0, revenue: 0 });
  });

  it('splits customer revenue by a customer field', () => {
    // UK: a1 + a2 + a6 = 750; DE: a3 + a4 = 250; FR: a5 = 0 and b7 (no country) 10 are left out.
    const byCountry = paretoAnalysis(db(), { by: 'Country' });
    expect(byCountry.by).toEqual({ key: 'country', label: 'country', source: 'customers' });
    expect(byCountry.items).toEqual([
      { value: 'UK', revenue: 750, share: 0.75, cumulative_share: 0.75 },
      { value: 'DE', revenue: 250, share: 0.25, cumulative_share: 1 },
    ]);
    expect(byCountry.summary).toEqual({
      customers: 2,
      revenue: 1000,
      k80: 2,
      share_for_80: 1,
      top20_share: 0, // round(0.4) = 0 items
      gini: 0.25,
    });
    expect(byCountry.excluded).toEqual({ count: 2, revenue: 10 });
  });

  it('limits the items listed but not the figures', () => {
    const result = paretoAnalysis(db(), { by: 'product', maxItems: 1 });
    expect(result.items?.map((i) => i.value)).toEqual(['Boots']);
    expect(result.summary.customers).toBe(3);
  });

  it('refuses a field that does not exist or is not a category or text', () => {
    expect(() => paretoAnalysis(db(), { by: 'colour' })).toThrow(
      'There is no field "colour" in this project. Split revenue by one of: email, phone, country, product, category.',
    );
    expect(() => paretoAnalysis(db(), { by: 'amount' })).toThrow(
      '"amount" is a number field; revenue is split by the values of a category or text field: email, phone, country, product, category.',
    );
  });
});
