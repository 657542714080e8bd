/** rfm/summaryExport: the RFM view's summary table as CSV and as a workbook with typed cells. */
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { RFM_SUMMARY_COLUMNS } from '../../electron/core/rfm/summaryExport.js';
import type { RfmResult } from '../../shared/contract/rfm.js';
import { result } from '../support/outcome.js';
import { rfmProject } from './project.js';

let engine: Engine;
let dir = '';

beforeAll(async () => {
  const session = await rfmProject('orders');
  const file = session.requireProject().path;
  session.close();
  dir = path.dirname(file);
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
});
afterAll(() => engine.close());

describe('the RFM summary as a file', () => {
  it('writes the rows of rfm/compute, numbers as number cells and missing figures empty', async () => {
    const settings = { bins: 3 as const, scheme: 'rf-grid' as const };
    const { segments } = result<RfmResult>(await engine.call('rfm/compute', settings));
    const out = path.join(dir, 'rfm.xlsx');
    expect(await engine.call('rfm/summaryExport', { ...settings, path: out, format: 'xlsx' })).toEqual({
      ok: true,
      result: { path: out, rows: segments.length },
    });
    const sheets = (await readXlsxFile(out)) as unknown as Array<{ sheet: string; data: unknown[][] }>;
    expect(sheets.map((s) => s.sheet)).toEqual(['RFM segments']);
    expect(sheets[0]?.data).toEqual([
      [...RFM_SUMMARY_COLUMNS],
      ...segments.map((row) => RFM_SUMMARY_COLUMNS.map((key) => row[key])),
    ]);
    expect(segments.length).toBeGreaterThan(1);
    expect(sheets[0]?.data.slice(1).every((row) => typeof row[0] === 'string' && typeof row[1] === 'number')).toBe(
      true,
    );
  });

  it('writes the same table as CSV', async () => {
    const out = path.join(dir, 'rfm.csv');
    const { segments } = result<RfmResult>(await engine.call('rfm/compute', {}));
    await engine.call('rfm/summaryExport', { path: out });
    const lines = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'segment,customers,share_customers,orders,revenue,share_revenue,aov,median_recency_days,median_frequency,median_monetary',
    );
    expect(lines.length).toBe(segments.length + 2);
  });
});
