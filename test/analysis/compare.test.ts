/** The comparison table on the hand-made shop (figures in fixture.ts), and its CSV export. */
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareSegments } from '../../electron/core/analysis/query.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import { COMPARE_COLUMNS } from '../../shared/compareCsv.js';
import { analysisProject, saveFixtureSegments } from './fixture.js';

let session: Session;
let ids: Record<string, number>;
let dir: string;

beforeAll(async () => {
  ({ session, dir } = await analysisProject());
  ids = saveFixtureSegments(session);
});

const db = () => session.requireProject().db;

describe('compare segments', () => {
  it('gives every figure of the table, computed by hand', () => {
    const rows = compareSegments(db(), [
      { all: true },
      { id: ids.Big as number },
      { id: ids.UK as number },
      { id: ids.Recent as number },
    ]);
    expect(rows).toEqual([
      {
        // 7 customers, 1010 revenue, 9 orders; recencies 1, 9, 14, 19, 38, 70 -> median (14 + 19) / 2.
        segment: 'All customers',
        customers: 7,
        share_customers: 1,
        revenue: 1010,
        share_revenue: 1,
        revenue_per_customer: 144.285714, // 1010 / 7
        aov: 112.222222, // 1010 / 9
        mean_frequency: 1.285714, // 9 / 7
        median_recency: 16.5,
        revenue_index: 1,
      },
      {
        // a1 (600, 3 orders, 9 days) and a3 (250, 2 orders, 14 days).
        segment: 'Big',
        customers: 2,
        share_customers: 0.285714, // 2 / 7
        revenue: 850,
        share_revenue: 0.841584, // 850 / 1010
        revenue_per_customer: 425,
        aov: 170, // 850 / 5
        mean_frequency: 2.5,
        median_recency: 11.5, // (9 + 14) / 2
        revenue_index: 2.945545, // (850 / 1010) / (2 / 7)
      },
      {
        // a1 (600, 3, 9 days), a2 (50, 1, 19 days), a6 (100, 1, 1 day).
        segment: 'UK',
        customers: 3,
        share_customers: 0.428571,
        revenue: 750,
        share_revenue: 0.742574,
        revenue_per_customer: 250,
        aov: 150, // 750 / 5
        mean_frequency: 1.666667,
        median_recency: 9,
        revenue_index: 1.732673, // (750 / 1010) / (3 / 7)
      },
      {
        // a1 (600, 3, 9), a3 (250, 2, 14), a6 (100, 1, 1).
        segment: 'Recent',
        customers: 3,
        share_customers: 0.428571,
        revenue: 950,
        share_revenue: 0.940594,
        revenue_per_customer: 316.666667,
        aov: 158.333333, // 950 / 6
        mean_frequency: 2,
        median_recency: 9,
        revenue_index: 2.194719, // (950 / 1010) / (3 / 7)
      },
    ]);
  });

  it('agrees with the segment counts of the builder', () => {
    const rows = compareSegments(db(), [{ id: ids['Age 40+'] as number }, { id: ids.UK as number }]);
    for (const [i, name] of ['Age 40+', 'UK'].entries()) {
      const counts = countRule(db(), { segment: ids[name] as number });
      expect(rows[i]).toMatchObject(counts);
    }
  });

  it('leaves undefined figures empty: no members, members without orders', () => {
    const rows = compareSegments(db(), [
      { name: 'Nobody', rule: { or: [] } },
      // a5 never ordered: no AOV, no recency; 0 of the revenue for 1/7 of the customers.
      { name: 'Never ordered', rule: { field: 'frequency', op: '=', value: 0 } },
      // a4: one order of 80 and a refund of 80 -> revenue 0 but 1 order.
      { name: 'Refunded', rule: { field: 'customer_id', op: 'equals', value: 'a4' } },
    ]);
    expect(rows).toEqual([
      {
        segment: 'Nobody',
        customers: 0,
        share_customers: 0,
        revenue: 0,
        share_revenue: 0,
        revenue_per_customer: null,
        aov: null,
        mean_frequency: null,
        median_recency: null,
        revenue_index: null,
      },
      {
        segment: 'Never ordered',
        customers: 1,
        share_customers: 0.142857,
        revenue: 0,
        share_revenue: 0,
        revenue_per_customer: 0,
        aov: null,
        mean_frequency: 0,
        median_recency: null,
        revenue_index: 0,
      },
      {
        segment: 'Refunded',
        customers: 1,
        share_customers: 0.142857,
        revenue: 0,
        share_revenue: 0,
        revenue_per_customer: 0,
        aov: 0,
        mean_frequency: 1,
        median_recency: 38,
        revenue_index: 0,
      },
    ]);
  });

  it('names the segment whose rule does not work', () => {
    expect(() => compareSegments(db(), [{ name: 'Typo', rule: { field: 'agee', op: '>', value: 1 } }])).toThrow(
      /^In "Typo": Unknown field "agee"/,
    );
    expect(() => compareSegments(db(), [{ id: 999 }])).toThrow('There is no segment with id 999 in this project.');
  });

  it('follows the as-of date for recency', async () => {
    const { session: other } = await analysisProject();
    const odb = other.requireProject().db;
    odb.prepare("INSERT INTO meta (key, value) VALUES ('as_of', '2024-03-20')").run();
    // 10 days later than the default 2024-03-10: every recency grows by 10.
    expect(compareSegments(odb, [{ all: true }])[0]?.median_recency).toBe(26.5);
    other.close();
  });
});

