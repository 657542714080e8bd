/** clv/fit through the engine, as the app calls it: strict options, readable errors, a small fit's warnings. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { ClvResult } from '../../shared/contract/clv.js';
import { failure, result } from '../support/outcome.js';
import { clvFixtureProject } from './projects.js';

let engine: Engine;

beforeAll(async () => {
  const session = await clvFixtureProject();
  const file = session.requireProject().path;
  session.close();
  const dir = path.dirname(file);
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
});
afterAll(() => engine.close());

describe('clv/fit options', () => {
  it.each([
    [{ unit: 'month' }, /^INVALID_PARAMS: Invalid parameters for clv\/fit \(unit\)/],
    [{ horizon: 0 }, /^INVALID_PARAMS: Invalid parameters for clv\/fit \(horizon\)/],
    [{ horizon: 2.5 }, /^INVALID_PARAMS: Invalid parameters for clv\/fit \(horizon\)/],
    [{ margin: 1.5 }, /^INVALID_PARAMS: Invalid parameters for clv\/fit \(margin\)/],
    [{ discountRate: -0.01 }, /^INVALID_PARAMS: Invalid parameters for clv\/fit \(discountRate\)/],
    [{ alpha: 1 }, /^INVALID_PARAMS: Invalid parameters for clv\/fit/],
    [{ calibrationEnd: '2024-02-30' }, /^INVALID_PARAMS: "2024-02-30" is not a valid date/],
    [
      { calibrationEnd: '2024-03-11' },
      /^INVALID_PARAMS: The calibration end 2024-03-11 is not before the project's as-of date 2024-03-11/,
    ],
    [
      { calibrationEnd: '2023-12-31' },
      /^INVALID_PARAMS: No customer made a purchase .* on or before the calibration end 2023-12-31/,
    ],
  ])('rejects %j', async (params, message) => {
    expect(failure(await engine.call('clv/fit', params as never))).toMatch(message);
  });
});

describe('clv/fit on a handful of customers', () => {
  it('fits, predicts every customer with a purchase by E, and says the fit is unreliable', async () => {
    const r = result<ClvResult>(await engine.call('clv/fit', { calibrationEnd: '2024-02-29' }));
    expect(r).toMatchObject({ calibrationEnd: '2024-02-29', unit: 'week', horizon: 52, margin: 1, discountRate: null });
    expect(r.customers.map((c) => [c.customer_id, c.x, c.t_x, c.T, c.m])).toEqual([
      ['a', 2, 6, 59 / 7, 20],
      ['b', 0, 0, 52 / 7, null],
      ['e', 1, 2, 51 / 7, 8],
    ]);
    expect(r.customers[1]?.p_alive).toBe(1);
    expect(r.excluded).toBe(1);
    const codes = r.warnings.map((w) => w.code);
    // Three customers: both fits run off to a boundary (BG/NBD toward the Poisson limit, r ~ 1e10),
    // where the Hessian gives no standard errors, and 52 weeks ahead from 8.6 weeks of history.
    expect(codes).toEqual(['few_repeat_customers', 'no_convergence', 'no_standard_errors', 'short_calibration']);
    expect(r.bgnbd.converged).toBe(false);
    expect(r.gammaGamma?.converged).toBe(false);
    expect(r.warnings.find((w) => w.code === 'few_repeat_customers')?.message).toMatch(
      /^Only 2 customers bought again before the calibration end/,
    );
    // Data after E: 2024-03-01..2024-03-10, shorter than the horizon; a's purchase on 03-10 is its one.
    expect(r.holdout).toMatchObject({ start: '2024-03-01', end: '2024-03-10', length: 10 / 7, actual_total: 1 });
    expect(r.holdout?.by_frequency.map((row) => row.customers)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('defaults the calibration end to the last order date: no holdout', async () => {
    const r = result<ClvResult>(await engine.call('clv/fit', { unit: 'day', horizon: 30 }));
    expect(r.calibrationEnd).toBe('2024-03-10');
    expect(r.holdout).toBeNull();
    expect(r.customers.map((c) => c.customer_id)).toEqual(['a', 'b', 'c', 'e']);
  });
});
