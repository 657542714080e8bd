/**
 * segwb rfm as scripts run it (exact JSON interface of issue 4 §6), on the hand-made fixture
 * whose scores compute.test.ts works out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const imported = segwb(['import', fixture('rfm/orders.csv'), '--project', 'p.segwb', '--date-order', 'ymd'], dir);
  expect(imported.code).toBe(0);
});

describe('segwb rfm', () => {
  it('prints breaks, every scored customer and every segment as JSON (defaults: 5 bins, rfm-classic)', () => {
    const r = segwb(['rfm', '--project', 'p.segwb', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      breaks: { recency: [5, 26, 51, 112], frequency: [1.8, 2.6, 4.4, 6.4], monetary: [90, 230, 380, 560] },
      customers: [
        { customer_id: 'c01', r: 5, f: 2, m: 3, segment: 'New Customers' },
        { customer_id: 'c02', r: 5, f: 3, m: 4, segment: 'Potential Loyalist' },
        { customer_id: 'c03', r: 5, f: 5, m: 5, segment: 'Champions' },
        { customer_id: 'c04', r: 4, f: 5, m: 1, segment: 'Others' },
        { customer_id: 'c05', r: 3, f: 1, m: 1, segment: 'About To Sleep' },
        { customer_id: 'c06', r: 3, f: 1, m: 3, segment: 'Promising' },
        { customer_id: 'c07', r: 2, f: 4, m: 2, segment: 'Loyal Customers' },
        { customer_id: 'c08', r: 2, f: 2, m: 5, segment: 'At Risk' },
        { customer_id: 'c09', r: 1, f: 3, m: 2, segment: 'Lost' },
        { customer_id: 'c10', r: 1, f: 4, m: 4, segment: "Can't Lose Them" },
      ],
      segments: [
        { segment: 'Champions', customers: 1, revenue: 800 },
        { segment: 'Potential Loyalist', customers: 1, revenue: 500 },
        { segment: 'Loyal Customers', customers: 1, revenue: 100 },
        { segment: 'Promising', customers: 1, revenue: 250 },
        { segment: 'New Customers', customers: 1, revenue: 300 },
        { segment: "Can't Lose Them", customers: 1, revenue: 500 },
        { segment: 'At Risk', customers: 1, revenue: 1000 },
        { segment: 'Need Attention', customers: 0, revenue: 0 },
        { segment: 'About To Sleep', customers: 1, revenue: 50 },
        { segment: 'Lost', customers: 1, revenue: 200 },
        { segment: 'Others', customers: 1, revenue: 20 },
      ],
      warnings: [],
    });
  });

  it('takes --bins, --scheme and --as-of', () => {
    const out = JSON.parse(
      segwb(['rfm', '--project', 'p.segwb', '--bins', '4', '--scheme', 'rf-grid', '--json'], dir).stdout,
    );
    // 4 bins (compute.test.ts): c01 4 1 3 ... ; rf-grid on (R, F): c01 41 promising, c08 11 hibernating.
    expect(out.breaks).toEqual({ recency: [8.75, 37.5, 82.5], frequency: [2, 3.5, 5.75], monetary: [125, 275, 500] });
    expect(out.customers[0]).toEqual({ customer_id: 'c01', r: 4, f: 1, m: 3, segment: 'promising' });
    expect(out.customers[7]).toEqual({ customer_id: 'c08', r: 1, f: 1, m: 4, segment: 'hibernating' });
    expect(out.segments).toHaveLength(10);
    const later = JSON.parse(segwb(['rfm', '--project', 'p.segwb', '--as-of', '2025-01-31', '--json'], dir).stdout);
    expect(later.breaks.recency).toEqual([35, 56, 81, 142]);
  });

  it('prints the breaks and a table of segments without --json', () => {
    const r = segwb(['rfm', '--project', 'p.segwb', '--scheme', 'rf-grid'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'Breaks: recency 5, 26, 51, 112 days; frequency 1.8, 2.6, 4.4, 6.4; monetary 90, 230, 380, 560',
    );
    expect(lines[1]).toBe('segment\tcustomers\trevenue');
    expect(lines).toContain('at_risk\t3\t800');
  });

  it('warns on a short history: first line of the human output, and in the JSON warnings', () => {
    const short = tempDir();
    const args = ['import', fixture('rfm/short-history.csv'), '--project', 's.segwb', '--date-order', 'ymd'];
    expect(segwb(args, short).code).toBe(0);
    const human = segwb(['rfm', '--project', 's.segwb'], short);
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toBe(
      'Warning: The orders span only 30 days (2024-06-01 to 2024-06-30). Over so short a history recency and frequency say little: most customers ordered once, and recently. RFM tells more from at least 90 days of orders, better a year.',
    );
    expect(JSON.parse(segwb(['rfm', '--project', 's.segwb', '--json'], short).stdout).warnings).toEqual([
      expect.objectContaining({ code: 'short_history', span_days: 30 }),
    ]);
  });

  it.each([
    [['--bins', '7'], '--bins must be 3, 4 or 5, not "7"'],
    [['--scheme', 'custom'], '--scheme must be rfm-classic or rf-grid, not "custom"'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses %j with exit code 2 and the usage', (extra, message) => {
    const r = segwb(['rfm', '--project', 'p.segwb', ...extra], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: segwb rfm --project P.segwb');
  });

  it('says what went wrong with exit code 1: a bad date, a missing project', () => {
    const bad = segwb(['rfm', '--project', 'p.segwb', '--as-of', '2025-02-30'], dir);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toBe('segwb rfm: "2025-02-30" is not a valid date: use YYYY-MM-DD.\n');
    expect(segwb(['rfm', '--project', 'missing.segwb'], dir).code).toBe(1);
  });

  it('documents the default scheme in --help and in segwb --help', () => {
    expect(segwb(['rfm', '--help'], dir).stdout).toContain('rfm-classic (default)');
    expect(segwb(['--help'], dir).stdout).toContain('rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid]');
  });
});