describe('comparison CSV', () => {
  it('writes the table with empty cells for missing figures and escaped names', async () => {
    const { createEngine } = await import('../../electron/core/engine.js');
    const file = session.requireProject().path;
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    try {
      expect((await engine.call('project/open', { path: file })).ok).toBe(true);
      const out = path.join(dir, 'compare.csv');
      const outcome = await engine.call('analysis/compareCsv', {
        segments: [{ id: ids.Big }, { name: '=cmd', rule: { or: [] } }],
        path: out,
        bom: true,
      });
      expect(outcome).toEqual({ ok: true, result: { path: out, rows: 2 } });
      expect(fs.readFileSync(out, 'utf8')).toBe(
        '\uFEFFsegment,customers,share_customers,revenue,share_revenue,revenue_per_customer,aov,mean_frequency,median_recency,revenue_index\r\n' +
          'Big,2,0.285714,850,0.841584,425,170,2.5,11.5,2.945545\r\n' +
          "'=cmd,0,0,0,0,,,,,\r\n",
      );
    } finally {
      engine.close();
    }
  });
});

describe('comparison workbook', () => {
  it('writes the same table as .xlsx, figures as numbers and missing ones as empty cells', async () => {
    const { createEngine } = await import('../../electron/core/engine.js');
    const file = session.requireProject().path;
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    try {
      expect((await engine.call('project/open', { path: file })).ok).toBe(true);
      const out = path.join(dir, 'compare.xlsx');
      const segments = [{ id: ids.Big }, { name: '=cmd', rule: { or: [] } }];
      const outcome = await engine.call('analysis/compareCsv', { segments, path: out, format: 'xlsx' });
      expect(outcome).toEqual({ ok: true, result: { path: out, rows: 2 } });
      const sheets = (await readXlsxFile(out)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
      expect(sheets.map((s) => s.sheet)).toEqual(['Segment comparison']);
      // The engine's figures, as in the CSV above (shares rounded to 6 places): 2/7, 850/1010, their ratio.
      expect(sheets[0]?.data).toEqual([
        [...COMPARE_COLUMNS],
        ['Big', 2, 0.285714, 850, 0.841584, 425, 170, 2.5, 11.5, 2.945545],
        ['=cmd', 0, 0, 0, 0, null, null, null, null, null],
      ]);
    } finally {
      engine.close();
    }
  });
});
