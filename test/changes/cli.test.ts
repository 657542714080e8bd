/**
 * segwb migrate and segwb cohorts as scripts run them (exact JSON of issue 10 §1, §2), on the
 * fixture fixture.test.ts works out by hand, and their answers to bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const imported = segwb(['import', fixture('changes/orders.csv'), '--project', 'p.segwb', '--date-order', 'ymd'], dir);
  expect(imported.code).toBe(0);
  fs.writeFileSync(path.join(dir, 'big.json'), JSON.stringify({ field: 'monetary', op: '>=', value: 100 }));
  fs.writeFileSync(path.join(dir, 'frequent.json'), JSON.stringify({ field: 'frequency', op: '>=', value: 2 }));
  for (const [name, file] of [
    ['Big', 'big.json'],
    ['Frequent', 'frequent.json'],
  ] as const) {
    expect(segwb(['segment', 'save', '--project', 'p.segwb', '--name', name, '--rule', file], dir).code).toBe(0);
  }
});

const run = (...args: string[]) => segwb(args, dir);

describe('segwb migrate', () => {
  it('--by segments prints {from, to, cells} exactly', () => {
    const r = run('migrate', '--project', 'p.segwb', '--from', '2024-03-01', '--to', '2024-06-01', '--by', 'segments');
    expect(r.code).toBe(2); // --segments is required with --by segments
    const ok = run(
      'migrate',
      '--project',
      'p.segwb',
      '--from',
      '2024-03-01',
      '--to',
      '2024-06-01',
      '--by',
      'segments',
      '--segments',
      'big,Frequent',
      '--json',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      from: '2024-03-01',
      to: '2024-06-01',
      cells: [
        { from: '(new)', to: 'Big', customers: 1, revenue: 170 },
        { from: '(new)', to: 'Frequent', customers: 1, revenue: 170 },
        { from: '(new)', to: '(none)', customers: 1, revenue: 10 },
        { from: 'Big', to: 'Big', customers: 1, revenue: 20 },
        { from: 'Big', to: 'Frequent', customers: 1, revenue: 20 },
        { from: 'Big', to: '(none)', customers: 1, revenue: -200 },
        { from: 'Frequent', to: 'Frequent', customers: 1, revenue: -30 },
        { from: '(none)', to: '(none)', customers: 1, revenue: 0 },
      ],
    });
  });

  it('--by rfm names the cells as segwb rfm does, and counts every buyer before "to" once', () => {
    const r = run(
      'migrate',
      '--project',
      'p.segwb',
      '--from',
      '2024-03-01',
      '--to',
      '2024-06-01',
      '--by',
      'rfm',
      '--scheme',
      'rf-grid',
      '--bins',
      '3',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { cells: { from: string; to: string; customers: number; revenue: number }[] };
    expect(Object.keys(out)).toEqual(['from', 'to', 'cells']);
    // c1 c2 c3 c4 c5 c7 (c6 buys only after "to"); (new): c4 and c5, 180 in the window.
    expect(out.cells.reduce((n, c) => n + c.customers, 0)).toBe(6);
    const fresh = out.cells.filter((c) => c.from === '(new)');
    expect([fresh.reduce((n, c) => n + c.customers, 0), fresh.reduce((n, c) => n + c.revenue, 0)]).toEqual([2, 180]);
    const names = ['hibernating', 'at_risk', 'cant_lose', 'about_to_sleep', 'need_attention', 'loyal_customers'];
    const more = ['promising', 'new_customers', 'potential_loyalists', 'champions', 'Others', '(new)'];
    for (const c of out.cells) expect([...names, ...more]).toContain(c.from);
  });

  it.each([
    [
      ['--from', '2024-06-01', '--to', '2024-03-01', '--by', 'rfm'],
      2,
      '--from (2024-06-01) must be before --to (2024-03-01)',
    ],
    [['--from', '2024-06-01', '--to', '2024-06-01', '--by', 'rfm'], 2, 'must be before --to'],
    [
      ['--from', '2024-03-01', '--to', '2024-06-01', '--by', 'rfm', '--scheme', 'nope'],
      2,
      '--scheme must be rfm-classic or rf-grid, not "nope"',
    ],
    [['--from', '2024-03-01', '--to', '2024-06-01', '--by', 'rfm', '--bins', '7'], 2, '--bins must be 3, 4 or 5'],
    [
      ['--from', '2024-03-01', '--to', '2024-06-01', '--by', 'clusters'],
      2,
      '--by must be rfm or segments, not "clusters"',
    ],
    [
      ['--from', '2024-03-01', '--to', '2024-06-01', '--by', 'segments', '--segments', 'Big,Nope'],
      1,
      'There is no segment named "Nope"',
    ],
    [['--from', '2024-02-30', '--to', '2024-06-01', '--by', 'rfm'], 1, '"2024-02-30" is not a valid date'],
    [['--to', '2024-06-01', '--by', 'rfm'], 2, '--from is required'],
  ])('refuses %j (exit %i)', (args, code, message) => {
    const r = run('migrate', '--project', 'p.segwb', ...args, '--json');
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});

describe('segwb cohorts', () => {
  it('prints {period, cohorts} exactly', () => {
    const r = run('cohorts', '--project', 'p.segwb', '--period', 'quarter', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      period: 'quarter',
      cohorts: [
        {
          cohort: '2024-Q1',
          customers: 4,
          periods: [
            { offset: 0, active: 4, revenue: 250 },
            { offset: 1, active: 1, revenue: -10 },
          ],
        },
        { cohort: '2024-Q2', customers: 3, periods: [{ offset: 0, active: 3, revenue: 680 }] },
      ],
    });
  });

  it.each([
    [['--period', 'year'], 2, '--period must be month, week or quarter, not "year"'],
    [[], 2, '--period is required'],
  ])('refuses %j (exit %i)', (args, code, message) => {
    const r = run('cohorts', '--project', 'p.segwb', ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });
});
