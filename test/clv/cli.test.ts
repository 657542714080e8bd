/** segwb clv as scripts run it: the exact JSON shape of issue 9 §2, on the CDNOW sample and the small fixture. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';
import { writeCdnowCsv } from './projects.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const cdnow = segwb(['import', writeCdnowCsv(dir), '--project', 'cdnow.segwb', '--date-order', 'ymd'], dir);
  expect(cdnow.code).toBe(0);
  const small = segwb(['import', fixture('clv/orders.csv'), '--project', 'small.segwb', '--date-order', 'ymd'], dir);
  expect(small.code).toBe(0);
}, 60_000);

describe('segwb clv', () => {
  it('prints both models, every customer, the holdout and the warnings as JSON', () => {
    const r = segwb(
      [
        'clv',
        '--project',
        'cdnow.segwb',
        '--calibration-end',
        '1997-09-30',
        '--unit',
        'week',
        '--horizon',
        '39',
        '--margin',
        '0.3',
        '--json',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['bgnbd', 'gamma_gamma', 'customers', 'holdout', 'warnings']);
    expect(Object.keys(out.bgnbd)).toEqual(['r', 'alpha', 'a', 'b', 'log_likelihood']);
    expect(out.bgnbd.r).toBeCloseTo(0.2439, 4);
    expect(out.bgnbd.log_likelihood).toBeCloseTo(-9578.197, 3);
    expect(Object.keys(out.gamma_gamma)).toEqual(['p', 'q', 'v']);
    expect(out.gamma_gamma.q).toBeCloseTo(3.744, 3);
    expect(out.customers).toHaveLength(2349);
    expect(out.customers[0]).toEqual({
      customer_id: '00004',
      x: 2,
      t_x: 30.428571,
      T: 38.857143,
      p_alive: 0.726518,
      expected_purchases: 1.226232,
      expected_spend: expect.closeTo(24.653919, 5),
      clv: expect.closeTo(1.226232 * 24.653919 * 0.3, 4),
    });
    expect(Object.keys(out.holdout)).toEqual([
      'start',
      'end',
      'length',
      'actual_total',
      'predicted_total',
      'mae',
      'by_frequency',
    ]);
    expect(out.holdout.actual_total).toBe(1882);
    expect(out.warnings).toEqual([]);
  });

  it('defaults: E = the last order date, weeks, 52 weeks ahead; warnings as {code, message}', () => {
    const out = JSON.parse(segwb(['clv', '--project', 'small.segwb', '--json'], dir).stdout);
    expect(out.holdout).toBeNull();
    expect(out.customers.map((c: { customer_id: string; x: number }) => [c.customer_id, c.x])).toEqual([
      ['a', 3],
      ['b', 0],
      ['c', 0],
      ['e', 1],
    ]);
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('few_repeat_customers');
    expect(Object.keys(out.warnings[0])).toEqual(['code', 'message']);
  });

  it('discounts with --discount-rate: less than undiscounted', () => {
    const plain = JSON.parse(
      segwb(['clv', '--project', 'cdnow.segwb', '--calibration-end', '1997-09-30', '--json'], dir).stdout,
    );
    const discounted = JSON.parse(
      segwb(
        ['clv', '--project', 'cdnow.segwb', '--calibration-end', '1997-09-30', '--discount-rate', '0.01', '--json'],
        dir,
      ).stdout,
    );
    expect(discounted.customers[0].expected_purchases).toBe(plain.customers[0].expected_purchases);
    expect(discounted.customers[0].clv).toBeLessThan(plain.customers[0].clv);
    expect(discounted.customers[0].clv).toBeGreaterThan(plain.customers[0].clv * 0.9);
  });

  it.each([
    [['--unit', 'month'], '--unit must be day or week, not "month"'],
    [['--horizon', 'x'], '--horizon must be a number, not "x"'],
    [['--horizon', '0'], '--horizon must be a whole number from 1 to 5200, not "0"'],
    [['--margin', '30'], '--margin must be a share from 0 to 1, not "30"'],
    [['--calibration-end', '30/09/1997'], '--calibration-end must be a date as YYYY-MM-DD, not "30/09/1997"'],
  ])('rejects %j with exit code 2 and the usage', (args, message) => {
    const r = segwb(['clv', '--project', 'small.segwb', ...args, '--json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`segwb clv: ${message}`);
    expect(r.stderr).toContain('Usage: segwb clv');
  });

  it('says what to do when the calibration end is too late (exit code 1)', () => {
    const r = segwb(['clv', '--project', 'small.segwb', '--calibration-end', '2025-01-01', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^segwb clv: The calibration end 2025-01-01 is not before the project's as-of date 2024-03-11/,
    );
  });
});
