/** One click: the RFM segments become saved segments that hold exactly the RFM result's customers. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { SegmentInfo } from '../../shared/api.js';
import type { RfmResolvedSettings, RfmResult } from '../../shared/contract/rfm.js';
import { result } from '../support/outcome.js';
import { rfmProject } from './project.js';

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

async function open(): Promise<Engine> {
  const session = await rfmProject('orders');
  const file = session.requireProject().path;
  session.close();
  const dir = path.dirname(file);
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
  return engine;
}

describe('rfm/saveSegments', () => {
  it('saves one segment per RFM segment with customers, counted like the RFM result', async () => {
    const e = await open();
    const saved = result<SegmentInfo[]>(await e.call('rfm/saveSegments', {}));
    // rfm-classic on the fixture: every segment but Need Attention has one customer (compute.test.ts).
    expect(saved.map((s) => [s.name, s.counts.customers])).toEqual([
      ['Champions', 1],
      ['Potential Loyalist', 1],
      ['Loyal Customers', 1],
      ['Promising', 1],
      ['New Customers', 1],
      ["Can't Lose Them", 1],
      ['At Risk', 1],
      ['About To Sleep', 1],
      ['Lost', 1],
      ['Others', 1],
    ]);
    // Shares of saved segments are of all 11 customers and their revenue 3715 (c11 returned 5):
    // 1/11 = 0.090909, 800/3715 = 0.215343.
    expect(saved[0]).toMatchObject({
      rule: { field: 'rfm_segment', op: 'in', value: ['Champions'] },
      description: 'RFM segment (rfm-classic, 5 bins, quantile): R 5, F 5, M 5.',
      counts: { customers: 1, revenue: 800, share_customers: 0.090909, share_revenue: 0.215343 },
    });
    expect(saved.at(-1)?.description).toBe(
      'RFM segment (rfm-classic, 5 bins, quantile): scores that match no row of the scheme.',
    );
  });

  it('makes the settings the project’s, so saving rf-grid moves the fields; saving again updates', async () => {
    const e = await open();
    const grid = result<SegmentInfo[]>(await e.call('rfm/saveSegments', { scheme: 'rf-grid' }));
    // at_risk: c07, c09, c10 (compute.test.ts), 100 + 200 + 500.
    expect(grid.find((s) => s.name === 'at_risk')?.counts).toMatchObject({ customers: 3, revenue: 800 });
    expect(result<RfmResolvedSettings & { saved: boolean }>(await e.call('rfm/projectSettings', {}))).toMatchObject({
      scheme: 'rf-grid',
      saved: true,
    });
    expect(result<RfmResult>(await e.call('rfm/compute', { scheme: 'rf-grid' })).ruleFieldsMatch).toBe(true);
    expect(result<RfmResult>(await e.call('rfm/compute', {})).ruleFieldsMatch).toBe(false);
    const again = result<SegmentInfo[]>(await e.call('rfm/saveSegments', { scheme: 'rf-grid' }));
    expect(again.map((s) => s.id)).toEqual(grid.map((s) => s.id));
    expect(result<SegmentInfo[]>(await e.call('segments/list', {}))).toHaveLength(grid.length);
  });

  it('leaves a user’s segment of the same name alone and names its own "(RFM)"', async () => {
    const e = await open();
    const mine = result<SegmentInfo>(
      await e.call('segments/save', { name: 'champions', rule: { field: 'frequency', op: '>=', value: 8 } }),
    );
    const saved = result<SegmentInfo[]>(await e.call('rfm/saveSegments', {}));
    expect(saved[0]?.name).toBe('Champions (RFM)');
    const list = result<SegmentInfo[]>(await e.call('segments/list', {}));
    expect(list.find((s) => s.id === mine.id)?.rule).toEqual({ field: 'frequency', op: '>=', value: 8 });
  });

  it('refuses, saying the limit, when "(RFM)" would take a 200-character name over it; saves nothing', async () => {
    const e = await open();
    const long = `${'ن'.repeat(190)} مشتریان!!`;
    expect(long).toHaveLength(200);
    result(await e.call('segments/save', { name: long, rule: { field: 'frequency', op: '>=', value: 8 } }));
    const row = (name: string) => ({ name, r: [1, 5], f: [1, 5], m: [1, 5] }) as const;
    const outcome = await e.call('rfm/saveSegments', { scheme: 'custom', customScheme: [row(long)] });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'INVALID_PARAMS',
        message: `A segment is already named “${long}”, so the RFM segment would be “${long} (RFM)”, 206 characters; names can have at most 200. Rename the scheme row or that segment, then save again.`,
        details: { value: long },
      },
    });
    expect(result<SegmentInfo[]>(await e.call('segments/list', {})).map((s) => s.name)).toEqual([long]);
  });

  it('refuses another as-of date than the project’s, and changes nothing', async () => {
    const e = await open();
    const outcome = await e.call('rfm/saveSegments', { asOf: '2025-02-01' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(result<SegmentInfo[]>(await e.call('segments/list', {}))).toEqual([]);
    expect(result<{ saved: boolean }>(await e.call('rfm/projectSettings', {})).saved).toBe(false);
    expect(result<SegmentInfo[]>(await e.call('rfm/saveSegments', { asOf: '2025-01-01' }))).toHaveLength(10);
  });

  it('lists the RFM fields among the fields a rule may use', async () => {
    const e = await open();
    const fields = result<Array<{ key: string; type: string; source: string }>>(await e.call('fields/list', {}));
    expect(fields.filter((f) => /score|rfm/.test(f.key)).map((f) => [f.key, f.type, f.source])).toEqual([
      ['r_score', 'number', 'metrics'],
      ['f_score', 'number', 'metrics'],
      ['m_score', 'number', 'metrics'],
      ['rfm_segment', 'category', 'metrics'],
    ]);
  });
});
