/** The rfm/* methods through the engine, as the app calls them: validation, explain, lint, settings. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { RfmExplanation, RfmResolvedSettings, RfmResult, RfmSchemeWarning } from '../../shared/contract/rfm.js';
import { failure, result } from '../support/outcome.js';
import { rfmProject } from './project.js';

let engine: Engine;

beforeAll(async () => {
  const session = await rfmProject('orders');
  const file = session.requireProject().path;
  session.close();
  const dir = path.dirname(file);
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
});
afterAll(() => engine.close());

describe('rfm/compute params', () => {
  it.each([
    [{ bins: 6 }, /^INVALID_PARAMS: Invalid parameters for rfm\/compute \(bins\)/],
    [{ scheme: 'pareto' }, /^INVALID_PARAMS: Invalid parameters for rfm\/compute \(scheme\)/],
    [{ asOf: '2025-02-30' }, /^INVALID_PARAMS: "2025-02-30" is not a valid date/],
    [{ method: 'thresholds' }, /needs 4 breaks for each of recency, frequency and monetary/],
    [
      { thresholds: { recency: [1, 2, 3], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] } },
      /With 5 bins, recency needs 4 breaks; 3 were given/,
    ],
    [
      { bins: 3, thresholds: { recency: [30, 30], frequency: [1, 2], monetary: [1, 2] } },
      /The recency breaks must go up: 30, 30/,
    ],
    [
      { method: 'quantile', thresholds: { recency: [1, 2, 3, 4], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] } },
      /the method is "quantile"/,
    ],
    [{ scheme: 'custom' }, /The scheme "custom" needs its rows/],
    [
      { scheme: 'rf-grid', customScheme: [{ name: 'All', r: [1, 5], f: [1, 5], m: [1, 5] }] },
      /with the scheme "rf-grid": choose the scheme "custom"/,
    ],
    [{ customScheme: [{ name: 'All', r: [0, 5], f: [1, 5], m: [1, 5] }] }, /\(customScheme\.0\.r\.0\)/],
    [{ customers: { offset: 0, limit: 5001 } }, /\(customers\.limit\)/],
  ])('refuses %j', async (params, message) => {
    expect(failure(await engine.call('rfm/compute', params))).toMatch(message);
  });

  it('takes a custom scheme (first match; unmatched scores go to Others) and reports its dead rows', async () => {
    // Scores as in compute.test.ts: c01 523, c02 534, c03 555, c04 451, c05 311, c06 313,
    // c07 242, c08 225, c09 132, c10 144.
    const customScheme = [
      { name: 'Recent', r: [4, 5], f: [1, 5], m: [1, 5] }, // c01 c02 c03 c04
      { name: 'Big', r: [1, 5], f: [1, 5], m: [5, 5] }, // c08 (c03 already Recent)
      { name: 'Recent big', r: [5, 5], f: [1, 5], m: [4, 5] }, // all in Recent: dead
      { name: 'Middle', r: [2, 3], f: [1, 5], m: [1, 4] }, // c05 c06 c07
    ];
    const computed = result<RfmResult>(await engine.call('rfm/compute', { customScheme }));
    expect(computed.settings.scheme).toBe('custom');
    expect(computed.segments.map((s) => [s.segment, s.customers])).toEqual([
      ['Recent', 4],
      ['Big', 1],
      ['Recent big', 0],
      ['Middle', 3],
      ['Others', 2], // c09 132, c10 144
    ]);
    expect(computed.warnings).toMatchObject([{ code: 'unreachable', row: 2, name: 'Recent big', coveredBy: [0] }]);
    const lint = result<RfmSchemeWarning[]>(await engine.call('rfm/lintScheme', { rows: customScheme }));
    expect(lint).toEqual(computed.warnings);
  });
});

describe('rfm/explain', () => {
  it('says why c08 is At Risk: values, scores, breaks and the row that matched', async () => {
    const why = result<RfmExplanation>(await engine.call('rfm/explain', { customerId: 'c08' }));
    expect(why).toMatchObject({
      customer_id: 'c08',
      asOf: '2025-01-01',
      scored: true,
      recency_days: 90,
      frequency: 2,
      monetary: 1000,
      // 90 exceeds 5, 26, 51 (not 112): R = 5 - 3; 2 exceeds 1.8; 1000 exceeds all of 90..560.
      scores: {
        r: { score: 2, breaksExceeded: 3 },
        f: { score: 2, breaksExceeded: 1 },
        m: { score: 5, breaksExceeded: 4 },
      },
      matched: { index: 6, row: { name: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] } },
      segment: 'At Risk',
    });
    expect(why.breaks.monetary).toEqual([90, 230, 380, 560]);
  });

  it('explains Others (no row), a customer without orders, and an unknown id', async () => {
    const others = result<RfmExplanation>(await engine.call('rfm/explain', { customerId: 'c04' }));
    expect(others).toMatchObject({ segment: 'Others', matched: null, scored: true });
    const inRfGrid = result<RfmExplanation>(await engine.call('rfm/explain', { customerId: 'c04', scheme: 'rf-grid' }));
    expect(inRfGrid).toMatchObject({ segment: 'loyal_customers', matched: { index: 5 } });
    const returnsOnly = result<RfmExplanation>(await engine.call('rfm/explain', { customerId: 'c11' }));
    expect(returnsOnly).toMatchObject({
      scored: false,
      recency_days: null,
      frequency: 0,
      monetary: -5,
      scores: null,
      matched: null,
      segment: null,
    });
    expect(failure(await engine.call('rfm/explain', { customerId: 'nobody' }))).toBe(
      'NOT_FOUND: There is no customer "nobody" in this project.',
    );
  });
});

describe('rfm/projectSettings', () => {
  it('gives the defaults until RFM segments are saved', async () => {
    const settings = result<RfmResolvedSettings & { saved: boolean }>(await engine.call('rfm/projectSettings', {}));
    expect(settings).toMatchObject({
      bins: 5,
      method: 'quantile',
      thresholds: null,
      scheme: 'rfm-classic',
      saved: false,
    });
    expect(settings.rows).toHaveLength(10);
  });
});
